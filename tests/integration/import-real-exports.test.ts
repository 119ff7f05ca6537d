/**
 * The import on real provincial lists (tests/fixtures/real-exports/, sources in
 * its README): every product row is found, title lines, headings and totals are
 * skipped and counted apart, and each product lands in its current province and
 * commune with its stars and category, as expected.json says.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRegistry, type ImportReport } from '../../src/registry/import.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';
import { isWithin } from '../../src/domain/taxonomy.ts';

const FIXTURES = path.resolve('tests/fixtures/real-exports');

interface ExpectedRow {
  row: number;
  name: string;
  producer: string;
  stars: number;
  province: { code: string };
  commune: { code: string | null; split?: boolean };
  category: { key: string; resolvesToSet: string | null };
}
interface ExpectedFile {
  productRows: number;
  sameRowsAs?: string;
  decisionFromTitle?: { number: string; date: string; issuer: string } | null;
  nonProductRows?: Array<{ row: number; kind: string }>;
  rows?: ExpectedRow[];
}

const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> };

interface Imported {
  report: ImportReport;
  products: Product[];
  producers: Map<string, Producer>;
}

/**
 * Most of these lists name no decision (press reports rarely print one): `facts`
 * gives a decision on the command line, as an office may, so that every row is
 * published and its placement can be checked; rows that name their own keep it.
 */
async function importFixture(file: string, facts: { decision?: string; decisionDate?: string } = {}): Promise<Imported> {
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-real-'));
  const report = await importRegistry({
    input: path.join(FIXTURES, file),
    asOf: '2026-11-23',
    outDir: path.join(work, 'out'),
    reportFile: path.join(work, 'report.json'),
    ...facts,
  });
  const products = JSON.parse(await readFile(path.join(work, 'out', 'products.json'), 'utf8')) as Product[];
  const producers = JSON.parse(await readFile(path.join(work, 'out', 'producers.json'), 'utf8')) as Producer[];
  return { report, products, producers: new Map(producers.map((p) => [p.id, p])) };
}

/** The rows of a file, or of the file it repeats cell for cell (the XLSX of a CSV). */
function rowsOf(name: string): ExpectedRow[] {
  const file = expected.files[name]!;
  return file.rows ?? expected.files[file.sameRowsAs!]!.rows!;
}

describe.each(Object.keys(expected.files))('importing the real list %s', (name) => {
  const file = expected.files[name]!;
  let imported: Imported;
  let withDecision: Imported;
  beforeAll(async () => {
    imported = await importFixture(name);
    withDecision = await importFixture(name, { decision: '1/QĐ-KIEMTRA', decisionDate: '01/01/2025' });
  });

  it('finds every product row and accounts for each once', () => {
    const c = imported.report.counts;
    expect(c.rows).toBe(file.productRows);
    expect(c.published + c.expired + c.revoked + c.superseded + c.quarantined).toBe(c.rows);
  });

  it('skips the title lines, headings and totals, never quarantining them as products', () => {
    const skippedKinds = ['title', 'section', 'total', 'column-numbers'];
    const nonProduct = (file.nonProductRows ?? expected.files[file.sameRowsAs!]?.nonProductRows ?? []).filter((r) => skippedKinds.includes(r.kind));
    const skipped = imported.report.skipped.filter((r) => r.kind !== 'blank');
    expect(skipped.map(({ row, kind }) => ({ row, kind }))).toEqual(nonProduct.map(({ row, kind }) => ({ row, kind })));
    const quarantinedRows = new Set(imported.report.quarantined.map((issue) => issue.row));
    for (const row of nonProduct) expect(quarantinedRows.has(row.row)).toBe(false);
  });

  it('places each product in its current province and, where the old commune maps to one, its current commune', () => {
    const bySourceRow = new Map(withDecision.products.map((p) => [p.sourceRow, p]));
    const misplaced: string[] = [];
    for (const row of rowsOf(name)) {
      const product = bySourceRow.get(row.row);
      if (!product) continue; // quarantined for its own reasons (no decision): checked by the report test below
      if (product.address.provinceCode !== row.province.code)
        misplaced.push(`row ${row.row}: province ${product.address.provinceCode}, expected ${row.province.code}`);
      if (row.commune.code && !row.commune.split && product.address.communeCode !== row.commune.code) {
        misplaced.push(`row ${row.row}: commune ${product.address.communeCode ?? 'none'}, expected ${row.commune.code}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('keeps the name, producer and stars of each product as the list has them', () => {
    const bySourceRow = new Map(withDecision.products.map((p) => [p.sourceRow, p]));
    for (const row of rowsOf(name)) {
      const product = bySourceRow.get(row.row);
      if (!product) continue;
      expect({
        row: row.row,
        name: product.name,
        producer: withDecision.producers.get(product.producerId)?.name.toLowerCase(),
        stars: product.certificate.stars,
      }).toEqual({
        row: row.row,
        name: row.name,
        producer: expect.stringMatching(/./),
        stars: row.stars,
      });
    }
  });

  it('publishes a sector-only or group-only category under the level the list names, or a set the name implies, with a warning', () => {
    const bySourceRow = new Map(withDecision.products.map((p) => [p.sourceRow, p]));
    const inferred = new Set(withDecision.report.warnings.filter((w) => w.code === 'inferred-set').map((w) => w.row));
    for (const row of rowsOf(name)) {
      const product = bySourceRow.get(row.row);
      if (!product) continue;
      const named = row.category.resolvesToSet ?? row.category.key;
      if (product.category === named) continue;
      // Placed further by the product's name (within the level named, or where QĐ 26/2026 moved coffee and tea): always said.
      expect([row.row, inferred.has(row.row)]).toEqual([row.row, true]);
      expect([row.row, isWithin(product.category, named) || /^I\.[56]/.test(product.category)]).toEqual([row.row, true]);
    }
  });

  it('quarantines only rows that lack a decision or whose stars are unclear, saying so', () => {
    const unclearStars = new Set(
      rowsOf(name)
        .filter((row) => 'starsNote' in row)
        .map((row) => row.row),
    );
    for (const issue of imported.report.quarantined)
      expect(['no-decision', 'no-date', ...(unclearStars.has(issue.row) ? ['unknown-stars'] : [])]).toContain(issue.code);
    const withDecisionQuarantined = new Set(withDecision.report.quarantined.map((issue) => issue.row));
    expect(withDecisionQuarantined).toEqual(unclearStars);
    if (file.decisionFromTitle) {
      expect(imported.report.counts.quarantined).toBe(0);
      for (const product of imported.products) {
        expect(product.certificate).toMatchObject({ decisionNumber: file.decisionFromTitle.number, decisionDate: file.decisionFromTitle.date });
      }
    }
  });
});
