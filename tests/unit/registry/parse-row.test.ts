import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../src/registry/headers.ts';
import { parseRow } from '../../../src/registry/parse-row.ts';

const HEADER = [
  'Ảnh',
  'Mã SP',
  'Tên sản phẩm',
  'Tên chủ thể',
  'Loại hình',
  'Hạng sao',
  'Điểm',
  'Số QĐ',
  'Ngày QĐ',
  'Ngày hết hạn',
  'Trạng thái',
  'Ngày thu hồi',
  'Lý do thu hồi',
  'Nhóm',
  'Tỉnh',
  'Huyện',
  'Xã',
  'Vĩ độ',
  'Kinh độ',
  'Website',
  'Link TMĐT',
  'Mô tả',
];
const map = mapHeaders(HEADER);

function row(values: Partial<Record<(typeof HEADER)[number], string>>, number = 2) {
  const base: Record<string, string> = {
    'Mã SP': 'HD-001',
    'Tên sản phẩm': 'Bánh gai Tứ Kỳ',
    'Tên chủ thể': 'Cơ sở Bánh gai Hương Quê',
    'Loại hình': 'Hộ kinh doanh',
    'Hạng sao': '4 sao',
    Điểm: '78',
    'Số QĐ': '512/QĐ-UBND',
    'Ngày QĐ': '20/05/2024',
    Nhóm: 'Chế biến từ gạo, ngũ cốc',
    Tỉnh: 'Hải Dương',
    Huyện: 'Huyện Tứ Kỳ',
    Xã: 'Xã Đại Sơn',
  };
  const cells = { ...base, ...values };
  return parseRow({ row: number, cells: HEADER.map((h) => cells[h] ?? '') }, map);
}

describe('parseRow', () => {
  it('turns a good row into a record with current units and the address as written', () => {
    const parsed = row({});
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toMatchObject({
      code: 'HD-001',
      category: 'I.3.b',
      producerType: 'household',
      certificate: { stars: 4, score: 78, decisionDate: '2024-05-20', expiresOn: '2027-05-20', status: 'active' },
      address: { provinceCode: '31', communeCode: '11086', asWritten: 'Xã Đại Sơn, Huyện Tứ Kỳ, Hải Dương' },
    });
  });

  it('lets an explicit expiry win over the computed one', () => {
    const parsed = row({ 'Ngày hết hạn': '30/06/2026' });
    expect(parsed.ok && parsed.record.certificate.expiresOn).toBe('2026-06-30');
  });

  it('collects every error in a row, each with row number and column', () => {
    const parsed = row({ 'Tên sản phẩm': '', 'Ngày QĐ': '31/02/2025', Nhóm: 'Đồ điện gia dụng', 'Hạng sao': '4', Điểm: '62' }, 17);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [17, 'Tên sản phẩm'],
      [17, 'Điểm'],
      [17, 'Ngày QĐ'],
      [17, 'Nhóm'],
    ]);
  });

  it('refuses a product with fewer than 3 stars', () => {
    const parsed = row({ 'Hạng sao': '2 sao', Điểm: '' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.reason).toMatch(/no OCOP certificate/);
  });

  it('quarantines a point outside Vietnam and fixes a swapped pair with a warning', () => {
    expect(row({ 'Vĩ độ': '35.68', 'Kinh độ': '139.69' }).ok).toBe(false);
    const swapped = row({ 'Vĩ độ': '106,40', 'Kinh độ': '20,82' });
    expect(swapped.ok && swapped.record.location).toEqual({ lat: 20.82, lon: 106.4 });
    expect(swapped.warnings.map((w) => w.column)).toEqual(['Vĩ độ']);
  });

  it('publishes a row whose commune cannot be found, with a warning', () => {
    const parsed = row({ Xã: 'Xã Không Có Thật' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.address.communeCode).toBeUndefined();
    expect(parsed.record.address.asWritten).toContain('Xã Không Có Thật');
    expect(parsed.warnings[0]).toMatchObject({ column: 'Xã' });
  });

  it('quarantines an unknown province', () => {
    const parsed = row({ Tỉnh: 'Narnia', Huyện: '', Xã: '' });
    expect(parsed.ok).toBe(false);
  });

  it('treats a revocation date as a revocation even when the status cell says nothing', () => {
    const parsed = row({ 'Ngày thu hồi': '15/03/2026' });
    expect(parsed.ok && parsed.record.certificate).toMatchObject({ status: 'revoked', revokedOn: '2026-03-15' });
  });

  it("publishes a revocation's reason with the revocation, and never a reason written on a certificate in force", () => {
    const revoked = row({ 'Trạng thái': 'Đã thu hồi', 'Ngày thu hồi': '15/03/2026', 'Lý do thu hồi': 'Vi phạm quy định về an toàn thực phẩm' });
    expect(revoked.ok && revoked.record.certificate).toMatchObject({ status: 'revoked', revocationReason: 'Vi phạm quy định về an toàn thực phẩm' });
    const inForce = row({ 'Trạng thái': 'Còn hiệu lực', 'Lý do thu hồi': 'Đang xem xét thu hồi' });
    expect(inForce.ok && inForce.record.certificate.revocationReason).toBe(undefined);
  });

  it("removes a person's phone from a revocation's reason, with a warning naming the column", () => {
    const parsed = row({ 'Ngày thu hồi': '15/03/2026', 'Lý do thu hồi': 'Ngừng sản xuất, liên hệ chủ hộ 0912 345 678' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.certificate.revocationReason).toBe('Ngừng sản xuất, liên hệ chủ hộ');
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'personal-data-removed', column: 'Lý do thu hồi' }));
  });

  it('keeps http(s) links only and names the shop platform', () => {
    const parsed = row({ Website: 'javascript:alert(1)', 'Link TMĐT': 'shopee.vn/banhgai; ftp://x.vn' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.website).toBeUndefined();
    expect(parsed.record.ecommerce).toEqual([{ label: 'Shopee', url: 'https://shopee.vn/banhgai' }]);
    expect(parsed.warnings.map((w) => w.column)).toEqual(['Link TMĐT', 'Website']);
  });

  it('accepts a photo file name or an http(s) link and refuses paths and other files', () => {
    const photo = row({ Ảnh: 'banh-gai.webp' });
    expect(photo.ok && photo.record.image).toBe('banh-gai.webp');
    for (const bad of ['../secret.jpg', 'images/a.jpg', 'tool.exe', 'javascript:alert(1)']) {
      const parsed = row({ Ảnh: bad });
      expect(parsed.ok && parsed.record.image, bad).toBeUndefined();
      expect(
        parsed.warnings.map((w) => w.column),
        bad,
      ).toEqual(['Ảnh']);
    }
  });

  it('strips HTML from descriptions', () => {
    const parsed = row({ 'Mô tả': '<p>Bánh <b>ngon</b></p><script>alert(1)</script>' });
    expect(parsed.ok && parsed.record.description).toBe('Bánh ngon');
  });
});
