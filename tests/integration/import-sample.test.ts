import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRegistry, type ImportReport } from '../../src/registry/import.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { sectorKeyOf } from '../../src/domain/taxonomy.ts';
import { PRODUCER_TYPES, type Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

const SAMPLE = path.resolve('content/sources/sample-registry.csv');
const AS_OF = '2026-11-23';
// Columns of the sample that are not in the public contract and must never come out.
const PRIVATE_COLUMNS = ['Số CCCD', 'SĐT cá nhân', 'Ghi chú nội bộ'];

let outDir: string;
let reportFile: string;
let report: ImportReport;
let products: Product[];
let producers: Producer[];

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-sample-'));
  outDir = path.join(work, 'registry');
  reportFile = path.join(work, 'report.json');
  report = await importRegistry({ input: SAMPLE, asOf: AS_OF, outDir, reportFile });
  products = JSON.parse(await readFile(path.join(outDir, 'products.json'), 'utf8'));
  producers = JSON.parse(await readFile(path.join(outDir, 'producers.json'), 'utf8'));
});

describe('the bundled sample registry', () => {
  it('has about 150 rows, most of them valid on the sample date', () => {
    expect(report.counts.rows).toBeGreaterThanOrEqual(140);
    expect(report.counts.published / report.counts.rows).toBeGreaterThan(0.8);
  });

  it('holds every case the importer must handle', () => {
    const c = report.counts;
    for (const key of ['pending', 'expired', 'revoked', 'superseded', 'quarantined'] as const) expect(c[key], key).toBeGreaterThan(0);
  });

  it('spans at least 8 provinces, all six sectors, every producer type and a few 5-star products', () => {
    expect(new Set(products.map((p) => p.address.provinceCode)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(products.map((p) => sectorKeyOf(p.category)))).toEqual(new Set(['I', 'II', 'III', 'IV', 'V', 'VI']));
    expect(new Set(producers.map((p) => p.type))).toEqual(new Set(PRODUCER_TYPES));
    const fiveStar = products.filter((p) => p.certificate.stars === 5).length;
    expect(fiveStar).toBeGreaterThanOrEqual(3);
    expect(fiveStar).toBeLessThan(10);
  });

  it('publishes the rows that name only a sector or a group, placed as far as the cell and the product name tell, each with a warning', () => {
    const byCode = new Map(products.map((p) => [p.code, p]));
    const codes = ['LD-101', 'LD-102', 'LD-103', 'LD-104', 'LD-105', 'LD-106'];
    expect(Object.fromEntries(codes.map((code) => [code, byCode.get(code)?.category]))).toEqual({
      'LD-101': 'I.6', // "Thực phẩm", "Cà phê bột …": the set from the name
      'LD-102': 'I.5.a', // "Đồ uống", "Trà Ô long …": QĐ 26/2026 classes tea as food
      'LD-103': 'I', // "Thực phẩm", no keyword decides
      'LD-104': 'IV', // "Thủ công mỹ nghệ", no keyword decides
      'LD-105': 'I.3', // "Thực phẩm chế biến", the group only
      'LD-106': 'II.1.b', // "Đồ uống", "Rượu vang …"
    });
    const rowsWarned = new Set(report.warnings.filter((w) => w.column === 'Nhóm SP').map((w) => w.row));
    for (const code of codes) expect(rowsWarned.has(byCode.get(code)!.sourceRow), code).toBe(true);
  });

  it('has decisions from before and after the July 2025 reform', () => {
    const dates = products.map((p) => p.certificate.decisionDate);
    expect(dates.some((d) => d < '2025-07-01')).toBe(true);
    expect(dates.some((d) => d >= '2025-07-01')).toBe(true);
  });

  it('gives every product an id built from its name and XX-NNN code', () => {
    for (const product of products) {
      expect(product.code).toMatch(/^[A-Z]{2}-\d{3}$/);
      expect(product.id.endsWith(`-${product.code!.toLowerCase()}`)).toBe(true);
    }
  });

  it('gives some products an English name and description beside the Vietnamese ones', () => {
    const english = products.filter((p) => p.nameEn);
    expect(english.length).toBeGreaterThanOrEqual(5);
    expect(english.length).toBeLessThan(products.length / 2);
    expect(products.filter((p) => p.descriptionEn).length).toBeGreaterThanOrEqual(3);
    expect(report.columns.mapped).toMatchObject({ nameEn: 'Tên tiếng Anh', descriptionEn: 'Mô tả tiếng Anh' });
    const cake = products.find((p) => p.code === 'HD-001');
    expect(cake).toMatchObject({ name: 'Bánh gai Tứ Kỳ', nameEn: 'Tu Ky ramie leaf cake' });
  });

  it('ships the photos it names', async () => {
    const images = await readdir(path.join(outDir, 'images'));
    expect(images.length).toBeGreaterThanOrEqual(10);
    for (const product of products) if (product.image && !product.image.startsWith('http')) expect(images).toContain(product.image);
  });
});

describe('privacy', () => {
  it('lets no value of an ignored column appear anywhere in the output or the report', async () => {
    const [header, ...rows] = parseCsv(await readFile(SAMPLE, 'utf8'));
    const columns = PRIVATE_COLUMNS.map((name) => header!.indexOf(name));
    expect(columns.every((i) => i >= 0)).toBe(true);
    const secrets = new Set(rows.flatMap((row) => columns.map((i) => row[i]?.trim() ?? '')).filter((v) => v.length >= 6));
    expect(secrets.size).toBeGreaterThan(50);
    const published = [
      await readFile(path.join(outDir, 'products.json'), 'utf8'),
      await readFile(path.join(outDir, 'producers.json'), 'utf8'),
      await readFile(path.join(outDir, 'meta.json'), 'utf8'),
      await readFile(reportFile, 'utf8'),
    ].join('\n');
    const leaked = [...secrets].filter((secret) => published.includes(secret));
    expect(leaked).toEqual([]);
  });

  it('publishes a household’s phone only when the export marks contacts public', () => {
    const households = producers.filter((p) => p.type === 'household');
    expect(households.length).toBeGreaterThan(5);
    const withContact = households.filter((p) => p.contact);
    expect(withContact.length).toBeLessThan(households.length);
    for (const p of households.filter((h) => !h.contact)) expect(p.address.street).toBeUndefined();
  });
});

describe('the XLSX copy of the sample', () => {
  it('gives the same products and producers as the CSV', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ocop-sample-xlsx-'));
    await importRegistry({
      input: path.resolve('content/sources/sample-registry.xlsx'),
      asOf: AS_OF,
      outDir: work,
      reportFile: path.join(work, '..', `${path.basename(work)}.json`),
    });
    for (const file of ['products.json', 'producers.json']) {
      expect(await readFile(path.join(work, file), 'utf8'), file).toBe(await readFile(path.join(outDir, file), 'utf8'));
    }
  });
});
