import { describe, expect, it } from 'vitest';
import { PROVINCES, communeByCode, resolveAddress, resolveProvince } from '../../../src/domain/admin-units.ts';

describe('provinces', () => {
  it('lists the 34 provinces in force since July 2025', () => {
    expect(PROVINCES).toHaveLength(34);
  });

  it.each([
    ['Bắc Kạn', '19'],
    ['Tỉnh Hải Dương', '31'],
    ['Đắk Nông', '68'],
    ['Kiên Giang', '91'],
    ['Quảng Bình', '44'],
    ['Bình Định', '52'],
    ['TP. Hồ Chí Minh', '79'],
    ['ha noi', '01'],
    ['Thanh Hoá', '38'],
    ['Thanh Hóa', '38'],
  ])('resolves "%s" to the current province %s', (name, code) => {
    expect(resolveProvince(name)?.code).toBe(code);
  });

  it('returns null for a name that is no province', () => {
    expect(resolveProvince('Narnia')).toBeNull();
  });
});

describe('resolveAddress', () => {
  it('resolves a pre-2025 commune through its old district', () => {
    const result = resolveAddress({ province: 'Tỉnh Đắk Nông', district: 'huyện Đắk Song', commune: 'xã Thuận Hà' });
    expect(result).toEqual({ ok: true, provinceCode: '68', communeCode: '24722' });
  });

  it('resolves the plan districts: Đak Đoa, Tứ Kỳ, Bến Cầu', () => {
    expect(resolveAddress({ province: 'Gia Lai', district: 'Huyện Đak Đoa', commune: 'Thị trấn Đăk Đoa' })).toMatchObject({ provinceCode: '52', communeCode: '23677' });
    expect(resolveAddress({ province: 'Hải Dương', district: 'Tứ Kỳ', commune: 'Xã Đại Sơn' })).toMatchObject({ provinceCode: '31', communeCode: '11086' });
    expect(resolveAddress({ province: 'Tây Ninh', district: 'Bến Cầu', commune: 'Xã Long Chữ' })).toMatchObject({ provinceCode: '80', communeCode: '25684' });
  });

  it('resolves a current commune under a current province name', () => {
    const result = resolveAddress({ province: 'An Giang', commune: 'Đặc khu Phú Quốc' });
    expect(result).toMatchObject({ ok: true, provinceCode: '91' });
    if (result.ok) expect(communeByCode(result.communeCode!)?.fullName).toBe('Đặc khu Phú Quốc');
  });

  it('keeps the province and reports a commune it cannot find', () => {
    const result = resolveAddress({ province: 'Đắk Lắk', district: 'Krông Năng', commune: 'Xã Hòa Bình Xanh' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.provinceCode).toBe('66');
      expect(result.communeCode).toBeUndefined();
      expect(result.communeProblem).toContain('Hòa Bình Xanh');
    }
  });

  it('does not guess a commune that was split between several new ones', () => {
    const result = resolveAddress({ province: 'Hải Dương', district: 'Tứ Kỳ', commune: 'Xã Hưng Đạo' });
    expect(result).toMatchObject({ ok: true, provinceCode: '31' });
    if (result.ok) {
      expect(result.communeCode).toBeUndefined();
      expect(result.communeProblem).toMatch(/split/);
    }
  });

  it('follows a split commune to the one successor that kept its name', () => {
    expect(resolveAddress({ province: 'Hà Nội', district: 'Huyện Gia Lâm', commune: 'Xã Bát Tràng' })).toMatchObject({ ok: true, provinceCode: '01', communeCode: '00577' });
  });

  it('fails on an unknown province', () => {
    expect(resolveAddress({ province: 'Narnia' }).ok).toBe(false);
  });
});
