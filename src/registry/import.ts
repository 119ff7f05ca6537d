/**
 * The registry import: one provincial or national export in, the public
 * registry (products, producers, meta, photos), a report and the office's "rows
 * to fix" workbook out. Each step is its own module; this function is their
 * table of contents.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { product as productSchema } from '../schemas/product.ts';
import { producer as producerSchema, type Producer } from '../schemas/producer.ts';
import { registryMeta } from '../schemas/meta.ts';
import type { Product } from '../schemas/product.ts';
import { isIsoDate, parseRegistryDate, todayInVietnam } from '../domain/dates.ts';
import { tallyCertificates } from './certificate-status.ts';
import { ImportError, type RowIssue } from './errors.ts';
import { fileFacts, rowFacts, type Facts } from './file-facts.ts';
import { writeFixWorkbook } from './fix-workbook.ts';
import { FIELDS, REQUIRED_FIELDS, acceptedHeaders, parseColumnOverrides, type ColumnOverrides, type Field } from './headers.ts';
import { assignIds, keepLatestDecisions } from './identity.ts';
import { planImages } from './images.ts';
import { findTable, type Table } from './layout.ts';
import { parseRow, type InheritedFact } from './parse-row.ts';
import { toPublicProducer, toPublicProduct } from './privacy.ts';
import { readRawSource, type RawSource } from './read-source.ts';
import type { IdentifiedRecord, RegistryRecord } from './record.ts';
import { maskIssue, maskPersonalDataIn } from './screen-personal-data.ts';
import { fixWorkbookInput, inheritedFacts, sortReportLists, type ImportReport } from './report.ts';
import { writeJsonFile, writeRegistry } from './write-output.ts';

export { ImportError } from './errors.ts';
export type { ImportReport } from './report.ts';

export const DEFAULT_OUT_DIR = 'content/registry';
export const DEFAULT_REPORT_FILE = 'reports/import-report.json';

/** The office's "rows to fix" workbook goes beside the report unless told otherwise. */
export const defaultFixWorkbookFile = (reportFile: string): string => path.join(path.dirname(reportFile), 'rows-to-fix.xlsx');

export interface ImportOptions {
  /** The export file (.csv, .tsv, .txt, .xlsx or .json). */
  input: string;
  /** Date the certificate rules are applied on; default today in Vietnam. */
  asOf?: string;
  /** Folder for the public registry; default `content/registry`. */
  outDir?: string;
  /** Where the JSON report goes; default `reports/import-report.json`. */
  reportFile?: string;
  /** The office's "rows to fix" workbook; default beside the report, `rows-to-fix.xlsx`. */
  fixWorkbookFile?: string;
  /** The sheet of a workbook to read; default the one whose header names the most known columns. */
  sheet?: string;
  /** A JSON file mapping the export's own headers to fields (`--columns`). */
  columnsFile?: string;
  /** Where photos given as links are downloaded once and kept; default `OCOP_PHOTO_CACHE_DIR`, else under the build cache. */
  photoCacheDir?: string;
  /** Facts for rows that leave them empty: `--province` (or OCOP_PROVINCE), `--decision`, `--decision-date`, `--issuer`. */
  province?: string;
  decision?: string;
  decisionDate?: string;
  issuer?: string;
}

