import { describe, expect, it } from 'vitest';
import { categoryFromLabel } from '../../../src/domain/categories.ts';
import { PRODUCT_SETS } from '../../../src/domain/taxonomy.ts';

describe('categoryFromLabel', () => {
  it('maps every current product set label to its key', () => {
    for (const set of PRODUCT_SETS) {
      const match = categoryFromLabel(set.label.vi);
      expect(match, set.label.vi).toEqual({ ok: true, productSet: set.key, legacy: false });
    }
  });

  it('accepts the project keys and "sector - set" chains', () => {
    expect(categoryFromLabel('I.3.b')).toMatchObject({ ok: true, productSet: 'I.3.b' });
    expect(categoryFromLabel('Thực phẩm chế biến - Chế biến từ gạo, ngũ cốc')).toMatchObject({ ok: true, productSet: 'I.3.b' });
  });

  it('maps the QĐ 1048 sector labels and marks them legacy', () => {
    expect(categoryFromLabel('Thảo dược')).toEqual({ ok: true, productSet: 'III.3', legacy: true });
    expect(categoryFromLabel('Vải và may mặc')).toEqual({ ok: true, productSet: 'IV.2', legacy: true });
    expect(categoryFromLabel('Lưu niệm – nội thất – trang trí')).toEqual({ ok: true, productSet: 'IV.1', legacy: true });
    expect(categoryFromLabel('Dịch vụ du lịch nông thôn, bán hàng')).toEqual({ ok: true, productSet: 'VI.1', legacy: true });
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(categoryFromLabel('ca phe ca cao')).toMatchObject({ ok: true, productSet: 'I.6' });
  });

  it('reports an unknown label instead of guessing', () => {
    const match = categoryFromLabel('Đồ điện gia dụng');
    expect(match.ok).toBe(false);
    if (!match.ok) expect(match.reason).toContain('Đồ điện gia dụng');
  });

  it('reports a group that holds several sets instead of picking one', () => {
    const match = categoryFromLabel('Thực phẩm chế biến');
    expect(match.ok).toBe(false);
    if (!match.ok) expect(match.reason).toMatch(/several product sets/);
  });
});
