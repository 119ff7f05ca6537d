/**
 * The search index of the page's language (`<html lang>`), opened once per
 * page. Opening reads only the small manifest; each search fetches what it needs.
 */
import { SearchIndex } from '../../search/index/engine.ts';

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
