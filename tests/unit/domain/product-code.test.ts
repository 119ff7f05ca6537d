import { describe, expect, it } from 'vitest';
import { readProductCode } from '../../../src/domain/product-code.ts';

describe('readProductCode', () => {
  it('reads the old province, district and commune of a code built from them, with its stars and year', () => {
    const units = readProductCode('83-829-28780-3-2022');
    expect(units).toMatchObject({
      province: { oldCode: '83', name: 'Tỉnh Bến Tre', provinceCode: '86' },
      district: { code: '829', name: 'Thành phố Bến Tre' },
      commune: { code: '28780', name: 'Phường 7', newCodes: ['28789'] },
      stars: 3,
      year: 2022,
    });
  });

  it('reads a code of units alone', () => {
    expect(readProductCode('67-665-24722')).toMatchObject({ commune: { name: 'Xã Thuận Hà' }, district: { name: 'Huyện Đắk Song' } });
    expect(readProductCode('67-665-24722')?.stars).toBeUndefined();
  });

  it('returns null for codes of another shape', () => {
    expect(readProductCode('HD-001')).toBeNull();
    expect(readProductCode('P25-00001')).toBeNull();
    expect(readProductCode('83-829-28780-3')).toBeNull();
  });

  it('returns null for units that did not exist or do not nest', () => {
    expect(readProductCode('83-829-99999-3-2022')).toBeNull(); // no such commune
    expect(readProductCode('83-665-24722-3-2022')).toBeNull(); // district 665 was in Đắk Nông, not Bến Tre
    expect(readProductCode('67-665-28780-3-2022')).toBeNull(); // commune 28780 was in Bến Tre
  });
});
