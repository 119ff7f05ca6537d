/**
 * The pages the catalogue says should exist: the fixed pages of both languages
 * (the route table's routes without a parameter), and one page per product and
 * per producer in each language. The release check refuses a site without them.
 */
import { fixedPages, routes } from '../i18n/routes.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';

export const FIXED_PAGES: readonly string[] = fixedPages();

export function productPages(id: string): [vi: string, en: string] {
  return [routes.product('vi', id), routes.product('en', id)];
}

export function producerPages(id: string): [vi: string, en: string] {
  return [routes.producer('vi', id), routes.producer('en', id)];
}

export function expectedPages(products: Product[], producers: Producer[]): string[] {
  return [...FIXED_PAGES, ...products.flatMap((p) => productPages(p.id)), ...producers.flatMap((p) => producerPages(p.id))];
}
