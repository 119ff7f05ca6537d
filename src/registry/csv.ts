/**
 * CSV text to records. The tokenizer is read/tokenizer.ts and the separator is
 * detected by read/separator.ts; this module keeps the small `parseCsv` that
 * scripts and tests use on well-formed files. The importer reads CSV through
 * read/csv-sheet.ts, which also numbers rows, accounts for every physical line and
 * recovers the rows a stray quote ran together.
 */
import { ImportError } from './errors.ts';
import { detectSeparator } from './read/separator.ts';
import { readRecord, unclosedMessage, type Separator } from './read/tokenizer.ts';

export { countLines, readRecord, unclosedMessage, type CsvRecord, type Separator } from './read/tokenizer.ts';
export { detectSeparator } from './read/separator.ts';

/**
 * Every record as a list of cells, blank ones included, the separator detected
 * (./read/separator.ts). For scripts and tests that read well-formed CSV; the
 * importer reads through read/csv-sheet.ts, which also recovers stray quotes.
 */
export function parseCsv(text: string, separator: Separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let line = 1;
  for (let pos = 0; pos < text.length; ) {
    const record = readRecord(text, pos, separator);
    if (record.unclosed) throw new ImportError(unclosedMessage(line + record.unclosed.line, record.unclosed.column));
    rows.push(record.cells);
    line += record.lines;
    pos = record.end;
  }
  return rows;
}
