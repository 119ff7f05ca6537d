import { describe, expect, it } from 'vitest';
import { communeByCode } from '../../../src/domain/admin-units.ts';
import { resolveRowAddress, type RowAddressInput } from '../../../src/registry/resolve-address.ts';

const row = (input: Partial<RowAddressInput>) => resolveRowAddress({ province: '', district: '', commune: '', ...input });
const communeName = (result: ReturnType<typeof resolveRowAddress>) =>
  result.ok && result.communeCode ? communeByCode(result.communeCode)?.fullName : undefined;

describe('resolveRowAddress with the address in one column', () => {
  it("places an old address in today's commune and keeps its administrative part as written", () => {
    const result = row({ address: 'Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông' });
    expect(result).toEqual({
      ok: true,
      provinceCode: '68',
      communeCode: '24722',
      asWritten: 'xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông',
      street: 'Thôn 3',
      from: { province: 'address', district: 'address', commune: 'address' },
      hints: [],
    });
    expect(communeName(result)).toBe('Xã Thuận Hạnh');
  });

  it('never puts the street part in the address as written', () => {
    const result = row({ address: '37 Nguyễn Văn Trỗi, phường Nghĩa Trung, thành phố Gia Nghĩa, tỉnh Đắk Nông' });
    expect(result).toMatchObject({
      ok: true,
      provinceCode: '68',
      asWritten: 'phường Nghĩa Trung, thành phố Gia Nghĩa, tỉnh Đắk Nông',
      street: '37 Nguyễn Văn Trỗi',
    });
    expect(communeName(result)).toBe('Phường Đông Gia Nghĩa');
  });

  it('keeps a post-2025 address as it is', () => {
    const result = row({ address: 'Thôn 10, xã Trường Xuân, tỉnh Lâm Đồng' });
    expect(result).toMatchObject({ ok: true, provinceCode: '68', communeCode: '24730', asWritten: 'xã Trường Xuân, tỉnh Lâm Đồng' });
    expect(communeName(result)).toBe('Xã Trường Xuân');
  });

  it.each([
    'xa Thuan Ha, huyen Dak Song, tinh Dak Nong',
    'THÔN 3, XÃ THUẬN HÀ, HUYỆN ĐẮK SONG, TỈNH ĐẮK NÔNG',
    'Thôn 3 - X.Thuận Hà - H.Đắk Song - T. Đắk Nông',
    'Thôn 3 xã Thuận Hà huyện Đắk Song tỉnh Đắk Nông',
    'Thôn 3, Thuận Hà, Đắk Song, Đắk Nông',
    'Thôn 3, Thuận Hà, Đắk Song, Lâm Đồng',
  ])('places "%s" in Xã Thuận Hạnh', (address) => {
    expect(row({ address })).toMatchObject({ ok: true, provinceCode: '68', communeCode: '24722' });
  });

  it('warns, keeping the province, about an old commune split between several new ones', () => {
    const result = row({ address: 'Ấp 3, xã Hòa Lộc, huyện Mỏ Cày Bắc, tỉnh Bến Tre' });
    expect(result).toMatchObject({
      ok: true,
      provinceCode: '86',
      communeProblem: expect.stringMatching(/split between several current communes \(Xã Tân Thành Bình, Xã Hoà Hiệp\)/),
    });
    if (result.ok) expect(result.communeCode).toBeUndefined();
  });

  it('warns about a commune name that existed in several old districts of the province', () => {
    expect(row({ address: 'Thôn 1, xã Tân Hà, tỉnh Bình Thuận' })).toMatchObject({
      ok: true,
      provinceCode: '68',
      communeProblem: '"Xã Tân Hà" existed in several old districts (Huyện Đức Linh, Huyện Hàm Tân); name the district',
    });
  });
});

const deployment = { value: 'Lâm Đồng', source: '--province' };

