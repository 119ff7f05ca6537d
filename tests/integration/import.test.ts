import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importRegistry, type ImportReport } from '../../src/registry/import.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { registryMeta } from '../../src/schemas/meta.ts';
import { producer as producerSchema } from '../../src/schemas/producer.ts';
import { product as productSchema, type Product } from '../../src/schemas/product.ts';
import { toWindows1258 } from '../fixtures/registry/windows-1258.ts';

const FIXTURE_DIR = path.resolve('tests/fixtures/registry');
const AS_OF = '2026-11-23';

let work: string;
let csvText: string;

async function run(input: string, name = path.basename(input)) {
  const outDir = path.join(work, `out-${name}`);
  const reportFile = path.join(work, `report-${name}.json`);
  const report = await importRegistry({ input, asOf: AS_OF, outDir, reportFile });
  const products = JSON.parse(await readFile(path.join(outDir, 'products.json'), 'utf8')) as Product[];
  return { report, outDir, reportFile, products };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ocop-import-'));
  csvText = await readFile(path.join(FIXTURE_DIR, 'small.csv'), 'utf8');
  // Every format variant sits beside the same images/ folder.
  await cp(path.join(FIXTURE_DIR, 'images'), path.join(work, 'images'), { recursive: true });
  await cp(path.join(FIXTURE_DIR, 'small.csv'), path.join(work, 'small.csv'));
});

describe('importing a small CSV export', () => {
  let report: ImportReport;
  let products: Product[];
  let outDir: string;

  beforeAll(async () => {
    ({ report, products, outDir } = await run(path.join(work, 'small.csv')));
  });

  it('accounts for every non-blank row exactly once', () => {
    const c = report.counts;
    expect(c.rows).toBe(12);
    expect(c.published + c.expired + c.revoked + c.superseded + c.quarantined).toBe(c.rows);
    expect(c).toMatchObject({ published: 5, pending: 1, expired: 1, revoked: 1, superseded: 1, quarantined: 4 });
  });

  it('names each quarantined row by its spreadsheet row number and column', () => {
    expect(report.quarantined.map((q) => [q.row, q.column])).toEqual([
      [10, 'Ngày cấp'],
      [11, 'Điểm'],
      [12, 'Bộ sản phẩm'],
      [12, 'Vĩ độ'],
      [13, 'Tên SP'],
    ]);
  });

  it('keeps the latest decision and reports the older row as superseded', () => {
    expect(report.superseded).toEqual([{ row: 3, by: 2 }]);
    const banhGai = products.find((p) => p.code === 'HD-001');
    expect(banhGai?.certificate).toMatchObject({ stars: 4, decisionDate: '2024-05-20' });
  });

  it('reports expired and revoked products and still writes them, for old links', () => {
    expect(report.withdrawn).toEqual([
      { id: 'khoai-deo-vinh-linh-qt-001', row: 6, reason: 'expired', since: '2026-05-11' },
      { id: 'ruou-can-mang-yang-gl-001', row: 7, reason: 'revoked', since: '2026-03-15' },
    ]);
    expect(products.map((p) => p.id)).toEqual(expect.arrayContaining(['khoai-deo-vinh-linh-qt-001', 'ruou-can-mang-yang-gl-001']));
  });

  it('writes products and producers the public schemas accept, sorted by id', async () => {
    const producers = JSON.parse(await readFile(path.join(outDir, 'producers.json'), 'utf8')) as Array<{ id: string }>;
    for (const product of products) expect(productSchema.safeParse(product).success, product.id).toBe(true);
    for (const producer of producers) expect(producerSchema.safeParse(producer).success, producer.id).toBe(true);
    expect(products.map((p) => p.id)).toEqual([...products.map((p) => p.id)].sort());
    expect(producers.map((p) => p.id)).toEqual([...producers.map((p) => p.id)].sort());
    expect(new Set(products.map((p) => p.producerId)).size).toBeLessThanOrEqual(producers.length);
  });

  it('resolves old units to current ones and keeps the address as written', () => {
    const fishSauce = products.find((p) => p.code === 'AG-001');
    expect(fishSauce?.address).toMatchObject({ provinceCode: '91', asWritten: 'Xã Hàm Ninh, TP Phú Quốc, Kiên Giang' });
    expect(fishSauce?.address.street).toBe('Tổ 4');
  });

  it('copies photos named in the export and reports the ones it cannot find', async () => {
    expect(await readdir(path.join(outDir, 'images'))).toEqual(['banh-gai.jpg']);
    expect(products.find((p) => p.code === 'HD-001')?.image).toBe('banh-gai.jpg');
    // A link that cannot be fetched (the .invalid host never resolves) leaves the placeholder and a warning.
    expect(products.find((p) => p.code === 'DL-001')?.image).toBeUndefined();
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ row: 4, column: 'Ảnh', reason: expect.stringContaining('https://anh.example.invalid/ca-phe.jpg') }),
    );
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, column: 'Ảnh', reason: expect.stringContaining('mat-ong.jpg') }));
  });

  it('writes meta.json with the as-of date, the source and the counts', async () => {
    const meta = JSON.parse(await readFile(path.join(outDir, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ asOf: AS_OF, source: { file: 'small.csv', rows: 12 }, exportDate: null, counts: { published: 5 } });
    expect(meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(registryMeta.parse(meta)).toEqual(meta); // every field is one the schema documents
  });
});