export async function importRegistry(options: ImportOptions): Promise<ImportReport> {
  const asOf = options.asOf ?? todayInVietnam();
  if (!isIsoDate(asOf)) throw new ImportError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const reportFile = options.reportFile ?? DEFAULT_REPORT_FILE;
  const fixWorkbookFile = options.fixWorkbookFile ?? defaultFixWorkbookFile(reportFile);

  const overrides = await readOverrides(options.columnsFile); //          the office's own column names, if any
  const source = await readRawSource(options.input, options.sheet ? { sheet: options.sheet } : {}); // 1. read and decode every sheet
  const table = findTable(source.sheets, overrides, source.file); //                  2. find the header among title lines, and the rows under it
  const facts = fileFacts(table, commandLineFacts(options)); //          3. what the title and the command line say for every row
  const unfound = requireColumns(source, table, facts); //               stop if a field no row can do without has no source
  const parsed = parseRows(source, table, facts, asOf); //               4. parse, validate, classify, resolve addresses
  const { winners, superseded } = keepLatestDecisions(parsed.records); // 5. one product per identity: the latest decision
  const identified = assignIds(winners, table.columns.headers.producer ?? FIELDS.producer.label);
  const imageColumn = table.columns.headers.image ?? FIELDS.image.label;
  const images = await planImages(identified.records, options.input, imageColumn, options.photoCacheDir ? { remote: { cacheDir: options.photoCacheDir } } : {}); // 6. photos beside the export or on the web
  const { products, producers, rejected } = publish(identified.records, images.imageOf); // 7. public fields only, checked by the schema
  const tally = tallyCertificates(products, asOf); //                    8. certificate rules on the as-of date, for the report

  const quarantinedRows = parsed.quarantinedRows + rejected.rows;
  const warnings = [...parsed.warnings, ...identified.warnings, ...images.warnings];
  const report = sortReportLists({
    asOf,
    source: {
      file: source.file,
      sha256: source.sha256,
      bytes: source.bytes,
      rows: table.rows.length,
      encoding: source.encoding,
      sheet: table.sheet,
      headerRows: table.headerRows,
      ...(parsed.shortLastRow ? { shortLastRow: parsed.shortLastRow } : {}),
    },
    counts: {
      rows: table.rows.length,
      published: tally.published,
      pending: tally.pending,
      expired: tally.expired,
      revoked: tally.revoked,
      superseded: superseded.length,
      quarantined: quarantinedRows,
      skipped: table.skipped.length,
      warnings: warnings.length,
    },
    output: { products: products.length, producers: producers.length, images: images.files.length },
    columns: { mapped: { ...table.columns.headers }, ignored: table.columns.ignored, unfound },
    inherited: inheritedFacts(parsed.inherited),
    withdrawn: tally.withdrawn,
    quarantined: [...parsed.errors, ...rejected.issues].map(maskIssue),
    superseded,
    skipped: table.skipped.map((row) => ({ ...row, text: maskPersonalDataIn(row.text) })),
    warnings: warnings.map(maskIssue),
  });
  const meta = registryMeta.parse({
    asOf,
    source: { file: source.file, sha256: source.sha256, bytes: source.bytes, rows: table.rows.length },
    exportDate: null,
    counts: { ...report.counts, products: products.length, producers: producers.length },
  });

  // 9. write the public registry in one swap, then the report and the workbook
  await writeRegistry(outDir, {
    files: { 'products.json': products, 'producers.json': producers, 'meta.json': meta },
    images: images.copies,
  });
  await writeJsonFile(reportFile, report);
  await writeFixWorkbook(fixWorkbookFile, fixWorkbookInput(report, table));
  return report;
}

async function readOverrides(file: string | undefined): Promise<ColumnOverrides | undefined> {
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`Cannot read the column map "${path.basename(file)}": ${(error as Error).message}`);
  }
  const { overrides, problems } = parseColumnOverrides(json);
  if (problems.length > 0) throw new ImportError(`The column map "${path.basename(file)}" has problems: ${problems.join('; ')}`);
  return overrides;
}

function commandLineFacts(options: ImportOptions): Facts {
  const facts: Facts = {};
  const province = options.province ?? process.env.OCOP_PROVINCE;
  if (province) facts.province = { value: province, source: options.province ? '--province' : 'OCOP_PROVINCE' };
  if (options.decision) facts.decisionNumber = { value: options.decision, source: '--decision' };
  if (options.decisionDate) {
    const date = parseRegistryDate(options.decisionDate);
    if (!date) throw new ImportError(`--decision-date must be a date (dd/mm/yyyy or YYYY-MM-DD), not "${options.decisionDate}"`);
    facts.decisionDate = { value: date, source: '--decision-date' };
  }
  if (options.issuer) facts.issuer = { value: options.issuer, source: '--issuer' };
  return facts;
}

