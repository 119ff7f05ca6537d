import { describe, expect, it } from 'vitest';
import {
  PROVINCES,
  communeByCode,
  findDistricts,
  legacyCommuneByCode,
  legacyDistrictByCode,
  legacyProvinceByCode,
  resolveAddress,
  resolveLegacyCommune,
  resolveProvince,
} from '../../../src/domain/admin-units.ts';

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
    expect(resolveProvince('Tỉnh lộ 725')).toBeNull();
  });

  it.each([
    ['TP.HCM', '79'],
    ['Tp. Hồ Chí Minh', '79'],
    ['T. Lâm Đồng', '68'],
    ['tinh dak nong', '68'],
    ['TỈNH ĐẮK NÔNG', '68'],
    ['Thừa Thiên Huế', '46'],
  ])('reads the abbreviated, unaccented or capitalised "%s" as %s', (name, code) => {
    expect(resolveProvince(name)?.code).toBe(code);
  });

  it('knows which provinces are, or were, cities', () => {
    expect(resolveProvince('Đà Nẵng')?.isCity).toBe(true);
    expect(resolveProvince('Đồng Nai')?.isCity).toBe(true); // Thành phố Đồng Nai since 2026
    expect(resolveProvince('Bến Tre')?.isCity).toBe(false);
  });
});

describe('old unit codes', () => {
  it('finds an old province, district and commune by its code of the time', () => {
    expect(legacyProvinceByCode('67')).toEqual({ oldCode: '67', name: 'Tỉnh Đắk Nông', provinceCode: '68' });
    expect(legacyDistrictByCode('665')).toEqual({ code: '665', name: 'Huyện Đắk Song', oldProvinceCode: '67' });
    expect(legacyCommuneByCode('24722')).toMatchObject({ name: 'Xã Thuận Hà', district: { code: '665' }, newCodes: ['24722'] });
    expect(legacyCommuneByCode('00004')).toMatchObject({ name: 'Phường Trúc Bạch' });
  });

  it('puts the communes of Huyện Kiên Hải back under their district (the dataset swaps the two)', () => {
    expect(legacyCommuneByCode('31108')).toMatchObject({ name: 'Xã Hòn Tre', district: { name: 'Huyện Kiên Hải' } });
  });

  it('resolves an old commune to its successor, or says why it cannot', () => {
    expect(resolveLegacyCommune(legacyCommuneByCode('28780')!)).toEqual({ ok: true, provinceCode: '86', communeCode: '28789' });
    expect(resolveLegacyCommune(legacyCommuneByCode('28924')!)).toEqual({
      ok: true,
      provinceCode: '86',
      communeProblem: '"Xã Hòa Lộc" was split between several current communes (Xã Tân Thành Bình, Xã Hoà Hiệp)',
    });
  });
});

describe('findDistricts', () => {
  it('finds an old district nationally, or within a province', () => {
    expect(findDistricts('Đắk Song').map((d) => d.code)).toEqual(['665']);
    expect(findDistricts('Bảo Lâm').length).toBe(2); // Cao Bằng and Lâm Đồng
  });

  it('tells a district apart from a namesake of another kind by the word written', () => {
    const both = findDistricts('Long Mỹ');
    expect(both.length).toBeGreaterThan(1);
    expect(findDistricts('Thị xã Long Mỹ').map((d) => d.name)).toEqual(['Thị xã Long Mỹ']);
  });
});

describe('resolveAddress', () => {
  it('resolves a pre-2025 commune through its old district', () => {
    const result = resolveAddress({ province: 'Tỉnh Đắk Nông', district: 'huyện Đắk Song', commune: 'xã Thuận Hà' });
    expect(result).toEqual({ ok: true, provinceCode: '68', communeCode: '24722' });
  });

  it('resolves the plan districts: Đak Đoa, Tứ Kỳ, Bến Cầu', () => {
    expect(resolveAddress({ province: 'Gia Lai', district: 'Huyện Đak Đoa', commune: 'Thị trấn Đăk Đoa' })).toMatchObject({
      provinceCode: '52',
      communeCode: '23677',
    });
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
    expect(resolveAddress({ province: 'Hà Nội', district: 'Huyện Gia Lâm', commune: 'Xã Bát Tràng' })).toMatchObject({
      ok: true,
      provinceCode: '01',
      communeCode: '00577',
    });
  });

  it('finds old units under the name of the province they merged into', () => {
    expect(resolveAddress({ province: 'Lâm Đồng', district: 'huyện Đắk Song', commune: 'xã Thuận Hà' })).toEqual({
      ok: true,
      provinceCode: '68',
      communeCode: '24722',
    });
  });

  it('tells namesakes apart by the unit word written', () => {
    expect(resolveAddress({ province: 'Hải Dương', commune: 'Xã Quang Trung' })).toMatchObject({ communeCode: '11140' });
    expect(resolveAddress({ province: 'Hải Dương', commune: 'Phường Quang Trung' })).toMatchObject({ communeCode: '10525' });
  });

  it('tells namesakes apart by their diacritics, and reports them when written without', () => {
    expect(resolveAddress({ province: 'Thái Nguyên', commune: 'Xã Văn Lăng' })).toMatchObject({ communeCode: '05665' });
    expect(resolveAddress({ province: 'Thái Nguyên', commune: 'Xã Văn Lang' })).toMatchObject({ communeCode: '02143' });
    expect(resolveAddress({ province: 'Thai Nguyen', commune: 'Xa Van Lang' })).toMatchObject({
      ok: true,
      communeProblem: expect.stringContaining('2 current communes'),
    });
  });

  it('takes a name written without diacritics in a row that writes them as written', () => {
    const query = { province: 'Thanh Hóa', district: 'Huyện Nga Sơn', commune: 'Xã Nga Thanh' };
    expect(resolveAddress(query)).toMatchObject({ communeCode: '16093' });
    expect(resolveAddress({ ...query, commune: 'X.Nga Thanh', diacritics: true })).toMatchObject({ communeCode: '16093' });
    expect(resolveAddress({ province: 'Thanh Hoa', district: 'Nga Son', commune: 'Nga Thanh', diacritics: false })).toMatchObject({
      communeProblem: expect.stringContaining('Xã Nga Thành'),
    });
  });

  it('asks for the district when a commune name existed in several old districts', () => {
    const result = resolveAddress({ province: 'Bình Thuận', commune: 'Xã Tân Hà' });
    expect(result).toMatchObject({ ok: true, provinceCode: '68', communeProblem: expect.stringContaining('several old districts') });
    expect(resolveAddress({ province: 'Bình Thuận', district: 'Huyện Hàm Tân', commune: 'Xã Tân Hà' })).toMatchObject({ communeCode: '23236' });
  });

  it('reports an old commune whose successor is missing from the current list', () => {
    expect(resolveAddress({ province: 'Gia Lai', district: 'Huyện Chư Prông', commune: 'Xã Ia Mơ' })).toMatchObject({
      ok: true,
      provinceCode: '52',
      communeProblem: expect.stringContaining('not in the current list'),
    });
  });

  it('fails on an unknown province', () => {
    expect(resolveAddress({ province: 'Narnia' }).ok).toBe(false);
  });
});
