/**
 * CSV text to one sheet of numbered rows. Rows are numbered as a spreadsheet
 * numbers the records (blank ones counted, then omitted), and every physical line
 * of the file is accounted for: `lines.read` must equal `lines.inFile`.
 *
 * A stray quote, such as `"Bánh` typed at the start of a cell, opens a quoted cell
 * that runs on to the next quote, lines later, swallowing the rows between. Such a
 * record spans several lines and ends up with a different number of cells than the
 * file's usual width (the most common cell count), or, when the closing quote
 * happens to sit in the same column, holds lines that are whole rows by themselves.
 * Its lines are then re-read one by one with the unclosed quote taken as an ordinary
 * character, each line its own row with a note, so the rows after it keep their
 * numbers. A record with a real multi-line cell (a description) has the usual width
 * and stays one row. A quote that never closes would swallow the rest of the file:
 * that is refused.
 */
import { ImportError } from '../errors.ts';
import type { RawRow, RawSheet } from './raw.ts';
import { isBlank } from './cells.ts';
import { detectSeparator } from './separator.ts';
import { countLines, readRecord, unclosedMessage, type CsvRecord, type Separator } from './tokenizer.ts';

export interface CsvSheet extends RawSheet {
  separator: Separator;
  width: number;
  /** Physical lines in the file, and the lines the rows (blank ones included) were read from: always equal. */
  lines: { inFile: number; read: number };
}

export function readCsvSheet(text: string, name: string, file: string): CsvSheet {
  const separator = detectSeparator(text);
  // One pass numbers every record; only the records that span lines are kept aside, to be judged once the usual width is known.
  const rows: RawRow[] = [];
  const spanning: { index: number; record: CsvRecord; line: number }[] = [];
  const widths = new Map<number, number>();
  let line = 1;
  for (let pos = 0, number = 1; pos < text.length; number++) {
    const record = readRecord(text, pos, separator);
    if (record.unclosed) throw new ImportError(`"${file}", ${unclosedMessage(line + record.unclosed.line, record.unclosed.column)}`);
    if (!isBlank(record.cells)) {
      if (record.spans) spanning.push({ index: rows.length, record, line });
      rows.push({ row: number, cells: record.cells });
      widths.set(record.cells.length, (widths.get(record.cells.length) ?? 0) + 1);
    }
    line += record.lines;
    pos = record.end;
  }
  const inFile = countLines(text);
  const read = line - 1;
  const width = usualWidth(widths);
  const strays = spanning.filter(({ record }) => strayReason(record, separator, width) !== null);
  if (strays.length === 0) return { name, rows, separator, width, lines: { inFile, read } };
  const recovered = recoverStrays(text, rows, strays, separator, width);
  return { name, rows: recovered.rows, separator, width, lines: { inFile, read: read + recovered.extraLines } };
}

/** The rows again, each stray record replaced by its lines read one by one, and the rows after it renumbered. */
function recoverStrays(
  text: string,
  rows: RawRow[],
  strays: { index: number; record: CsvRecord; line: number }[],
  separator: Separator,
  width: number,
): { rows: RawRow[]; extraLines: number } {
  const out: RawRow[] = [];
  let shift = 0;
  let next = 0;
  // Lines read one by one minus the lines their records were counted for: zero unless the re-reading lost or gained one.
  let extraLines = 0;
  rows.forEach((row, index) => {
    const stray = strays[next];
    if (stray?.index !== index) {
      out.push(shift === 0 ? row : { ...row, row: row.row + shift });
      return;
    }
    next++;
    const lines = rereadLines(text, stray.record, separator, stray.line, width);
    lines.forEach(({ cells, notes }, offset) => {
      if (!isBlank(cells)) out.push({ row: row.row + shift + offset, cells, notes });
    });
    shift += lines.length - 1;
    extraLines += lines.length - stray.record.lines;
  });
  return { rows: out, extraLines };
}

/** The most common number of cells among the non-blank records; the wider on a tie. */
function usualWidth(widths: Map<number, number>): number {
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of widths) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

// With this many columns, a line of prose inside a real multi-line cell never holds a whole row's worth of separators.
const WIDE = 5;

/**
 * Why a record that spans lines is a stray quote's doing, or null when it is a real
 * multi-line cell: it has another width than the file's rows, or (in a table of
 * five columns or more) a line inside it, read alone, is a whole row: rows the
 * quote swallowed. The cell's last line counts too: a quote in the swallowed row
 * ("Chè \"ngon\"") closes the cell there, leaving the record its usual width.
 */
function strayReason(record: CsvRecord, separator: Separator, width: number): string | null {
  if (record.cells.length !== width) return `into one row of ${record.cells.length} cells, where rows have ${width}`;
  if (width < WIDE) return null;
  // Rows a quote swallowed lie in the cell it opened, the record's first multi-line cell.
  const cell = record.cells[(record.spans?.column ?? 1) - 1] ?? '';
  const swallowed = cell
    .split(/\r\n|\r|\n/)
    .slice(1)
    .some((line) => isWholeRow(line, separator, width));
  return swallowed ? `into one row, over lines that are whole rows of ${width} cells` : null;
}

/** A line of `width` cells; most lines of prose are ruled out by counting separators, natively, up to the one needed. */
function isWholeRow(line: string, separator: Separator, width: number): boolean {
  let found = 0;
  for (let at = line.indexOf(separator); at !== -1 && found < width - 1; at = line.indexOf(separator, at + 1)) found++;
  return found === width - 1 && readRecord(line, 0, separator, 'line').cells.length === width;
}

function readLines(text: string, record: CsvRecord, separator: Separator): CsvRecord[] {
  const lines: CsvRecord[] = [];
  for (let pos = record.start; pos < record.end; ) {
    const single = readRecord(text, pos, separator, 'line');
    lines.push(single);
    pos = single.end;
  }
  return lines;
}

function rereadLines(text: string, record: CsvRecord, separator: Separator, first: number, width: number) {
  const opened = first + (record.spans?.line ?? 0);
  const joined = `read on its own line: a quote on line ${opened} had run lines ${first}–${first + record.lines - 1} ${strayReason(record, separator, width)}`;
  return readLines(text, record, separator).map((single, offset) => {
    const notes = (single.literalQuotes ?? []).map(
      (column) => `a quote (") at the start of column ${column} on line ${first + offset} was read as a character: it did not close on this line`,
    );
    return { cells: single.cells, notes: notes.length > 0 ? notes : [joined] };
  });
}
