/**
 * Labels for every filter value, computed on the server and written into the
 * search page's filters (SearchPage.astro): the index stores stable keys, the visitor reads names. The
 * words come from the dictionary and the tables that name provinces and the
 * taxonomy, the same the pages use.
 */
import { t, type Lang } from '../i18n/index.ts';
import { PROVINCES, provinceName } from '../queries/provinces.ts';
import { GROUPS, PRODUCT_SETS, SECTORS } from '../domain/taxonomy.ts';
import { QUALITY_STANDARDS } from '../schemas/product.ts';
import { SEARCH_KINDS, type SearchKind } from './kinds.ts';
import { NOT_IN_SET, type FilterName } from './filters.ts';

export type FacetLabels = Record<FilterName, Record<string, string>>;

export function facetLabels(lang: Lang): FacetLabels {
  const words = t(lang);
  // Typed so that a kind of page the dictionary does not name is a type error.
  const kindNames: Record<SearchKind, string> = words.kinds.pages;
  return {
    kind: Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, kindNames[kind]])),
    province: Object.fromEntries(PROVINCES.map((p) => [p.code, provinceName(p.code, lang)])),
    stars: { '3': '★★★', '4': '★★★★', '5': '★★★★★' },
    sector: Object.fromEntries(SECTORS.map((s) => [s.key, s.label[lang]])),
    group: Object.fromEntries(GROUPS.map((g) => [g.key, g.label[lang]])),
    set: { ...Object.fromEntries(PRODUCT_SETS.map((s) => [s.key, s.label[lang]])), [NOT_IN_SET]: words.notInSet },
    type: { ...words.producerTypes },
    standard: Object.fromEntries(QUALITY_STANDARDS.map((s) => [s, words.standardName(s)])),
  };
}
