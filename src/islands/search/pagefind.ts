/**
 * Pagefind's browser API, loaded at run time from the index the build wrote
 * (`/pagefind/pagefind.js`). The URL is built from a variable so the bundler
 * leaves it alone: the file does not exist until the site has been indexed.
 * The index language follows `<html lang>`, so English pages search English.
 */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** The Pagefind API, loaded once per page; a failed load can be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short product pages must not beat long ones just for being short: a
    // product name is the signal, not page length.
    await pagefind.options({ ranking: { pageLength: 0.3 } });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
