/**
 * Personal data typed into published cells, the ways people write it, never
 * reaches the registry the site is built from, nor the report kept beside a
 * release; the row it was in still publishes, and so does every other row.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData, publicContacts } from '../../src/domain/personal-data.ts';
import { importRegistry, type ImportReport } from '../../src/registry/import.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

const HEADER = 'Mã SP,Tên sản phẩm,Tên chủ thể,Loại hình,Hạng sao,Số QĐ,Ngày QĐ,Nhóm,Tỉnh,Xã,Địa chỉ,Vĩ độ,Kinh độ,SĐT,Email,Mô tả';
/** The probes that once reached the site, one per row, in descriptions, producer names and addresses. */
const PROBES = [
  '030 187 004 322',
  '030.187.004.323',
  'CCCD030187004324',
  'Số CMND 123 456 789',
  'Zalo0987654321',
  '84912345681',
  '+84 912 345 682',
  '0 912 345 682',
];

function row(code: string, cells: Partial<Record<'name' | 'producer' | 'type' | 'street' | 'phone' | 'email' | 'description', string>>): string {
  const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
  return [
    code,
    cells.name ?? `Mật ong ${code}`,
    cells.producer ?? `HTX Ong mật ${code}`,
    cells.type ?? 'HTX',
    '4',
    `${code}/QĐ-UBND`,
    '12/03/2025',
    'Mật ong',
    'Lâm Đồng',
    'Xã Trường Xuân',
    cells.street ?? 'Thôn 10',
    '11.81234',
    '107.61234',
    cells.phone ?? '0263 3822 111',
    cells.email ?? '',
    cells.description ?? '',
  ]
    .map(quote)
    .join(',');
}

let report: ImportReport;
let products: Product[];
let producers: Producer[];
let reportText: string;
let registryText: string;

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-pd-'));
  const rows = [
    ...PROBES.map((probe, i) => row(`PD-${i + 1}`, { description: `Mật ong rừng nguyên chất. Liên hệ ${probe} để đặt hàng.` })),
    row('PD-9', { producer: 'Hộ kinh doanh Lê Văn Tám ĐT: 0912 345 683', type: 'Hộ kinh doanh', street: 'Số 5, ngõ 3 (CCCD 030187004325)' }),
    // A sole trader named as a person, type left empty: a household, whose contacts stay private.
    row('PD-10', { producer: 'Nguyễn Văn Dũng', type: '', phone: '0912 345 684', email: 'dung.nguyen@example.vn', street: 'Số 12 đường Hùng Vương' }),
    // A row whose name is nothing but a phone cannot be published.
    row('PD-11', { name: '0912 345 685' }),
  ];
  const input = path.join(work, 'export.csv');
  await writeFile(input, `${HEADER}\n${rows.join('\n')}\n`);
  const outDir = path.join(work, 'out');
  report = await importRegistry({ input, asOf: '2026-11-23', outDir, reportFile: path.join(work, 'report.json') });
  products = JSON.parse(await readFile(path.join(outDir, 'products.json'), 'utf8')) as Product[];
  producers = JSON.parse(await readFile(path.join(outDir, 'producers.json'), 'utf8')) as Producer[];
  reportText = await readFile(path.join(work, 'report.json'), 'utf8');
  registryText = JSON.stringify([products, producers]);
});

describe('personal data in an export', () => {
  it('publishes every row whose name survives, with the personal values removed', () => {
    expect(report.counts.published).toBe(10);
    expect(report.counts.quarantined).toBe(1);
    const described = products.filter((p) => p.description);
    expect(described).toHaveLength(PROBES.length);
    for (const product of described) expect(product.description).toMatch(/^Mật ong rừng nguyên chất\. Liên hệ\s*để đặt hàng\.$/);
  });

  it('leaves no ID number, and no phone or email that is not a published contact, in the registry', () => {
    const allowed = publicContacts(producers);
    const leaks = findPersonalData(registryText).filter(
      (match) => !(match.kind !== 'id-number' && (allowed.phones.has(match.normalised) || allowed.emails.has(match.normalised))),
    );
    expect(leaks.map((m) => m.text)).toEqual([]);
  });

  it('treats a producer named as a person, type left empty, as a household: no phone, email, street or exact position', () => {
    const dung = producers.find((p) => p.name === 'Nguyễn Văn Dũng')!;
    expect(dung.type).toBe('household');
    expect(dung.contact).toBeUndefined();
    expect(dung.address.street).toBeUndefined();
    expect(dung.location).toEqual({ lat: 11.81, lon: 107.61 });
    expect(registryText).not.toContain('dung.nguyen@example.vn');
  });

  it('strips a phone from a producer name and an ID number from a street, and says so in the report, masked', () => {
    const tam = producers.find((p) => p.name.startsWith('Hộ kinh doanh Lê Văn Tám'))!;
    expect(tam.name).toBe('Hộ kinh doanh Lê Văn Tám');
    const removed = report.warnings.filter((w) => w.code === 'personal-data-removed');
    expect(removed.length).toBeGreaterThanOrEqual(PROBES.length + 2);
    expect(removed.every((w) => /…/.test(w.reason))).toBe(true);
  });

  it('quarantines a row whose name is nothing but a phone number, naming the column', () => {
    expect(report.quarantined).toEqual([expect.objectContaining({ column: 'Tên sản phẩm', code: 'personal-data-removed' })]);
  });

  it('keeps the report itself free of the values it removed', () => {
    expect(findPersonalData(reportText).filter((m) => m.kind === 'id-number')).toEqual([]);
    for (const probe of ['030187004322', '0987654321', '912345682']) expect(reportText.replace(/\D/g, '')).not.toContain(probe);
  });
});
