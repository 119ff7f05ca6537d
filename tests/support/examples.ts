/**
 * Named examples from the built sample site's own registry (never hard-coded
 * ids), for the `site` tests: a currently certified product with a photo, one
 * known only to its sector (not yet in a product set), one expired and one
 * revoked on the build date, a current tourism product (sector VI) with a map
 * position, and the pages of every template in both languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import type { Product } from '../../src/schemas/product.ts';
import { routes, translatePath } from '../../src/i18n/routes.ts';
import { provinceByCode } from '../../src/domain/admin-units.ts';
import { categoryLevel } from '../../src/domain/taxonomy.ts';
import { isTourismCategory } from '../../src/domain/tourism.ts';

export function loadProducts(contentDir: string): Product[] {
  return JSON.parse(readFileSync(path.join(contentDir, 'products.json'), 'utf8')) as Product[];
}

export function examples(contentDir: string, asOf: string) {
  const products = loadProducts(contentDir);
  const stateOf = (p: Product) => certificateStateOn(p.certificate, asOf);
  const current = products.filter((p) => stateOf(p).shown);
  const withPhoto = current.find((p) => p.image && !/^https?:/.test(p.image)) ?? current[0]!;
  const expired = products.find((p) => stateOf(p).state === 'expired');
  const revoked = products.find((p) => stateOf(p).state === 'revoked');
  if (!expired || !revoked) throw new Error('the sample registry should hold an expired and a revoked product');
  const withdrawn = products.filter((p) => !stateOf(p).shown);
  const sectorOnly = current.find((p) => categoryLevel(p.category) === 'sector');
  const groupOnly = current.find((p) => categoryLevel(p.category) === 'group');
  if (!sectorOnly || !groupOnly) throw new Error('the sample registry should hold current products known only to their sector and to their group');
  const tourism = current.find((p) => isTourismCategory(p.category) && p.location);
  if (!tourism) throw new Error('the sample registry should hold a current tourism product with a map position');
  return { products, current, withPhoto, expired, revoked, withdrawn, sectorOnly, groupOnly, tourism };
}

/** One page of every template, Vietnamese first; the English twin comes from translatePath. */
export function templatePaths(contentDir: string, asOf: string): string[] {
  const { withPhoto, expired, sectorOnly, tourism } = examples(contentDir, asOf);
  const province = provinceByCode(withPhoto.address.provinceCode)!;
  const vi = [
    routes.home('vi'),
    routes.catalogue('vi'),
    routes.category('vi', withPhoto.category),
    routes.category('vi', 'I'),
    routes.stars('vi', 4),
    routes.aToZ('vi'),
    routes.provinces('vi'),
    routes.province('vi', province.name),
    routes.product('vi', withPhoto.id),
    routes.product('vi', expired.id),
    routes.product('vi', sectorOnly.id),
    routes.product('vi', tourism.id),
    routes.unplaced('vi', sectorOnly.category),
    routes.producer('vi', withPhoto.producerId),
    routes.stories('vi'),
    routes.story('vi', 'ca-phe-dak-doa'),
    routes.events('vi'),
    routes.event('vi', 'festival-ocop-viet-nam-2026'),
    routes.points('vi'),
    routes.point('vi', 'diem-ocop-ga-ha-noi'),
    routes.check('vi'),
    routes.openData('vi'),
    routes.about('vi'),
    routes.renewals('vi'),
    routes.renewals('vi', province.name),
    routes.offline('vi'),
  ];
  return vi.flatMap((p) => [p, translatePath(p, 'en')]);
}
