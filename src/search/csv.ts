/**
 * The product list a trade partner downloads: exactly the filtered results, as
 * CSV that opens in Excel with its Vietnamese intact (UTF-8 with a BOM, CRLF rows).
 */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | undefined;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row) ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// A leading = + - @ would make a spreadsheet run the cell as a formula: prefix a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
