/**
 * The registry import: one provincial or national export in, the public
 * registry (products, producers, meta, photos) and a report out. Each step is its
 * own module; this function is their table of contents.
 */
import { product as productSchema } from '../schemas/product.ts';
import { producer as producerSchema, type Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import { isIsoDate, todayInVietnam } from '../domain/dates.ts';
import { tallyCertificates } from './certificate-status.ts';
import { ImportError, type RowIssue } from './errors.ts';
import { FIELDS, mapHeaders, type ColumnMap } from './headers.ts';
import { keepLatestDecisions, type IdentifiedRecord } from './identity.ts';
import { planImages } from './images.ts';
import { parseRow, type RegistryRecord } from './parse-row.ts';
import { toPublicProducer, toPublicProduct } from './privacy.ts';
import { readSource, type SourceTable } from './read-source.ts';
import { sortReportLists, type ImportReport } from './report.ts';
import { writeJsonFile, writeRegistry } from './write-output.ts';

export { ImportError } from './errors.ts';
export type { ImportReport } from './report.ts';

export const DEFAULT_OUT_DIR = 'content/registry';
export const DEFAULT_REPORT_FILE = 'reports/import-report.json';

export interface ImportOptions {
  /** The export file (.csv, .xlsx or .json). */
  input: string;
  /** Date the certificate rules are applied on; default today in Vietnam. */
  asOf?: string;
  /** Folder for the public registry; default `content/registry`. */
  outDir?: string;
  /** Where the JSON report goes; default `reports/import-report.json`. */
  reportFile?: string;
}

export async function importRegistry(options: ImportOptions): Promise<ImportReport> {
  const asOf = options.asOf ?? todayInVietnam();
  if (!isIsoDate(asOf)) throw new ImportError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const reportFile = options.reportFile ?? DEFAULT_REPORT_FILE;

  const source = await readSource(options.input); // 1. read and decode the file
  const columns = requireColumns(source); // 2. find the columns; stop if a required one is missing
  const { records, quarantined, warnings } = parseRows(source, columns); // 3. parse, validate, classify, resolve addresses
  const { winners, superseded } = keepLatestDecisions(records); // 4. one product per identity: the latest decision
  const imageColumn = columns.headers.image ?? FIELDS.image.label;
  const images = planImages(winners, options.input, imageColumn); // 5. photos from images/ beside the export
  const { products, producers, rejected } = publish(winners, images.imageOf); // 6. public fields only, checked by the schema
  const tally = tallyCertificates(products, asOf); // 7. certificate rules on the as-of date, for the report

  const report = sortReportLists({
    asOf,
    source: { file: source.file, sha256: source.sha256, bytes: source.bytes, rows: source.rows.length, encoding: source.encoding },
    counts: {
      rows: source.rows.length,
      published: tally.published,
      pending: tally.pending,
      expired: tally.expired,
      revoked: tally.revoked,
      superseded: superseded.length,
      quarantined: quarantined.rows + rejected.rows,
      warnings: warnings.length + images.warnings.length,
    },
    output: { products: products.length, producers: producers.length, images: images.files.length },
    columns: { mapped: { ...columns.headers }, ignored: columns.ignored },
    withdrawn: tally.withdrawn,
    quarantined: [...quarantined.issues, ...rejected.issues],
    superseded,
    warnings: [...warnings, ...images.warnings],
  });
  const meta = {
    asOf,
    source: { file: source.file, sha256: source.sha256, bytes: source.bytes, rows: source.rows.length },
    exportDate: null,
    counts: { ...report.counts, products: products.length, producers: producers.length },
  };

  // 8. write the public registry in one swap, then the report
  await writeRegistry(outDir, {
    files: { 'products.json': products, 'producers.json': producers, 'meta.json': meta },
    images: { sourceDir: images.sourceDir, names: images.files },
  });
  await writeJsonFile(reportFile, report);
  return report;
}

function requireColumns(source: SourceTable): ColumnMap {
  const columns = mapHeaders(source.header);
  if (columns.missing.length > 0) {
    const missing = columns.missing.map((field) => `${FIELDS[field].label} (${field})`).join(', ');
    throw new ImportError(
      `"${source.file}" lacks required column(s): ${missing}. Columns found: ${source.header.filter((h) => h.trim()).join(', ')}`,
    );
  }
  return columns;
}

function parseRows(source: SourceTable, columns: ColumnMap) {
  const records: RegistryRecord[] = [];
  const quarantined = { rows: 0, issues: [] as RowIssue[] };
  const warnings: RowIssue[] = [];
  for (const row of source.rows) {
    const parsed = parseRow(row, columns);
    warnings.push(...parsed.warnings);
    if (parsed.ok) records.push(parsed.record);
    else {
      quarantined.rows++;
      quarantined.issues.push(...parsed.errors);
    }
  }
  return { records, quarantined, warnings };
}

/**
 * Public products and producers, sorted by id. Each product is checked against
 * the public schema (a failure is a row problem, reported, never a crash); two
 * products that would share an id keep the first and quarantine the other.
 */
function publish(winners: IdentifiedRecord[], imageOf: Map<string, string>) {
  const rejected = { rows: 0, issues: [] as RowIssue[] };
  const products: Product[] = [];
  const productRows = new Map<string, number>();
  const definingRecord = new Map<string, RegistryRecord>();
  const producerWebsite = new Map<string, string>();
  for (const record of [...winners].sort((a, b) => a.row - b.row)) {
    const taken = productRows.get(record.id);
    if (taken !== undefined) {
      rejected.rows++;
      rejected.issues.push({ row: record.row, column: FIELDS.code.label, reason: `gives the same product id "${record.id}" as row ${taken}` });
      continue;
    }
    const candidate = toPublicProduct(record, imageOf.get(record.id));
    const check = productSchema.safeParse(candidate);
    if (!check.success) {
      rejected.rows++;
      for (const issue of check.error.issues) rejected.issues.push({ row: record.row, column: issue.path.join('.'), reason: issue.message });
      continue;
    }
    productRows.set(record.id, record.row);
    products.push(candidate);
    const producerId = candidate.producerId;
    if (!definingRecord.has(producerId)) definingRecord.set(producerId, record);
    if (record.website && !producerWebsite.has(producerId)) producerWebsite.set(producerId, record.website);
  }
  const producers: Producer[] = [];
  for (const [id, record] of definingRecord) {
    // Built from validated parts, so a failure here is a bug in this importer, not in the data.
    const candidate = toPublicProducer(record, producerWebsite.get(id));
    producerSchema.parse(candidate);
    producers.push(candidate);
  }
  products.sort((a, b) => compareIds(a.id, b.id));
  producers.sort((a, b) => compareIds(a.id, b.id));
  return { products, producers, rejected };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