describe('resolveRowAddress for an address that names no province', () => {
  it("takes the deployment's province and says so", () => {
    expect(row({ address: 'Thôn 3, xã Thuận Hà, huyện Đắk Song', givenProvince: deployment })).toMatchObject({
      ok: true,
      provinceCode: '68',
      communeCode: '24722',
      asWritten: 'xã Thuận Hà, huyện Đắk Song',
      from: { province: 'given', district: 'address', commune: 'address' },
      hints: ['province from --province ("Lâm Đồng")'],
    });
    expect(row({ address: 'Thôn 3', givenProvince: { value: 'Lâm Đồng', source: 'OCOP_PROVINCE' } })).toMatchObject({
      hints: ['province from OCOP_PROVINCE ("Lâm Đồng")'],
    });
  });

  it('reads the parts without unit words in the given province', () => {
    expect(row({ address: 'Thôn 10, Trường Xuân', givenProvince: { value: 'Đắk Nông', source: 'the title (row 1)' } })).toMatchObject({
      ok: true,
      communeCode: '24730',
      asWritten: 'Trường Xuân',
      street: 'Thôn 10',
      hints: ['province from the title (row 1) ("Đắk Nông")'],
    });
  });

  it('takes the one province where its district existed', () => {
    expect(row({ address: 'Thôn 10, Trường Xuân, Đắk Song' })).toMatchObject({
      ok: true,
      communeCode: '24730',
      from: { province: 'inferred', district: 'address', commune: 'address' },
      hints: ['province from the district "Đắk Song", which existed only in Tỉnh Đắk Nông'],
    });
  });

  it('takes the one province where its commune existed', () => {
    expect(row({ address: 'Thôn 3, xã Thuận Hà' })).toMatchObject({
      ok: true,
      communeCode: '24722',
      hints: ['province from the commune "xã Thuận Hà", which existed only in Tỉnh Đắk Nông'],
    });
  });

  it('prefers a district that existed in only one other province to a deployment province that never had it', () => {
    expect(row({ address: 'Phường 7, Thành phố Bến Tre', givenProvince: deployment })).toMatchObject({
      ok: true,
      provinceCode: '86',
      communeCode: '28789',
      hints: ['province from the district "Thành phố Bến Tre", which existed only in Tỉnh Bến Tre, not in Lâm Đồng (--province)'],
    });
  });

  it('fails the row only when no province can be found at all', () => {
    expect(row({ address: 'Thôn 3' })).toEqual({ ok: false, problem: expect.stringContaining('no province') });
    expect(row({ province: 'Narnia' })).toEqual({ ok: false, problem: 'unknown province "Narnia"' });
  });
});

describe('resolveRowAddress with a heading above the row', () => {
  const heading = (value: string) => ({ value, source: 'the heading on row 14' });

  it('takes the district of the heading for a row that names none, and says which heading it was', () => {
    const result = row({ address: 'Thôn 1, xã Tân Hà', givenProvince: deployment, givenDistrict: heading('HUYỆN HÀM TÂN') });
    expect(result).toMatchObject({ ok: true, communeCode: '23236', from: { province: 'given', district: 'given', commune: 'address' } });
    if (result.ok) expect(result.hints).toEqual(['province from --province ("Lâm Đồng")', 'district from the heading on row 14 ("HUYỆN HÀM TÂN")']);
  });

  it("lets the row's own district win over the heading's", () => {
    const result = row({ address: 'Thôn 1, xã Tân Hà, huyện Đức Linh, tỉnh Bình Thuận', givenDistrict: heading('HUYỆN HÀM TÂN') });
    expect(result).toMatchObject({ ok: true, communeCode: '23227', hints: [] });
  });

  it("finds the province from the heading's district alone", () => {
    expect(row({ address: 'Thôn 3, xã Thuận Hà', givenDistrict: heading('Huyện Đắk Song') })).toMatchObject({
      ok: true,
      provinceCode: '68',
      communeCode: '24722',
      hints: [
        'province from the district "Huyện Đắk Song" (the heading on row 14), which existed only in Tỉnh Đắk Nông',
        'district from the heading on row 14 ("Huyện Đắk Song")',
      ],
    });
  });

  it("does not use a heading's district the province never had", () => {
    const result = row({ province: 'Hà Nội', commune: 'Xã Bát Tràng', givenDistrict: heading('Huyện Đắk Song') });
    expect(result).toMatchObject({ ok: true, communeCode: '00577' });
    if (result.ok) expect(result.hints).toEqual(['district "Huyện Đắk Song" (the heading on row 14) was no district of Hà Nội; not used']);
  });
});

