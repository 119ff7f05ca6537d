import { describe, expect, it } from 'vitest';
import { fieldOfHeader, fieldOfHeaderPair, mapHeaders } from '../../../src/registry/headers.ts';
import { parseRow } from '../../../src/registry/parse-row.ts';
import { toPublicProduct } from '../../../src/registry/privacy.ts';
import { product as productSchema } from '../../../src/schemas/product.ts';

describe('English name and description columns', () => {
  it.each([
    ['Tên tiếng Anh', 'nameEn'],
    ['Tên sản phẩm (tiếng Anh)', 'nameEn'],
    ['Tên SP tiếng Anh', 'nameEn'],
    ['Tên sản phẩm bằng tiếng Anh', 'nameEn'],
    ['Tên tiếng Anh của sản phẩm', 'nameEn'],
    ['English name', 'nameEn'],
    ['Product name (EN)', 'nameEn'],
    ['Name in English', 'nameEn'],
    ['TÊN TIẾNG ANH', 'nameEn'],
    ['Mô tả tiếng Anh', 'descriptionEn'],
    ['Mô tả (English)', 'descriptionEn'],
    ['Mô tả sản phẩm bằng tiếng Anh', 'descriptionEn'],
    ['Giới thiệu sản phẩm (tiếng Anh)', 'descriptionEn'],
    ['English description', 'descriptionEn'],
    ['Description (EN)', 'descriptionEn'],
  ])('reads "%s" as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('never reads an English column as the Vietnamese field a dropped note would leave', () => {
    // Without the English rule, "(English)" is a note in brackets and "Tên sản phẩm" the name.
    expect(fieldOfHeader('Tên sản phẩm (English)')).toBe('nameEn');
    expect(fieldOfHeader('Địa chỉ (tiếng Anh)')).toBeNull();
    expect(fieldOfHeader('Tên chủ thể tiếng Anh')).toBeNull();
    expect(fieldOfHeaderPair('Sản phẩm', 'Tên (tiếng Anh)')).toBe('nameEn');
    // The Vietnamese headers are unchanged.
    expect(fieldOfHeader('Tên sản phẩm')).toBe('name');
    expect(fieldOfHeader('Mô tả')).toBe('description');
    expect(fieldOfHeader('Hạng sao (1-5)')).toBe('stars');
  });

  it('maps both columns beside the Vietnamese ones, whichever comes first', () => {
    const map = mapHeaders(['Tên sản phẩm (tiếng Anh)', 'Tên sản phẩm', 'Mô tả', 'English description']);
    expect(map.columns).toMatchObject({ nameEn: 0, name: 1, description: 2, descriptionEn: 3 });
    expect(map.ignored).toEqual([]);
  });
});

const HEADER = ['Tên sản phẩm', 'Tên tiếng Anh', 'Tên chủ thể', 'Loại hình', 'Hạng sao', 'Số QĐ', 'Ngày QĐ', 'Nhóm', 'Tỉnh', 'Mô tả', 'Mô tả tiếng Anh'];
const map = mapHeaders(HEADER);

function row(values: Record<string, string>) {
  const cells: Record<string, string> = {
    'Tên sản phẩm': 'Bánh gai Tứ Kỳ',
    'Tên chủ thể': 'Cơ sở Bánh gai Hương Quê',
    'Loại hình': 'Hộ kinh doanh',
    'Hạng sao': '4 sao',
    'Số QĐ': '512/QĐ-UBND',
    'Ngày QĐ': '20/05/2024',
    Nhóm: 'Chế biến từ gạo, ngũ cốc',
    Tỉnh: 'Hải Dương',
    'Mô tả': 'Bánh gai làm từ lá gai và gạo nếp.',
    ...values,
  };
  return parseRow({ row: 2, cells: HEADER.map((h) => cells[h] ?? '') }, map);
}

describe('parsing and publishing the English texts', () => {
  it('publishes the English name and description, cleaned like the Vietnamese, in the public product', () => {
    const parsed = row({ 'Tên tiếng Anh': '  Tu Ky <b>gai</b> leaf cake ', 'Mô tả tiếng Anh': 'Made from ramie leaves.\n\nSteamed in banana leaves.' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.nameEn).toBe('Tu Ky gai leaf cake');
    expect(parsed.record.descriptionEn).toBe('Made from ramie leaves.\n\nSteamed in banana leaves.');
    const product = toPublicProduct({ ...parsed.record, id: 'banh-gai-tu-ky-x', producerId: 'p-31' }, undefined);
    expect(productSchema.parse(product)).toMatchObject({
      name: 'Bánh gai Tứ Kỳ',
      nameEn: 'Tu Ky gai leaf cake',
      descriptionEn: expect.stringContaining('ramie'),
    });
  });

  it('leaves out an English name that only repeats the Vietnamese, and empty cells', () => {
    const same = row({ 'Tên tiếng Anh': 'Bánh gai Tứ Kỳ' });
    const empty = row({});
    expect(same.ok && empty.ok).toBe(true);
    if (!same.ok || !empty.ok) return;
    expect(same.record.nameEn).toBeUndefined();
    expect(empty.record.nameEn).toBeUndefined();
    expect(empty.record.descriptionEn).toBeUndefined();
  });

  it('removes personal data from the English texts, with a warning naming the column, and still publishes the row', () => {
    const parsed = row({ 'Tên tiếng Anh': 'Gai leaf cake, Zalo 0912345682', 'Mô tả tiếng Anh': 'Order from Mrs Ha, ID 030187004322, by phone 0987 654 321.' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.nameEn).toBe('Gai leaf cake');
    expect(parsed.record.descriptionEn).not.toMatch(/0912345682|030187004322|0987 654 321/);
    expect(parsed.record.descriptionEn).toContain('Order from Mrs Ha');
    const removed = parsed.warnings.filter((w) => w.code === 'personal-data-removed').map((w) => w.column);
    expect(removed).toEqual(expect.arrayContaining(['Tên tiếng Anh', 'Mô tả tiếng Anh']));
    expect(JSON.stringify(parsed.warnings)).not.toContain('0912345682');
  });

  it('drops an English name that is nothing but personal data, keeping the product under its Vietnamese name', () => {
    const parsed = row({ 'Tên tiếng Anh': 'CCCD 030187004322' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.name).toBe('Bánh gai Tứ Kỳ');
    expect(parsed.record.nameEn).toBeUndefined();
  });
});
