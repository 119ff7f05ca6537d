/**
 * The pages the catalogue says should exist: the fixed pages of both languages,
 * and one page per product and per producer in each language. Paths follow the
 * shared URL contract (src/i18n/routes.ts is its source in the site).
 */
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';

export const FIXED_PAGES = [
  '/', '/en/',
  '/danh-muc/', '/en/catalogue/',
  '/tim-kiem/', '/en/search/',
  '/ban-do/', '/en/map/',
  '/du-lieu-mo/', '/en/open-data/',
  '/tra-cuu-chung-nhan/', '/en/certificate-check/',
  '/gioi-thieu/', '/en/about/',
  '/hoi-cho/', '/en/events/',
  '/diem-ban/', '/en/points/',
] as const;

export function productPages(id: string): [vi: string, en: string] {
  return [`/san-pham/${id}/`, `/en/products/${id}/`];
}

export function producerPages(id: string): [vi: string, en: string] {
  return [`/chu-the/${id}/`, `/en/producers/${id}/`];
}

export function expectedPages(products: Product[], producers: Producer[]): string[] {
  return [
    ...FIXED_PAGES,
    ...products.flatMap((p) => productPages(p.id)),
    ...producers.flatMap((p) => producerPages(p.id)),
  ];
}