describe('resolveRowAddress with a product code made of the old unit codes', () => {
  it('takes the commune from the code when the row names none', () => {
    expect(row({ address: 'Thôn 3', code: '83-829-28780-3-2022' })).toMatchObject({
      ok: true,
      provinceCode: '86',
      communeCode: '28789',
      asWritten: '',
      street: 'Thôn 3',
      from: { province: 'code', commune: 'code' },
      hints: [
        'province from the product code 83-829-28780-3-2022',
        'commune from the product code 83-829-28780-3-2022 (Phường 7, Thành phố Bến Tre, Tỉnh Bến Tre)',
      ],
    });
  });

  it("takes the code's province over a given one, and says so", () => {
    expect(row({ address: 'Thôn 3', code: '83-829-28780-3-2022', givenProvince: deployment })).toMatchObject({
      provinceCode: '86',
      hints: expect.arrayContaining(['province from the product code 83-829-28780-3-2022, not Lâm Đồng (--province)']),
    });
  });

  it('pins down a commune name shared by several old districts', () => {
    const result = row({ address: 'Thôn 1, xã Tân Hà, tỉnh Bình Thuận', code: '60-601-23257-4-2023' });
    expect(result).toMatchObject({
      ok: true,
      communeCode: '23236',
      hints: ['commune from the product code 60-601-23257-4-2023 (Xã Tân Hà, Huyện Hàm Tân, Tỉnh Bình Thuận)'],
    });
  });

  it('lets the address win over a code that names another commune, and says so', () => {
    const result = row({ address: 'xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông', code: '67-665-24730-4-2023' });
    expect(result).toMatchObject({ ok: true, communeCode: '24722' });
    if (result.ok) expect(result.hints[0]).toMatch(/names Xã Trường Xuân, Huyện Đắk Song, Tỉnh Đắk Nông, elsewhere than the address; the address wins/);
  });

  it('does not use a code from another province', () => {
    const result = row({ province: 'Hải Dương', district: 'Tứ Kỳ', commune: 'Xã Đại Sơn', code: '83-829-28780-3-2022' });
    expect(result).toMatchObject({ ok: true, provinceCode: '31', communeCode: '11086' });
    if (result.ok)
      expect(result.hints).toEqual([
        'the product code 83-829-28780-3-2022 names Phường 7, Thành phố Bến Tre, Tỉnh Bến Tre, outside Thành phố Hải Phòng; not used',
      ]);
  });

  it('ignores codes of another shape', () => {
    expect(row({ province: 'Hải Dương', district: 'Tứ Kỳ', commune: 'Xã Đại Sơn', code: 'HD-001' })).toMatchObject({ hints: [] });
  });
});

describe('resolveRowAddress with separate columns', () => {
  it('resolves the columns as before, keeping the Địa chỉ cell as the street part', () => {
    expect(row({ province: 'Hải Dương', district: 'Huyện Tứ Kỳ', commune: 'Xã Đại Sơn', address: 'Thôn Đông 2' })).toEqual({
      ok: true,
      provinceCode: '31',
      communeCode: '11086',
      asWritten: 'Xã Đại Sơn, Huyện Tứ Kỳ, Hải Dương',
      street: 'Thôn Đông 2',
      from: { province: 'cell', district: 'cell', commune: 'cell' },
      hints: [],
    });
  });

  it('keeps a street that shares a name with a unit whole when the columns name the commune', () => {
    expect(row({ province: 'Hải Dương', district: 'Tứ Kỳ', commune: 'Xã Đại Sơn', address: 'Thôn Đông 2, Long An' })).toMatchObject({
      street: 'Thôn Đông 2, Long An',
      hints: [],
    });
  });

  it('takes the parts the columns leave out from the Địa chỉ cell', () => {
    expect(row({ province: 'Đắk Nông', address: 'Thôn 3, xã Thuận Hà, huyện Đắk Song' })).toMatchObject({
      ok: true,
      communeCode: '24722',
      asWritten: 'xã Thuận Hà, huyện Đắk Song, Đắk Nông',
      street: 'Thôn 3',
      hints: [],
    });
  });

  it('lets the columns win over the Địa chỉ cell, and says where they disagree', () => {
    const result = row({ province: 'Tỉnh Đắk Nông', address: 'Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Lắk' });
    expect(result).toMatchObject({ ok: true, provinceCode: '68', communeCode: '24722' });
    if (result.ok) expect(result.hints).toEqual(['the address names province "tỉnh Đắk Lắk" but the province column says "Tỉnh Đắk Nông"; the column wins']);
  });

  it('gives the same answer for the same row again (answers are cached)', () => {
    const input = { address: 'Thôn 9, xã Trường Xuân, huyện Đắk Song, tỉnh Đắk Nông' };
    expect(row(input)).toEqual(row(input));
  });
});
