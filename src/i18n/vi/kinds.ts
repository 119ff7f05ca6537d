/**
 * The kinds of page and place, named once for the search, the map and the pages.
 * Three small tables rather than one, so the map script, which needs only
 * `placeKind`, carries no other. The keys are the search's kinds
 * (src/search/kinds.ts) and the map's (src/map/map-points.ts); both check
 * against these tables.
 */

/** The kinds of page the search returns, as its content-type filter and its results name them. */
export const pageKinds = {
  product: 'Sản phẩm',
  producer: 'Chủ thể',
  story: 'Câu chuyện',
  event: 'Hội chợ',
  point: 'Điểm bán',
  province: 'Tỉnh, thành',
};

/** The kinds of place on the map, as its legend and the list by province name them. */
export const placeKinds = {
  point: 'Điểm giới thiệu và bán sản phẩm',
  producer: 'Chủ thể OCOP',
  tourism: 'Điểm du lịch OCOP',
};

/** One place of a kind: a marker, its popup, a line of the places near you. */
export const placeKind = {
  point: 'Điểm giới thiệu và bán sản phẩm',
  producer: 'Chủ thể OCOP',
  tourism: 'Điểm du lịch OCOP',
};
