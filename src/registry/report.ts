/**
 * The import report: every product row accounted for
 * (rows = published + expired + revoked + superseded + quarantined), every dropped
 * or withdrawn row with its reason, the rows that are not products (titles,
 * headings, totals) counted apart, and a summary a person reads in ten seconds.
 */
import { addToList } from '../domain/lists-by-key.ts';
import type { ImportCounts } from '../schemas/meta.ts';
import type { Withdrawn } from './certificate-status.ts';
import type { RowIssue } from './errors.ts';
import type { FactField } from './file-facts.ts';
import type { FixWorkbookInput } from './fix-workbook.ts';
import { FIELDS, acceptedHeaders, type Field } from './headers.ts';
import type { Superseded } from './identity.ts';
import type { LayoutRow, SkippedRow, Table } from './layout.ts';
import type { InheritedFact } from './parse-row.ts';

/** A value rows left empty and took from elsewhere, with the rows that took it. */
export interface InheritedSummary {
  field: FactField;
  value: string;
  source: string;
  rows: number[];
}

export interface ImportReport {
  /** The date the certificate rules were applied on (Vietnam date). */
  asOf: string;
  source: {
    file: string;
    sha256: string;
    bytes: number;
    /** Product rows (see counts.rows). */
    rows: number;
    encoding: string;
    /** The sheet read (its name; a CSV's file name). */
    sheet: string;
    /** Spreadsheet rows of the header (two for a group title over column names). */
    headerRows: number[];
    /** A last row with fewer cells than the header: the sign of a transfer cut off mid-row. */
    shortLastRow?: { row: number; cells: number; columns: number };
  };
  /** Where the rows went (the same counts go into meta.json). */
  counts: ImportCounts;
  output: { products: number; producers: number; images: number };
  /** `unfound`: fields every row needs for which the export has no column and gives no value elsewhere: each row lacking one is quarantined. */
  columns: { mapped: Record<string, string>; ignored: string[]; unfound: Field[] };
  /** Values taken from a heading, the title or the command line by rows that left them empty. */
  inherited: InheritedSummary[];
  withdrawn: Withdrawn[];
  quarantined: RowIssue[];
  superseded: Superseded[];
  skipped: SkippedRow[];
  warnings: RowIssue[];
}

const byRow = (a: { row: number }, b: { row: number }): number => a.row - b.row;

export function sortReportLists(report: ImportReport): ImportReport {
  return {
    ...report,
    withdrawn: [...report.withdrawn].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    quarantined: [...report.quarantined].sort(byRow),
    superseded: [...report.superseded].sort(byRow),
    skipped: [...report.skipped].sort(byRow),
    warnings: [...report.warnings].sort(byRow),
  };
}

/** The summary printed at the end of a run. */
export function formatSummary(report: ImportReport, where: { outDir: string; reportFile: string; fixWorkbook?: string }, maxListed = 8): string {
  const c = report.counts;
  const pad = (n: number): string => String(n).padStart(6);
  const lines = [
    `OCOP registry import: ${report.source.file}${report.source.encoding === 'xlsx' ? `, sheet "${report.source.sheet}"` : ''} (${c.rows} product rows, header on row ${report.source.headerRows.join('–')}, ${report.source.encoding}), as of ${report.asOf}`,
    `${pad(c.published)}  published${c.pending ? ` (${c.pending} pending re-rating)` : ''}`,
    `${pad(c.expired)}  expired`,
    `${pad(c.revoked)}  revoked`,
    `${pad(c.superseded)}  superseded by a newer decision`,
    `${pad(c.quarantined)}  quarantined (data errors, not published)`,
    `${pad(c.warnings)}  warnings`,
    `${pad(c.skipped)}  rows skipped: not products (titles, headings, totals, blank)`,
    ...report.columns.unfound.map(
      (field) => `  No column for ${FIELDS[field].label} and no value for it elsewhere; accepted headers include ${acceptedHeaders(field, 4)}`,
    ),
    ...report.inherited.map((fact) => `        ${FIELDS[fact.field].label} "${fact.value}" from ${fact.source}, for ${fact.rows.length} row(s)`),
    `Wrote ${report.output.products} products, ${report.output.producers} producers, ${report.output.images} images to ${where.outDir}`,
    `Full report: ${where.reportFile}`,
    ...(where.fixWorkbook ? [`Rows to fix (for the office, in Excel): ${where.fixWorkbook}`] : []),
  ];
  if (report.quarantined.length > 0) {
    lines.push('', 'Quarantined:');
    for (const issue of report.quarantined.slice(0, maxListed)) lines.push(`  row ${issue.row}, ${issue.column}: ${issue.reason}`);
    if (report.quarantined.length > maxListed) lines.push(`  … and ${report.quarantined.length - maxListed} more in the report`);
  }
  return lines.join('\n');
}

/** Each value rows inherited, once, with the rows that took it. */
export function inheritedFacts(facts: Array<InheritedFact & { row: number }>): InheritedSummary[] {
  const groups = new Map<string, InheritedSummary>();
  for (const fact of facts) {
    const key = `${fact.field}|${fact.value}|${fact.source}`;
    const group = groups.get(key) ?? { field: fact.field, value: fact.value, source: fact.source, rows: [] };
    group.rows.push(fact.row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.rows[0]! - b.rows[0]! || (a.field < b.field ? -1 : 1));
}

/** What the office's workbook shows: the quarantined rows as they were, the warnings, the skipped rows, the counts. */
export function fixWorkbookInput(report: ImportReport, table: Pick<Table, 'header'> & { rows: LayoutRow[] }): FixWorkbookInput {
  const issuesByRow = new Map<number, RowIssue[]>();
  for (const issue of report.quarantined) addToList(issuesByRow, issue.row, issue);
  const inheritedWarnings = report.inherited.map((fact) => ({
    row: fact.rows[0]!,
    column: FIELDS[fact.field].label,
    reason: `${FIELDS[fact.field].label} "${fact.value}" taken from ${fact.source} for ${fact.rows.length} row(s): ${rowRanges(fact.rows)}`,
    code: 'fact-from-title' as const,
  }));
  return {
    file: report.source.file,
    sheet: report.source.sheet,
    encoding: report.source.encoding,
    asOf: report.asOf,
    header: table.header,
    counts: { ...report.counts },
    quarantined: table.rows.filter((row) => issuesByRow.has(row.row)).map((row) => ({ row: row.row, cells: row.cells, issues: issuesByRow.get(row.row)! })),
    warnings: [...report.warnings, ...inheritedWarnings].sort(byRow),
    skipped: report.skipped,
  };
}

/** "5–9, 12, 14–20". */
function rowRanges(rows: number[]): string {
  const parts: string[] = [];
  let start = rows[0]!;
  let previous = start;
  for (const row of [...rows.slice(1), Number.NaN]) {
    if (row === previous + 1) previous = row;
    else {
      parts.push(start === previous ? String(start) : `${start}–${previous}`);
      start = previous = row;
    }
  }
  return parts.join(', ');
}
