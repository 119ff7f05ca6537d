/**
 * Runs a search for a search state and loads the data of the first `visible`
 * results. Requests that arrive after a newer one was made are dropped, so
 * fast typing never shows stale results.
 */
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

export interface SearchRequest {
  state: SearchState;
  /** How many results to show. */
  visible: number;
  /** The visitor opened the filters: only then is the filter file loaded, and every response carries its counts. */
  wantCounts: boolean;
}

export const IDLE: SearchOutcome = { status: 'idle', response: null, items: [], allCounts: null };

const TYPING_DELAY_MS = 120;
const FIRST_PAGE = 10;

export function hasSomethingToSearch(state: SearchState): boolean {
  return state.query.trim().length > 0 || Object.keys(state.filters).length > 0;
}

/** The search itself: the response, then the first results' data, the first page given its second look. */
async function search({ state, visible, wantCounts }: SearchRequest): Promise<SearchOutcome> {
  const index = await openSearchIndex();
  if (!hasSomethingToSearch(state)) {
    const allCounts = wantCounts ? (await index.search('', { counts: true })).counts : null;
    return { ...IDLE, allCounts };
  }
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
  return { status: 'ready', response, items, allCounts: null };
}

/**
 * A searcher for one panel: `request` it whenever the state may have changed;
 * it searches only when the request differs from the last, after a short pause
 * while the visitor types, and reports each outcome that is still current.
 */
export function createSearcher(report: (update: (previous: SearchOutcome) => SearchOutcome) => void): (request: SearchRequest) => void {
  let latest = 0;
  let lastKey = '';
  let started = false;
  let timer = 0;
  return (request) => {
    const key = JSON.stringify(request);
    if (key === lastKey) return;
    lastKey = key;
    const id = ++latest;
    const current = () => id === latest;
    window.clearTimeout(timer);
    const something = hasSomethingToSearch(request.state);
    // The query the page opened with is not being typed: no reason to wait.
    const firstRun = !started && something;
    if (something) started = true;
    const run = async () => {
      if (something) report((previous) => ({ ...previous, status: 'loading' }));
      try {
        const outcome = await search(request);
        if (current()) report(() => outcome);
      } catch {
        forgetSearchIndex();
        if (current()) report((previous) => ({ ...previous, status: 'error' }));
      }
    };
    if (request.state.query && !firstRun) timer = window.setTimeout(run, TYPING_DELAY_MS);
    else void run();
  };
}
