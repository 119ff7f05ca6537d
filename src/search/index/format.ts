/**
 * The catalogue's search index as files, written by the build
 * (`src/search/index/build.ts`) and read by the browser
 * (`src/search/index/engine.ts`). Everything a visitor's first search needs is
 * a small entry file and the few files its words and results live in, so the
 * first search costs about the same for 1,000 products as for 50,000
 * (docs/search-and-map.md, "Why not Pagefind").
 *
 * Per language:
 * - `/search-index/<lang>.json`: the manifest below; rewritten every night,
 *   always revalidated.
 * - `/search-index/<lang>/<version>/…`: everything else, under the manifest's
 *   version (a hash of the content), so it can be cached for good.
 *   - `p-<prefix>.json`: every word starting with the prefix, with its pages;
 *     `w-<word>.json`: one word alone, when the words starting with it were
 *     too many for one file (so the word "ca" is in `w-ca.json`, "cao" in
 *     `p-cao.json` or deeper).
 *   - `d-<n>.json`: the result data of pages n·blockSize … (n+1)·blockSize − 1.
 *   - `facets.json`: each page's filter values, for filtering and counts.
 *
 * Pages are numbered by kind (products first), then by folded name, so page
 * number order is name order and a kind is a range of numbers.
 */
import type { FilterName } from '../filters.ts';

export const INDEX_ROOT = '/search-index';

export interface IndexManifest {
  version: string;
  /** Number of indexed pages. */
  pages: number;
  /** Pages per result-data file. */
  blockSize: number;
  /** Each kind's range of page numbers, [kind, first, end) in page order. */
  kinds: Array<[kind: string, first: number, end: number]>;
  /** Word-file prefixes (`p-` files) and single words (`w-` files), sorted. */
  prefixes: string[];
  words: string[];
}

/**
 * Where one folded word occurs. Page lists are ascending page numbers, stored as
 * differences from the previous one (the first from 0): small numbers compress
 * well. `title` is keyed by the exact form the title spells it in.
 */
export interface WordPages {
  title?: Record<string, number[]>;
  /** Producer, province and former province names. */
  related?: number[];
  /** The product's set, group and sector labels. */
  category?: number[];
  /** The rest of the page's text. */
  body?: number[];
}

export type WordFile = Record<string, WordPages>;

/** What a result shows and what the CSV download writes. */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
}

/**
 * One-value filters are a string with a character per page: the character's
 * position in `FACET_ALPHABET` is 1 + the value's position in `values`, or 0
 * for "no value". Several-value filters (quality standards) list their pages
 * per value, as differences like word pages.
 */
export interface FacetFile {
  single: Partial<Record<FilterName, { values: string[]; pages: string }>>;
  multiple: Partial<Record<FilterName, Record<string, number[]>>>;
}

/**
 * Printable ASCII without `"` and `\`, so a facet string needs no escaping in
 * JSON, and without digits and `@`, so no run of it reads as an ID number, a
 * phone number or an address to the release's personal-data scan.
 */
export const FACET_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => !'"\\@0123456789'.includes(c))
  .join('');

export const manifestUrl = (lang: string) => `${INDEX_ROOT}/${lang}.json`;
/** Everything but the manifest: safe to cache for good. */
export const versionedFilesUrl = (lang: string) => `${INDEX_ROOT}/${lang}/`;
export const wordFileUrl = (lang: string, version: string, kind: 'p' | 'w', key: string) => `${INDEX_ROOT}/${lang}/${version}/${kind}-${key}.json`;
export const resultFileUrl = (lang: string, version: string, block: number) => `${INDEX_ROOT}/${lang}/${version}/d-${block}.json`;
export const facetFileUrl = (lang: string, version: string) => `${INDEX_ROOT}/${lang}/${version}/facets.json`;

export function encodeDifferences(ascending: readonly number[]): number[] {
  return ascending.map((n, i) => (i === 0 ? n : n - ascending[i - 1]!));
}

export function decodeDifferences(differences: readonly number[]): number[] {
  const out = new Array<number>(differences.length);
  let current = 0;
  for (let i = 0; i < differences.length; i++) out[i] = current += differences[i]!;
  return out;
}
