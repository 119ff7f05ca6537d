/**
 * Runs Pagefind for a search state and loads the data of the first `visible`
 * results. Responses that arrive after a newer search started are dropped, so
 * fast typing never shows stale results.
 */
import { useEffect, useRef, useState } from 'react';
import { pagefindFilters, pagefindSort, type SearchState } from '../../search/url-state.ts';
import { rerank } from '../../search/rerank.ts';
import { loadPagefind, type Pagefind, type PagefindResponse, type PagefindResultData } from './pagefind.ts';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchOutcome {
  status: SearchStatus;
  /** The response of the last finished search; null when the state asks for nothing. */
  response: PagefindResponse | null;
  /** Data of the first results, in result order. */
  items: Array<PagefindResultData & { id: string }>;
  /** Filter counts when nothing is searched yet (the whole index). */
  allFilters: Record<string, Record<string, number>> | null;
}

const TYPING_DELAY_MS = 120;
const FIRST_PAGE = 10;

export function hasSomethingToSearch(state: SearchState, fixed: SearchState['filters']): boolean {
  return state.query.trim().length > 0 || Object.keys(state.filters).length > 0 || Object.keys(fixed).length > 0;
}

/**
 * `wantCounts`: the visitor opened the filters. Only then are Pagefind's filter
 * files loaded (at national scale they weigh more than the rest of a search);
 * after that, every response carries its counts.
 */
export function useSearch(state: SearchState, fixed: SearchState['filters'], visible: number, wantCounts: boolean): SearchOutcome {
  const [outcome, setOutcome] = useState<SearchOutcome>({ status: 'idle', response: null, items: [], allFilters: null });
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    const current = () => id === latest.current;
    const run = async () => {
      try {
        const pagefind = await loadPagefind();
        const allFilters = wantCounts ? await pagefind.filters() : null;
        if (!hasSomethingToSearch(state, fixed)) {
          if (current()) setOutcome({ status: 'idle', response: null, items: [], allFilters });
          return;
        }
        if (current()) setOutcome((o) => ({ ...o, status: 'loading' }));
        const response = await searchInOrder(pagefind, state, fixed);
        const shown = response.results.slice(0, visible);
        const loaded = await Promise.all(shown.map(async (r) => ({ ...(await r.data()), id: r.id, score: r.score })));
        // Only the first page gets a second look, so "more" never reshuffles what was seen.
        const first = loaded.slice(0, FIRST_PAGE).map((item) => ({ ...item, title: item.meta.title ?? '', kind: item.meta.kind }));
        const items = state.sort === 'relevance' && state.query.trim() ? [...rerank(first, state.query), ...loaded.slice(FIRST_PAGE)] : loaded;
        if (current()) setOutcome({ status: 'ready', response, items, allFilters });
      } catch {
        if (current()) setOutcome((o) => ({ ...o, status: 'error' }));
      }
    };
    const timer = window.setTimeout(run, state.query ? TYPING_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
    // The state object is rebuilt on every change; its serialised form is the real dependency.
  }, [JSON.stringify(state), JSON.stringify(fixed), visible, wantCounts]);

  return outcome;
}

/**
 * One search in the state's order. "Stars" is not a Pagefind sort key (a sort
 * key costs every visitor bytes in Pagefind's metadata, for every page): it is
 * one search per star rating, best first, each in relevance order. Pages
 * without stars (producers, stories…) have no place in that order and drop out.
 */
async function searchInOrder(pagefind: Pagefind, state: SearchState, fixed: SearchState['filters']): Promise<PagefindResponse> {
  const term = state.query.trim() || null;
  const filters = { ...state.filters, ...fixed };
  const sort = pagefindSort(state.sort);
  const base = await pagefind.search(term, { filters: pagefindFilters(filters), ...(sort ? { sort } : {}) });
  if (state.sort !== 'stars') return base;
  const ratings = (filters.stars ?? ['5', '4', '3']).slice().sort().reverse();
  const parts = await Promise.all(ratings.map((stars) => pagefind.search(term, { filters: pagefindFilters({ ...filters, stars: [stars] }) })));
  return { ...base, results: parts.flatMap((part) => part.results) };
}
