/**
 * The CSV tokenizer: one record at a time, RFC 4180 quoting (separators, doubled
 * quotes and line breaks inside a quoted cell), CRLF, LF or lone-CR line ends.
 * Cells are cut out with slice() rather than built character by character, which
 * keeps a national export (tens of MB) fast and small in memory.
 *
 * Each record says which characters and how many physical lines it took, so the
 * reader above it (./csv-sheet.ts) can account for every line of the file and
 * re-read a record that a stray quote ran together. In "line" mode a quote that
 * does not close on its own line is read as an ordinary character instead.
 */
export type Separator = ',' | ';' | '\t';

export interface CsvRecord {
  cells: string[];
  /** Offset of the record's first character, and of the first character after its line end. */
  start: number;
  end: number;
  /** Physical lines the record takes: 1, plus the line breaks inside its quoted cells. */
  lines: number;
  /** The first quoted cell that runs over a line break: the line its quote opened on (0 = the record's first) and its column (1-based). */
  spans?: { line: number; column: number };
  /** A quote that opens a cell and never closes: the rest of the text became that cell. */
  unclosed?: { line: number; column: number };
  /** Line mode: the columns whose opening quote did not close on the line and was kept as a character. */
  literalQuotes?: number[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function readRecord(text: string, start: number, separator: Separator, mode: 'file' | 'line' = 'file'): CsvRecord {
  const sep = separator.charCodeAt(0);
  const length = text.length;
  const cells: string[] = [];
  const record: CsvRecord = { cells, start, end: length, lines: 1 };
  let pos = start;
  for (;;) {
    if (text.charCodeAt(pos) === QUOTE) {
      const quoted = readQuoted(text, pos, mode);
      if (quoted === null) {
        // Line mode, no closing quote on this line: the quote is a character of an ordinary cell.
        (record.literalQuotes ??= []).push(cells.length + 1);
        const end = boundary(text, pos, sep);
        cells.push(text.slice(pos, end));
        pos = end;
      } else {
        if (quoted.closed === false) record.unclosed ??= { line: record.lines - 1, column: cells.length + 1 };
        // Native indexOf first: most quoted cells hold no line break, and then no character is visited twice.
        const multiline = quoted.cell.includes('\n') || quoted.cell.includes('\r');
        const breaks = multiline ? countBreaks(quoted.cell, 0, quoted.cell.length) : 0;
        if (breaks > 0) record.spans ??= { line: record.lines - 1, column: cells.length + 1 };
        record.lines += breaks;
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        const end = boundary(text, quoted.end, sep);
        cells.push(end > quoted.end ? quoted.cell + text.slice(quoted.end, end) : quoted.cell);
        pos = end;
      }
    } else {
      const end = boundary(text, pos, sep);
      cells.push(text.slice(pos, end));
      pos = end;
    }
    if (pos >= length) break;
    const code = text.charCodeAt(pos);
    if (code === sep) {
      pos++;
      if (pos === length) cells.push('');
      if (pos < length) continue;
      break;
    }
    pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
    break;
  }
  record.end = pos;
  return record;
}

/** A quoted cell from its opening quote: its text, where it ends, whether it closed; null in line mode when it does not close on the line. */
function readQuoted(text: string, open: number, mode: 'file' | 'line'): { cell: string; end: number; closed: boolean } | null {
  const lineEnd = mode === 'line' ? lineEndFrom(text, open) : text.length;
  let cell = '';
  let pos = open + 1;
  for (;;) {
    const close = text.indexOf('"', pos);
    if (close === -1 || close >= lineEnd) {
      if (mode === 'line') return null;
      return { cell: cell + text.slice(pos), end: text.length, closed: false };
    }
    cell += text.slice(pos, close);
    if (text.charCodeAt(close + 1) !== QUOTE) return { cell, end: close + 1, closed: true };
    cell += '"';
    pos = close + 2;
  }
}

function boundary(text: string, from: number, sep: number): number {
  let pos = from;
  const length = text.length;
  for (; pos < length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === sep || code === LF || code === CR) break;
  }
  return pos;
}

function lineEndFrom(text: string, from: number): number {
  return boundary(text, from, LF);
}

/** Line breaks between two offsets, CRLF counted once. */
export function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let pos = from; pos < to; pos++) {
    const code = text.charCodeAt(pos);
    if (code === LF) breaks++;
    else if (code === CR && text.charCodeAt(pos + 1) !== LF) breaks++;
  }
  return breaks;
}

/** Physical lines in a text, as an editor numbers them: a final line end does not open another line. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  // Native indexOf over the whole text, twice, rather than visiting every character: LFs, then CRs not followed by an LF.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== LF) breaks++;
  const last = text.charCodeAt(text.length - 1);
  return breaks + (last === LF || last === CR ? 0 : 1);
}

/** Where a quote opened that never closed, in the words of the refusal. */
export function unclosedMessage(line: number, column: number): string {
  return `line ${line}, column ${column}: a quote opens a cell and is never closed; the rest of the file would become one cell`;
}
