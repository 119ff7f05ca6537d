/**
 * A small RFC 4180 reader: quoted fields with commas, doubled quotes and line
 * breaks inside them, CRLF or LF line ends. The delimiter (comma, semicolon or
 * tab; Excel in a Vietnamese locale saves semicolons) is taken from the header line.
 * Fields are cut out with slice() rather than built character by character, which
 * keeps a national export (tens of MB) fast and small in memory.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseCsv(text: string): string[][] {
  const delimiter = detectDelimiter(text).charCodeAt(0);
  const rows: string[][] = [];
  const length = text.length;
  let row: string[] = [];
  let pos = 0;
  while (pos < length) {
    let field: string;
    if (text.charCodeAt(pos) === QUOTE) {
      // Quoted field: runs to the next quote not doubled.
      field = '';
      pos++;
      for (;;) {
        const close = text.indexOf('"', pos);
        if (close === -1) {
          field += text.slice(pos);
          pos = length;
          break;
        }
        field += text.slice(pos, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          pos = close + 2;
        } else {
          pos = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const start = pos;
      while (pos < length && !isBoundary(text.charCodeAt(pos), delimiter)) pos++;
      if (pos > start) field += text.slice(start, pos);
    } else {
      const start = pos;
      while (pos < length && !isBoundary(text.charCodeAt(pos), delimiter)) pos++;
      field = text.slice(start, pos);
    }
    row.push(field);
    if (pos >= length) break;
    const code = text.charCodeAt(pos);
    if (code === delimiter) {
      pos++;
      if (pos === length) row.push('');
      continue;
    }
    // End of line: CRLF, LF or a lone CR.
    pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function isBoundary(code: number, delimiter: number): boolean {
  return code === delimiter || code === LF || code === CR;
}

function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
