/**
 * What the search page's server HTML (`src/components/search/SearchPage.astro`)
 * and its script (`search-panel.ts`) agree on: the ids of the panel's parts and
 * how the filters are laid out. One page holds one panel, so the ids are fixed.
 */
import type { FilterName } from '../../search/filters.ts';

export const SEARCH_IDS = {
  input: 'search-q',
  hint: 'search-hint',
  results: 'search-results',
  filters: 'search-filters',
  filterPanel: 'search-filter-panel',
  status: 'search-status',
} as const;

/** Long lists start folded (in a disclosure) so the results stay in view. */
export const FOLDED_FILTERS: readonly FilterName[] = ['province', 'group', 'set', 'standard'];

export function filterInputId(name: FilterName, value: string): string {
  return `filter-${name}-${value.replace(/[^a-zA-Z0-9]+/g, '_')}`;
}

/** The listbox option of result `i`, named by aria-activedescendant. */
export const resultOptionId = (i: number) => `${SEARCH_IDS.results}-${i}`;
