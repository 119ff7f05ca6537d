import { describe, expect, it } from 'vitest';
import { buildSearchRecord } from '../../../src/search/search-record.ts';
import { facetLabels } from '../../../src/search/facet-labels.ts';
import { NOT_IN_SET } from '../../../src/search/filters.ts';
import type { Product } from '../../../src/schemas/product.ts';
import type { Producer } from '../../../src/schemas/producer.ts';

const producer: Producer = { id: 'htx-duong-phen-80', name: 'HTX Đường phèn Tây Ninh', type: 'cooperative', address: { provinceCode: '80' } };
const product: Product = {
  id: 'duong-phen-mia-tay-ninh-tn-003',
  code: 'TN-003',
  name: 'Đường phèn mía Tây Ninh',
  producerId: producer.id,
  category: 'I.2.b',
  certificate: { stars: 4, decisionNumber: '1/QĐ-UBND', decisionDate: '2025-01-10', expiresOn: '2028-01-10', status: 'active' },
  address: { provinceCode: '80' },
  ecommerce: [],
  standards: ['VietGAP', 'HACCP'],
  sourceRow: 2,
};

describe('the search record of a page', () => {
  it('gives a product its province, stars, sector, group, set, producer type, standards and kind as filter keys', () => {
    const record = buildSearchRecord({ kind: 'product', lang: 'vi', title: product.name, product, producer }, '2026-01-01');
    expect(record.filters).toEqual({
      kind: ['product'],
      province: ['80'],
      stars: ['4'],
      sector: ['I'],
      group: ['I.2'],
      set: ['I.2.b'],
      type: ['cooperative'],
      standard: ['VietGAP', 'HACCP'],
    });
    expect(record).toMatchObject({ lang: 'vi', kind: 'product', title: product.name });
    expect(record.meta).toMatchObject({ title: product.name, stars: '4', province: 'Tây Ninh', producer: producer.name, code: 'TN-003' });
  });

  it('gives the producer, province and product-set names as related names, not the title again', () => {
    const { related } = buildSearchRecord({ kind: 'product', lang: 'vi', title: product.name, product, producer }, '2026-01-01');
    expect(related).toEqual(expect.arrayContaining(['HTX Đường phèn Tây Ninh', 'Tây Ninh', 'Tay Ninh']));
    expect(related).not.toContain(product.name);
  });

  it('makes old province names searchable under the province they merged into', () => {
    const { related, filters } = buildSearchRecord({ kind: 'province', lang: 'vi', title: 'Hải Phòng', provinceCode: '31' }, '2026-01-01');
    expect(filters.province).toEqual(['31']);
    expect(related).toContain('Hải Dương');
    expect(related).not.toContain('Hải Phòng');
  });

  it('shows no stars, in filters or meta, once the certificate has lapsed', () => {
    const record = buildSearchRecord({ kind: 'product', lang: 'en', title: product.name, product, producer }, '2028-06-01');
    expect(record.filters.stars).toBeUndefined();
    expect(record.meta.stars).toBeUndefined();
  });

  it('gives a product named in English its certified Vietnamese name as a name of its own, searchable and shown', () => {
    const named = { ...product, nameEn: 'Tay Ninh rock sugar' };
    const english = buildSearchRecord({ kind: 'product', lang: 'en', title: named.nameEn, product: named, producer }, '2026-01-01');
    expect(english).toMatchObject({ title: 'Tay Ninh rock sugar', names: ['Đường phèn mía Tây Ninh'] });
    expect(english.meta).toMatchObject({ title: 'Tay Ninh rock sugar', viName: 'Đường phèn mía Tây Ninh' });
    // Titled by its Vietnamese name (every Vietnamese page, an English page without an English name), it has no other.
    const vietnamese = buildSearchRecord({ kind: 'product', lang: 'vi', title: named.name, product: named, producer }, '2026-01-01');
    expect(vietnamese.names).toBeUndefined();
    expect(vietnamese.meta.viName).toBeUndefined();
  });

  it('uses English province and set names on English pages', () => {
    const record = buildSearchRecord({ kind: 'product', lang: 'en', title: product.name, product, producer }, '2026-01-01');
    expect(record.meta.province).toBe('Tay Ninh');
    expect(record.meta.set).toBe('Honey, other syrups and other farm foods');
  });

  it('counts a product known only to its sector under that sector, and as "not yet in a set" in the set filter', () => {
    const record = buildSearchRecord({ kind: 'product', lang: 'vi', title: 'Bánh quy bơ', product: { ...product, category: 'I' }, producer }, '2026-01-01');
    expect(record.filters.sector).toEqual(['I']);
    expect(record.filters.group).toBeUndefined();
    expect(record.filters.set).toEqual([NOT_IN_SET]);
    expect(record.meta.set).toBe('Thực phẩm — chưa xếp bộ');
    expect(record.categories).toContain('Thực phẩm');
  });

  it('counts a product known down to its group under the sector and the group', () => {
    const record = buildSearchRecord({ kind: 'product', lang: 'en', title: 'Rượu Bàu Đá', product: { ...product, category: 'II.1' }, producer }, '2026-01-01');
    expect(record.filters).toMatchObject({ sector: ['II'], group: ['II.1'], set: [NOT_IN_SET] });
    expect(record.meta.set).toBe('Alcoholic drinks — not yet in a product set');
  });

  it('gives the product set, group and sector labels apart from related names, and the English labels as related names in English', () => {
    const vi = buildSearchRecord({ kind: 'product', lang: 'vi', title: 'Mật ong rừng', product, producer }, '2026-01-01');
    const en = buildSearchRecord({ kind: 'product', lang: 'en', title: 'Mật ong rừng', product, producer }, '2026-01-01');
    expect(vi.categories).toContain('Mật ong, mật khác và nông sản thực phẩm khác');
    expect(vi.categories).not.toContain('Honey, other syrups and other farm foods');
    expect(en.categories).toContain('Mật ong, mật khác và nông sản thực phẩm khác');
    expect(en.related).toEqual(expect.arrayContaining(['Honey, other syrups and other farm foods', 'Food']));
    expect(vi.related).not.toContain('Mật ong, mật khác và nông sản thực phẩm khác');
    expect(vi.related).not.toContain('Honey, other syrups and other farm foods');
  });

  it('labels every set, every group and "not yet in a set" for the filters, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const labels = facetLabels(lang);
      expect(Object.keys(labels.group)).toHaveLength(17);
      expect(Object.keys(labels.set)).toHaveLength(27);
    }
    expect(facetLabels('vi').set[NOT_IN_SET]).toBe('Chưa xếp bộ');
    expect(facetLabels('en').set[NOT_IN_SET]).toBe('Not yet in a product set');
  });
});
