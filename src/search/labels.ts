/**
 * Labels of the search facets, per language. Province and product-set labels come
 * from their own tables (admin units, taxonomy); these are the small closed lists
 * that only the search shows.
 */
import type { ProducerType } from '../schemas/producer.ts';

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

export const PRODUCER_TYPE_LABELS: Record<ProducerType, Record<Lang, string>> = {
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  'cooperative-group': { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  household: { vi: 'Hộ kinh doanh', en: 'Household business' },
  farm: { vi: 'Trang trại', en: 'Farm' },
  other: { vi: 'Khác', en: 'Other' },
};
