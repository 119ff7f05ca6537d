/**
 * What Pagefind should know about one page, beyond its visible text: filters,
 * sort keys, result metadata and a diacritic-folded copy of the names. Pagefind
 * folds tone marks but not "đ" (Đắk Lắk stays "đak lak"), so the folded copy is
 * what lets "dak lak" or "duong phen" match; it is indexed at a low weight so a
 * query typed with the right diacritics still ranks its exact matches first.
 */
import { provinceByCode } from '../domain/admin-units.ts';
import { starsShownOn } from '../domain/certificate.ts';
import { productSet, sectorOf } from '../domain/taxonomy.ts';
import { foldVietnamese } from '../domain/text.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import { formerProvinceNames } from '../lib/provinces.ts';
import type { Lang, SearchKind } from './labels.ts';

export interface SearchMetaInput {
  kind: SearchKind;
  lang: Lang;
  title: string;
  product?: Product | undefined;
  producer?: Producer | undefined;
  provinceCode?: string | undefined;
  /** Public URL of the page's photo, already resolved by the page. */
  image?: string | undefined;
}

import type { FilterName } from './filters.ts';
export { FILTER_NAMES, type FilterName } from './filters.ts';

export interface SearchRecord {
  /** Filter values are stable keys (province code, set key, …); labels are the UI's business. */
  filters: Partial<Record<FilterName, string[]>>;
  /** Only the name: every sort key costs each visitor bytes per indexed page. */
  sort: { name: string };
  meta: Record<string, string>;
  /**
   * Searchable, never shown: `name` is the folded title (weighted like a heading,
   * since it is the title), `related` the folded producer, province, former
   * province and product-set names (weighted low: context, not the thing itself).
   */
  folded: { name: string; related: string };
}

/** Folded text, with runs of punctuation collapsed so words stay words. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function buildSearchRecord(input: SearchMetaInput, asOf: string): SearchRecord {
  const { product, producer, lang } = input;
  const provinceCode = product?.address.provinceCode ?? producer?.address.provinceCode ?? input.provinceCode;
  const province = provinceCode ? provinceByCode(provinceCode) : undefined;
  const filters: SearchRecord['filters'] = { kind: [input.kind] };
  const meta: Record<string, string> = { title: input.title, kind: input.kind };
  const searchable: string[] = [];

  if (province) {
    filters.province = [province.code];
    meta.province = lang === 'en' ? province.nameEn : province.name;
    // Old names are searchable so "Hải Dương" still finds what is now Hải Phòng.
    searchable.push(province.name, province.nameEn, ...formerProvinceNames(province.code));
  }
  if (producer) {
    filters.type = [producer.type];
    meta.producer = producer.name;
    searchable.push(producer.name);
  }
  if (product) {
    const set = productSet(product.productSet);
    filters.sector = [set.sector];
    filters.set = [set.key];
    if (product.standards.length > 0) filters.standard = [...product.standards];
    if (starsShownOn(product.certificate, asOf)) {
      const stars = String(product.certificate.stars);
      filters.stars = [stars];
      meta.stars = stars;
    }
    if (product.code) meta.code = product.code;
    meta.set = set.label[lang];
    meta.sector = sectorOf(set.sector).label[lang];
    searchable.push(set.label.vi);
  }
  // Not `image`: Pagefind fills that from the page's first picture (a QR code on product pages).
  if (input.image) meta.thumb = input.image;

  const name = foldForSearch(input.title);
  const related = unique(searchable.map(foldForSearch).filter((text) => text && text !== name)).join(' · ');
  const sort: SearchRecord['sort'] = { name };
  return { filters, sort, meta, folded: { name, related } };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