describe('reading other formats of the same export', () => {
  const reference = async () => (await run(path.join(work, 'small.csv'), 'reference')).outDir;

  async function sameContent(input: string): Promise<void> {
    const expected = await reference();
    const { outDir } = await run(input);
    for (const file of ['products.json', 'producers.json']) {
      expect(await readFile(path.join(outDir, file), 'utf8'), file).toBe(await readFile(path.join(expected, file), 'utf8'));
    }
  }

  it('reads an XLSX spreadsheet', async () => {
    const rows = parseCsv(csvText);
    const file = path.join(work, 'small.xlsx');
    await writeXlsxFile(
      rows.map((row) => row.map((value) => ({ value, type: String }))),
      {},
    ).toFile(file);
    await sameContent(file);
  });

  it('reads a CSV in the Windows-1258 code page', async () => {
    // The code page has no ★, so that one row says "5 sao" instead.
    const file = path.join(work, 'small-1258.csv');
    await writeFile(file, iconv.encode(toWindows1258(csvText.replace('★★★★★', '5 sao')), 'windows-1258'));
    const { report } = await run(file);
    expect(report.source.encoding).toBe('windows-1258');
    await sameContent(file);
  });

  it('reads a UTF-8 CSV with a byte order mark', async () => {
    const file = path.join(work, 'small-bom.csv');
    await writeFile(file, `\uFEFF${csvText}`);
    await sameContent(file);
  });

  it('reads a JSON array of rows', async () => {
    const [header, ...rows] = parseCsv(csvText);
    const records = rows.filter((r) => r.some(Boolean)).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
    const file = path.join(work, 'small.json');
    await writeFile(file, JSON.stringify(records));
    const { report } = await run(file);
    // The JSON has no blank row, so rows after it move up by one; the products do not change.
    expect(report.counts).toMatchObject({ rows: 12, published: 5, quarantined: 4 });
    const expected = JSON.parse(await readFile(path.join(await reference(), 'products.json'), 'utf8')) as Product[];
    const actual = JSON.parse(await readFile(path.join(work, 'out-small.json', 'products.json'), 'utf8')) as Product[];
    const withoutRow = (list: Product[]) => list.map(({ sourceRow: _row, ...rest }) => rest);
    expect(withoutRow(actual)).toEqual(withoutRow(expected));
  });
});

describe('determinism and failures', () => {
  it('writes byte-identical files for the same input twice', async () => {
    const first = await run(path.join(work, 'small.csv'), 'first');
    const second = await run(path.join(work, 'small.csv'), 'second');
    for (const file of ['products.json', 'producers.json', 'meta.json']) {
      expect(await readFile(path.join(second.outDir, file))).toEqual(await readFile(path.join(first.outDir, file)));
    }
    expect(await readFile(second.reportFile)).toEqual(await readFile(first.reportFile));
  });

  it('stops on a missing required column, naming it, and writes nothing', async () => {
    const file = path.join(work, 'no-stars.csv');
    const [header, ...rows] = parseCsv(csvText);
    const drop = header!.indexOf('Số sao');
    await writeFile(
      file,
      [header!, ...rows]
        .map((r) =>
          r
            .filter((_, i) => i !== drop)
            .map((v) => JSON.stringify(v))
            .join(','),
        )
        .join('\n'),
    );
    const outDir = path.join(work, 'out-no-stars');
    const reportFile = path.join(work, 'report-no-stars.json');
    const attempt = importRegistry({ input: file, asOf: AS_OF, outDir, reportFile });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(/Hạng sao/);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(reportFile)).toBe(false);
  });

  it('stops on a file it cannot read', async () => {
    const outDir = path.join(work, 'out-missing');
    await expect(importRegistry({ input: path.join(work, 'nope.csv'), asOf: AS_OF, outDir, reportFile: path.join(work, 'r.json') })).rejects.toBeInstanceOf(
      ImportError,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('rejects an as-of date that is not YYYY-MM-DD', async () => {
    await expect(
      importRegistry({ input: path.join(work, 'small.csv'), asOf: '23/11/2026', outDir: path.join(work, 'x'), reportFile: path.join(work, 'x.json') }),
    ).rejects.toBeInstanceOf(ImportError);
  });
});
