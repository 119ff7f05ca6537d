/**
 * The search state lives in the URL (`?q=mat+ong&province=66&stars=4&sort=stars`),
 * so a search can be shared and the back button walks through it. Filter values
 * are stable keys; several values of one filter repeat the parameter.
 */
import { FILTER_NAMES, type FilterName } from './filters.ts';

export const SORTS = ['relevance', 'stars', 'name'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortKey;
}

export const EMPTY_STATE: SearchState = { query: '', filters: {}, sort: 'relevance' };

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter((v) => v.length > 0 && v.length < 100))];
    if (values.length > 0) filters[name] = values.sort();
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    filters,
    sort: SORTS.includes(sort as SortKey) ? (sort as SortKey) : 'relevance',
  };
}

/** Query string for a state, in a fixed order so equal states give equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, name: FilterName, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  const filters = { ...state.filters };
  if (next.length > 0) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

export function activeFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}
