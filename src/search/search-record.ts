/**
 * What the search index should know about one page, beyond its visible text:
 * its kind, title, filter values, the data a result shows, and related names
 * (producer, province, former provinces, product set) that make the page findable
 * without being its subject. Pages embed it (`src/components/SearchMeta.astro`);
 * the index build reads it back (`src/search/index/page.ts`).
 */
import { provinceByCode } from '../domain/admin-units.ts';
import { certificateStateOn, starsShownOn } from '../domain/certificate.ts';
import { categoryByKey } from '../domain/taxonomy.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import { formerProvinceNames } from '../queries/provinces.ts';
import { NOT_IN_SET, type FilterName } from './filters.ts';
import type { SearchKind } from './kinds.ts';
export { FILTER_NAMES, type FilterName } from './filters.ts';

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

export interface SearchRecord {
  lang: Lang;
  kind: SearchKind;
  title: string;
  /** Filter values are stable keys (province code, set key, …); labels are the UI's business. */
  filters: Partial<Record<FilterName, string[]>>;
  /**
   * What a result shows (title, kind, province, producer, stars, code, set,
   * thumb) and, for a product, what the search page's CSV adds: valid until,
   * decision number, issuer, producer type and the producer's public contacts
   * (`until`, `decision`, `issuer`, `ptype`, `phone`, `email`, `web`). Only
   * result files carry these, fetched a block at a time, never the word files.
   */
  meta: Record<string, string>;
  /** Searchable at a low weight: context, not the thing itself. */
  related: string[];
  /**
   * Other names of the thing itself, searchable as its title is: the certified
   * Vietnamese name of a product an English page names in English, so "bánh gai"
   * still finds "Tu Ky ramie leaf cake" first. A result shows it as `meta.viName`.
   */
  names?: string[];
  /**
   * The product's set, group and sector labels (Vietnamese): weaker than a
   * related name, since a broad set ("Chế biến từ thịt, thủy sản, trứng, sữa,
   * mật ong…") names words its products are not.
   */
  categories?: string[];
}

export function buildSearchRecord(input: SearchMetaInput, asOf: string): SearchRecord {
  const { product, producer, lang } = input;
  const provinceCode = product?.address.provinceCode ?? producer?.address.provinceCode ?? input.provinceCode;
  const province = provinceCode ? provinceByCode(provinceCode) : undefined;
  const filters: SearchRecord['filters'] = { kind: [input.kind] };
  const meta: Record<string, string> = { title: input.title, kind: input.kind };
  const related: string[] = [];
  const categories: string[] = [];

  if (province) {
    filters.province = [province.code];
    meta.province = lang === 'en' ? province.nameEn : province.name;
    // Old names are searchable so "Hải Dương" still finds what is now Hải Phòng.
    related.push(province.name, province.nameEn, ...formerProvinceNames(province.code));
  }
  if (producer) {
    filters.type = [producer.type];
    meta.producer = producer.name;
    related.push(producer.name);
  }
  if (product) {
    const category = categoryByKey(product.category);
    filters.sector = [category.sector.key];
    if (category.group) filters.group = [category.group.key];
    // A product not yet in a set is counted under its sector and group and, in
    // the set filter, as "not yet in a set".
    filters.set = [category.set?.key ?? NOT_IN_SET];
    if (product.standards.length > 0) filters.standard = [...product.standards];
    if (starsShownOn(product.certificate, asOf)) {
      const stars = String(product.certificate.stars);
      filters.stars = [stars];
      meta.stars = stars;
    }
    if (product.code) meta.code = product.code;
    // The open-data file's rule for valid_until: the last valid day, only while
    // the stars show.
    const state = certificateStateOn(product.certificate, asOf);
    if (state.shown) meta.until = state.validUntil;
    meta.decision = product.certificate.decisionNumber;
    if (product.certificate.issuer) meta.issuer = product.certificate.issuer;
    if (producer) {
      meta.ptype = t(lang).producerTypes[producer.type];
      // The producer's contacts exactly as its page shows them: the importer
      // keeps a household's only when the export marks them public.
      if (producer.contact?.phone) meta.phone = producer.contact.phone;
      if (producer.contact?.email) meta.email = producer.contact.email;
      if (producer.website) meta.web = producer.website;
    }
    meta.set = category.set ? category.set.label[lang] : t(lang).unplacedTitle(category.label[lang]);
    const labels = [category.set?.label, category.group?.label, category.sector.label].filter((label) => label !== undefined);
    categories.push(...labels.map((label) => label.vi));
    // Product names are Vietnamese; on the English site the set's English
    // label is what names the product ("fish sauce", "coffee"), so it counts
    // as a related name there.
    if (lang === 'en') related.push(...labels.map((label) => label.en));
  }
  if (input.image) meta.thumb = input.image;

  const record: SearchRecord = {
    lang,
    kind: input.kind,
    title: input.title,
    filters,
    meta,
    related: [...new Set(related)].filter((name) => name !== input.title),
  };
  if (categories.length > 0) record.categories = [...new Set(categories)];
  if (product && input.title !== product.name) {
    record.names = [product.name];
    meta.viName = product.name;
  }
  return record;
}
