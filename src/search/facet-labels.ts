/**
 * Labels for every filter value, computed on the server and handed to the search
 * island as a prop: the index stores stable keys, the visitor reads names.
 */
import { t } from '../i18n/index.ts';
import { PROVINCES, provinceName } from '../queries/provinces.ts';
import { GROUPS, PRODUCT_SETS, SECTORS } from '../domain/taxonomy.ts';
import { QUALITY_STANDARDS } from '../schemas/product.ts';
import { KIND_LABELS, type Lang } from './labels.ts';
import { NOT_IN_SET, type FilterName } from './filters.ts';

export type FacetLabels = Record<FilterName, Record<string, string>>;

export function facetLabels(lang: Lang): FacetLabels {
  const pick = <T extends Record<string, Record<Lang, string>>>(table: T) =>
    Object.fromEntries(Object.entries(table).map(([key, label]) => [key, label[lang]]));
  return {
    kind: pick(KIND_LABELS),
    province: Object.fromEntries(PROVINCES.map((p) => [p.code, provinceName(p.code, lang)])),
    stars: { '3': '★★★', '4': '★★★★', '5': '★★★★★' },
    sector: Object.fromEntries(SECTORS.map((s) => [s.key, s.label[lang]])),
    group: Object.fromEntries(GROUPS.map((g) => [g.key, g.label[lang]])),
    set: { ...Object.fromEntries(PRODUCT_SETS.map((s) => [s.key, s.label[lang]])), [NOT_IN_SET]: t(lang).notInSet },
    // The same words the producer pages use, from the site's dictionaries.
    type: { ...t(lang).producerTypes },
    standard: Object.fromEntries(QUALITY_STANDARDS.map((s) => [s, lang === 'en' && s === 'Hữu cơ' ? 'Organic' : s])),
  };
}
