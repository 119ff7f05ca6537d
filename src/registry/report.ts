/**
 * The import report: every data row accounted for
 * (rows = published + expired + revoked + superseded + quarantined), every dropped
 * or withdrawn row with its reason, and a summary a person reads in ten seconds.
 */
import type { Withdrawn } from './certificate-status.ts';
import type { RowIssue } from './errors.ts';
import type { Superseded } from './identity.ts';

export interface ImportReport {
  /** The date the certificate rules were applied on (Vietnam date). */
  asOf: string;
  source: { file: string; sha256: string; bytes: number; rows: number; encoding: string };
  counts: {
    /** Non-blank data rows. */
    rows: number;
    /** Products whose stars show on `asOf` (including those pending re-rating). */
    published: number;
    /** The part of `published` under re-rating. */
    pending: number;
    expired: number;
    revoked: number;
    superseded: number;
    /** Rows not published because of data errors. */
    quarantined: number;
    /** Problems that did not stop a row (left-out links, unknown communes…). */
    warnings: number;
  };
  output: { products: number; producers: number; images: number };
  columns: { mapped: Record<string, string>; ignored: string[] };
  withdrawn: Withdrawn[];
  quarantined: RowIssue[];
  superseded: Superseded[];
  warnings: RowIssue[];
}

const byRow = (a: { row: number }, b: { row: number }): number => a.row - b.row;

export function sortReportLists(report: ImportReport): ImportReport {
  return {
    ...report,
    withdrawn: [...report.withdrawn].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    quarantined: [...report.quarantined].sort(byRow),
    superseded: [...report.superseded].sort(byRow),
    warnings: [...report.warnings].sort(byRow),
  };
}

/** The summary printed at the end of a run. */
export function formatSummary(report: ImportReport, where: { outDir: string; reportFile: string }, maxListed = 8): string {
  const c = report.counts;
  const pad = (n: number): string => String(n).padStart(6);
  const lines = [
    `OCOP registry import: ${report.source.file} (${c.rows} rows, ${report.source.encoding}), as of ${report.asOf}`,
    `${pad(c.published)}  published${c.pending ? ` (${c.pending} pending re-rating)` : ''}`,
    `${pad(c.expired)}  expired`,
    `${pad(c.revoked)}  revoked`,
    `${pad(c.superseded)}  superseded by a newer decision`,
    `${pad(c.quarantined)}  quarantined (data errors, not published)`,
    `${pad(c.warnings)}  warnings`,
    `Wrote ${report.output.products} products, ${report.output.producers} producers, ${report.output.images} images to ${where.outDir}`,
    `Full report: ${where.reportFile}`,
  ];
  if (report.quarantined.length > 0) {
    lines.push('', 'Quarantined:');
    for (const issue of report.quarantined.slice(0, maxListed)) lines.push(`  row ${issue.row}, ${issue.column}: ${issue.reason}`);
    if (report.quarantined.length > maxListed) lines.push(`  … and ${report.quarantined.length - maxListed} more in the report`);
  }
  return lines.join('\n');
}
