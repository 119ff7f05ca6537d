/**
 * The kinds of page the search returns and their labels: a list only the search
 * shows. Province, product-set and producer-type labels come from their own
 * tables (admin units, taxonomy, the site's dictionaries); see facet-labels.ts.
 */
export type { Lang } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';

/** Kinds of page the search returns; `kind` is the content-type filter. */
export const SEARCH_KINDS = ['product', 'producer', 'story', 'event', 'point', 'province'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, Record<Lang, string>> = {
  product: { vi: 'Sản phẩm', en: 'Products' },
  producer: { vi: 'Chủ thể', en: 'Producers' },
  story: { vi: 'Câu chuyện', en: 'Stories' },
  event: { vi: 'Hội chợ', en: 'Fairs' },
  point: { vi: 'Điểm bán', en: 'Display points' },
  province: { vi: 'Tỉnh, thành', en: 'Provinces' },
};
