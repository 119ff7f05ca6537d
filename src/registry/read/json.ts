/**
 * A JSON export as one sheet: an array of objects, or an object holding one under
 * `rows`, `products`, `data` or `items`. The keys, in order of first appearance,
 * become the header (row 1) and each object a row (row 2, 3, …), so row numbers
 * read as if the list were a spreadsheet. Values that are objects become their JSON
 * text; lists are joined with "; " (a list of shop links reads as the CSV cell would).
 *
 * Nesting is measured before parsing, with one linear scan that skips strings: a
 * file of 100,000 nested brackets is refused in plain words instead of reaching the
 * parser or, later, a recursive JSON.stringify.
 */
import { ImportError } from '../errors.ts';
import type { RawRow, RawSheet } from './raw.ts';
import { isBlank } from './cells.ts';
import { LIMITS } from './limits.ts';

const LIST_KEYS = ['rows', 'products', 'data', 'items'];

export function readJsonSheet(text: string, name: string, file: string): RawSheet {
  const tooDeep = firstTooDeep(text, LIMITS.maxJsonDepth);
  if (tooDeep !== null) {
    throw new ImportError(
      `"${file}" nests lists or objects more than ${LIMITS.maxJsonDepth} levels deep (at character ${tooDeep + 1}): an export is a list of rows, each a flat object`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`"${file}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const records = Array.isArray(parsed) ? parsed : findRecords(parsed);
  if (!records) throw new ImportError(`"${file}" holds no list of products (expected an array of objects, or { "rows": [...] })`);

  const header: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const key of Object.keys(record)) {
      if (seen.has(key)) continue;
      seen.add(key);
      header.push(key);
    }
  }
  const rows: RawRow[] = [];
  if (!isBlank(header)) rows.push({ row: 1, cells: header });
  records.forEach((record, index) => {
    const cells = header.map((key) => (isRecord(record) ? jsonCell(record[key]) : ''));
    if (!isBlank(cells)) rows.push({ row: index + 2, cells });
  });
  return { name, rows };
}

/** The offset of the first bracket that opens one level too many, outside strings; null when none does. */
export function firstTooDeep(text: string, limit: number): number | null {
  let depth = 0;
  for (let pos = 0; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === 0x22) pos = stringEnd(text, pos);
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return pos;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return null;
}

/** The offset of the quote that closes the string opening at `open` (a quote after an odd run of backslashes is escaped). */
function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findRecords(value: unknown): unknown[] | null {
  if (!isRecord(value)) return null;
  for (const key of LIST_KEYS) {
    const list = value[key];
    if (Array.isArray(list)) return list;
  }
  return null;
}

function jsonCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(jsonCell).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