/**
 * Stops when the table lacks what no row can do without and nothing else gives:
 * the product's name, its producer, its stars, its category and its province (a
 * heading may give the stars, the sector or the place; the title, the address or
 * --province the province). The message lists the headers seen and the words each
 * missing field accepts. The decision may come from the title, a heading or the
 * command line; a row that gets it from nowhere is quarantined, saying what is
 * missing, and the report names the field.
 */
function requireColumns(source: RawSource, table: Table, facts: Facts): Field[] {
  const has = (field: Field): boolean => table.columns.columns[field] !== undefined;
  const fromHeadings = (field: Field): boolean => table.rows.some((row) => field in row.section);
  const given = (field: Field): boolean => facts[field as keyof Facts] !== undefined || fromHeadings(field);
  const alternatives: Partial<Record<Field, boolean>> = {
    decisionDate: has('decisionNumber'), // "Số, ngày QĐ" holds both
    province: has('street') || has('district') || has('commune') || has('code'), // the address or the code may name it
  };
  const fileMustHave: Field[] = ['name', 'producer', 'stars', 'category', 'province'];
  const unfound = REQUIRED_FIELDS.filter((field) => !has(field) && !given(field) && !alternatives[field]);
  const missing = unfound.filter((field) => fileMustHave.includes(field));
  if (missing.length === 0) return unfound;
  const where = `${table.sheet ? `sheet "${table.sheet}", ` : ''}header on row ${table.headerRows.join('–')}`;
  const lines = missing.map((field) => `  - ${FIELDS[field].label} (${field}): accepted headers include ${acceptedHeaders(field)}`);
  throw new ImportError(
    [
      `"${source.file}" lacks required column(s) (${where}):`,
      ...lines,
      `Headers found: ${table.header.filter((h) => h).join(' | ')}`,
      'Name them with --columns FILE (a JSON object: header as written → field); a list of one province can name it with --province.',
    ].join('\n'),
  );
}

/** Formats whose rows can lose cells (a CSV line): each row's count is checked against the header's. */
function isText(source: RawSource): boolean {
  return !source.encoding.startsWith('xlsx') && !source.encoding.startsWith('json');
}

function parseRows(source: RawSource, table: Table, file: Facts, asOf: string) {
  const records: RegistryRecord[] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const inherited: Array<InheritedFact & { row: number }> = [];
  let quarantinedRows = 0;
  const width = isText(source) ? table.header.length : undefined;
  for (const row of table.rows) {
    const parsed = parseRow(row, table.columns, { facts: rowFacts(row.section, file), asOf, ...(width ? { width } : {}) });
    for (const note of row.notes ?? []) warnings.push({ row: row.row, column: '(row)', reason: note });
    warnings.push(...parsed.warnings);
    for (const fact of parsed.inherited) inherited.push({ ...fact, row: row.row });
    if (parsed.ok) records.push(parsed.record);
    else {
      quarantinedRows++;
      errors.push(...parsed.errors);
    }
  }
  // A transfer cut off mid-row leaves a short last line: the guard refuses such an export.
  const last = table.rows.at(-1);
  const shortLastRow = width && last && last.cells.length < width ? { row: last.row, cells: last.cells.length, columns: width } : undefined;
  return { records, errors, warnings, inherited, quarantinedRows, shortLastRow };
}

/**
 * Public products and producers, sorted by id. Each product is checked against
 * the public schema (a failure is a row problem, reported, never a crash).
 */
function publish(winners: IdentifiedRecord[], imageOf: Map<string, string>) {
  const rejected = { rows: 0, issues: [] as RowIssue[] };
  const products: Product[] = [];
  const definingRecord = new Map<string, IdentifiedRecord>();
  const producerWebsite = new Map<string, string>();
  for (const record of [...winners].sort((a, b) => a.row - b.row)) {
    const candidate = toPublicProduct(record, imageOf.get(record.id));
    const check = productSchema.safeParse(candidate);
    if (!check.success) {
      rejected.rows++;
      for (const issue of check.error.issues) rejected.issues.push({ row: record.row, column: issue.path.join('.'), reason: issue.message });
      continue;
    }
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
