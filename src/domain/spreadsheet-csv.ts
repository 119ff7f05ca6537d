/**
 * CSV that people open in a spreadsheet: the open-data files and the search
 * page's download share one cell rule, so the two never disagree on what a
 * cell becomes. Pure, because the download is written in the browser.
 *
 * The rule, RFC 4180 plus guards for spreadsheet software:
 * - A cell that a spreadsheet would run as a formula (one starting with = + - @,
 *   a tab or a carriage return) gets a leading apostrophe, so it shows as text.
 * - A cell is quoted, its quotes doubled, when it holds a comma, a double quote
 *   or a line break (RFC 4180); also a semicolon (Excel set to Vietnamese splits
 *   cells at it, and an unquoted "a;=1+1" would become a formula cell), an
 *   apostrophe (so a defused cell is always quoted) and white space at either
 *   end (some readers trim it from unquoted cells).
 * - A file is UTF-8 with a byte-order mark, so Excel reads Vietnamese, and every
 *   row ends with CRLF.
 * The generated fixtures write exports instead, by RFC 4180 alone (`csvField`).
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;'\r\n]|^\s|\s$/;

/** One cell by the rule above; null and undefined are empty cells. */
export function spreadsheetCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? quoted(safe) : safe;
}

/** The whole file: a header row of the columns' names, then a row per item. */
export function spreadsheetCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => spreadsheetCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => spreadsheetCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A field by RFC 4180 alone, values kept exactly as they are: for files shaped
 * like a registry's own export (the generated fixtures), which the importer
 * must read back unchanged. Quoted when it holds the separator, a double quote
 * or a line break.
 */
export function csvField(text: string, separator: ',' | ';' = ','): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? quoted(text) : text;
}

/** A whole file of such fields, every row ending with CRLF, no byte-order mark: what registry software writes. */
export function exportCsv(rows: readonly (readonly string[])[], separator: ',' | ';' = ','): string {
  return `${rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
