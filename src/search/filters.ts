/**
 * The filter names of the search index, as they appear in its facets file and
 * in the search URL. A module of its own because the browser needs it, and the rest of
 * the search record (admin units, certificate rules) must not reach the browser.
 */
export const FILTER_NAMES = ['kind', 'province', 'stars', 'sector', 'group', 'set', 'type', 'standard'] as const;
/** The `set` filter's value for a product not yet in a product set (known only to its sector or group). */
export const NOT_IN_SET = 'none';
export type FilterName = (typeof FILTER_NAMES)[number];
