/**
 * The one kind of failure that stops an import: the file cannot be read, or it
 * lacks a column every product needs. Bad rows never throw; they are quarantined
 * and reported. When this is thrown, nothing has been written.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** One problem with one cell (or a whole row), as a person would look it up in the spreadsheet. */
export interface RowIssue {
  /** Row number as the spreadsheet shows it (header row = 1). */
  row: number;
  /** Column header as written in the export, or the field name when the column is absent. */
  column: string;
  reason: string;
}
