/**
 * The filter names of the search index, as they appear in Pagefind and in the
 * search URL. A module of its own because the browser needs it, and the rest of
 * the search record (admin units, certificate rules) must not reach the browser.
 */
export const FILTER_NAMES = ['kind', 'province', 'stars', 'sector', 'set', 'type', 'standard'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
