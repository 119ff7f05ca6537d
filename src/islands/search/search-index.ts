/**
 * The search index of the page's language (`<html lang>`), opened once per
 * page. Opening reads only the small manifest; each search fetches what it needs.
 */
import { SearchIndex } from '../../search/index/engine.ts';
import { rerankWindow } from '../../search/rerank.ts';
import { parseSearchState } from '../../search/url-state.ts';

let opening: Promise<SearchIndex> | undefined;

export function openSearchIndex(): Promise<SearchIndex> {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  opening ??= SearchIndex.open(lang, fetchJson).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/**
 * After a failed search. The likeliest cause on a page left open overnight is
 * that tonight's build replaced the index; the next search then reads the new
 * manifest instead of asking again for files that no longer exist.
 */
export function forgetSearchIndex(): void {
  opening = undefined;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Starts reading what the address's search needs (manifest, word files, the
 * first results' files) without waiting for the page's UI. The search page's
 * island calls it as its module runs, which on a slow phone is about a second
 * before React's DOM client, the larger download, has arrived and hydrated;
 * the island's own search then finds the files already fetched or in flight.
 */
export function prefetchSearch(firstPage: number): void {
  const state = parseSearchState(new URLSearchParams(window.location.search));
  const opened = openSearchIndex();
  if (state.query.trim()) {
    void opened
      .then(async (index) => {
        const { hits } = await index.search(state.query, { filters: state.filters, sort: state.sort });
        const shown = rerankWindow(
          hits.map((hit) => hit.score),
          firstPage,
        );
        await Promise.all(hits.slice(0, shown).map((hit) => index.result(hit.page)));
      })
      .catch(() => undefined); // the island's own search reports failures
  } else opened.catch(() => undefined);
}
