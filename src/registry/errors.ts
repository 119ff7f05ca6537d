/**
 * The one kind of failure that stops an import: the file cannot be read, or it
 * lacks a column every product needs. Bad rows never throw; they are quarantined
 * and reported. When this is thrown, nothing has been written.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * A stable key for each kind of problem, so the office's workbook can say it in
 * plain Vietnamese while the JSON report keeps its English. The list is the
 * workbook's table of Vietnamese templates: a code cannot exist without its text.
 */
export type { IssueCode } from './fix-workbook-reasons.ts';
import type { IssueCode } from './fix-workbook-reasons.ts';

/** One problem with one cell (or a whole row), as a person would look it up in the spreadsheet. */
export interface RowIssue {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** Column header as written in the export, the field's name when the column is absent, or `(row)` for the whole row. */
  column: string;
  reason: string;
  code?: IssueCode;
  /** Values the Vietnamese text names (the cell as written, a count), by the names the code's template uses. */
  params?: Record<string, string | number>;
}
