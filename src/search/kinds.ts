/**
 * The kinds of page the search returns: `kind` is the content-type filter, and
 * this order is the order of the index's kinds and of the filter's values. The
 * dictionary names them (`t(lang).kinds.pages`); facet-labels.ts checks that it
 * names every one.
 */
export const SEARCH_KINDS = ['product', 'producer', 'story', 'event', 'point', 'province'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
