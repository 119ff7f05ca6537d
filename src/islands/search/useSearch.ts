/**
 * Runs a search for a search state and loads the data of the first `visible`
 * results. Responses that arrive after a newer search started are dropped, so
 * fast typing never shows stale results.
 */
import { useEffect, useRef, useState } from 'react';
import type { FilterCounts, SearchResponse } from '../../search/index/engine.ts';
import type { ResultData } from '../../search/index/format.ts';
import { rerank, rerankWindow } from '../../search/rerank.ts';
import type { SearchState } from '../../search/url-state.ts';
import { forgetSearchIndex, openSearchIndex } from './search-index.ts';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ResultItem extends ResultData {
  page: number;
}

export interface SearchOutcome {
  status: SearchStatus;
  /** The response of the last finished search; null when the state asks for nothing. */
  response: SearchResponse | null;
  /** Data of the first results, in result order. */
  items: ResultItem[];
  /** Filter counts of the whole index, when nothing is searched yet. */
  allCounts: FilterCounts | null;
}

const TYPING_DELAY_MS = 120;
const FIRST_PAGE = 10;

export function hasSomethingToSearch(state: SearchState): boolean {
  return state.query.trim().length > 0 || Object.keys(state.filters).length > 0;
}

/**
 * `wantCounts`: the visitor opened the filters. Only then is the filter file
 * loaded (most searches never need it); after that, every response carries its counts.
 */
export function useSearch(state: SearchState, visible: number, wantCounts: boolean): SearchOutcome {
  const [outcome, setOutcome] = useState<SearchOutcome>({ status: 'idle', response: null, items: [], allCounts: null });
  const latest = useRef(0);
  const started = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the state object is rebuilt on every change; its serialised form (below) is the real dependency.
  useEffect(() => {
    const id = ++latest.current;
    const current = () => id === latest.current;
    const run = async () => {
      try {
        const index = await openSearchIndex();
        if (!hasSomethingToSearch(state)) {
          const allCounts = wantCounts ? (await index.search('', { counts: true })).counts : null;
          if (current()) setOutcome({ status: 'idle', response: null, items: [], allCounts });
          return;
        }
        if (current()) setOutcome((o) => ({ ...o, status: 'loading' }));
        const response = await index.search(state.query, { filters: state.filters, sort: state.sort, counts: wantCounts });
        const reranked = state.sort === 'relevance' && state.query.trim();
        // Only the first page (and what ties with it) gets a second look, so "more" never reshuffles what was seen.
        const window = reranked
          ? rerankWindow(
              response.hits.map((hit) => hit.score),
              FIRST_PAGE,
            )
          : 0;
        const shown = response.hits.slice(0, Math.max(visible, window));
        const loaded = await Promise.all(shown.map(async (hit) => ({ ...(await index.result(hit.page)), page: hit.page, score: hit.score })));
        const first = loaded
          .slice(0, window)
          // A product named in English keeps its Vietnamese name in the comparison: "banh gai" typed on the English site.
          .map((item) => ({
            ...item,
            title: [item.meta.title, item.meta.viName].filter(Boolean).join(' '),
            kind: item.meta.kind,
            stars: item.meta.stars,
            set: item.meta.set,
          }));
        const items = (reranked ? [...rerank(first, state.query), ...loaded.slice(window)] : loaded).slice(0, visible);
        if (current()) setOutcome({ status: 'ready', response, items, allCounts: null });
      } catch {
        forgetSearchIndex();
        if (current()) setOutcome((o) => ({ ...o, status: 'error' }));
      }
    };
    // The query the page opened with is not being typed: no reason to wait.
    const firstRun = !started.current && hasSomethingToSearch(state);
    if (hasSomethingToSearch(state)) started.current = true;
    const timer = window.setTimeout(run, state.query && !firstRun ? TYPING_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [JSON.stringify(state), visible, wantCounts]);

  return outcome;
}
