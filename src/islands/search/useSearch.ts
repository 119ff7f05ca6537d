/**
 * Runs Pagefind for a search state and loads the data of the first `visible`
 * results. Responses that arrive after a newer search started are dropped, so
 * fast typing never shows stale results.
 */
import { useEffect, useRef, useState } from 'react';
import { pagefindFilters, pagefindSort, type SearchState } from '../../search/url-state.ts';
import { rerank } from '../../search/rerank.ts';
import { loadPagefind, type PagefindResponse, type PagefindResultData } from './pagefind.ts';

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

export function useSearch(state: SearchState, fixed: SearchState['filters'], visible: number): SearchOutcome {
  const [outcome, setOutcome] = useState<SearchOutcome>({ status: 'idle', response: null, items: [], allFilters: null });
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    const current = () => id === latest.current;
    const run = async () => {
      try {
        const pagefind = await loadPagefind();
        if (!hasSomethingToSearch(state, fixed)) {
          const allFilters = await pagefind.filters();
          if (current()) setOutcome({ status: 'idle', response: null, items: [], allFilters });
          return;
        }
        if (current()) setOutcome((o) => ({ ...o, status: 'loading' }));
        const sort = pagefindSort(state.sort);
        const response = await pagefind.search(state.query.trim() || null, {
          filters: pagefindFilters({ ...state.filters, ...fixed }),
          ...(sort ? { sort } : {}),
        });
        const shown = response.results.slice(0, visible);
        const loaded = await Promise.all(shown.map(async (r) => ({ ...(await r.data()), id: r.id, score: r.score })));
        // Only the first page gets a second look, so "more" never reshuffles what was seen.
        const first = loaded.slice(0, FIRST_PAGE).map((item) => ({ ...item, title: item.meta.title ?? '', kind: item.meta.kind }));
        const items = state.sort === 'relevance' && state.query.trim() ? [...rerank(first, state.query), ...loaded.slice(FIRST_PAGE)] : loaded;
        if (current()) setOutcome((o) => ({ ...o, status: 'ready', response, items }));
      } catch {
        if (current()) setOutcome((o) => ({ ...o, status: 'error' }));
      }
    };
    const timer = window.setTimeout(run, state.query ? TYPING_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
    // The state object is rebuilt on every change; its serialised form is the real dependency.
  }, [JSON.stringify(state), JSON.stringify(fixed), visible]);

  return outcome;
}
