/**
 * What every format does to its cells on the way out: a row whose cells are all
 * empty or spaces is blank (omitted, its number kept), and a cell longer than Excel
 * can hold is cut at Excel's limit with a note on the row, so one runaway cell (a
 * pasted document, a bomb) cannot carry megabytes into the rest of the importer.
 */
import type { RawRow } from './raw.ts';
import { LIMITS } from './limits.ts';

export function isBlank(cells: readonly string[]): boolean {
  return cells.every(isBlankCell);
}

function isBlankCell(cell: string): boolean {
  // Most cells start with a visible character: answered without trimming (which copies).
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return first > 0x20 && first !== 0xa0 ? false : cell.trim() === '';
}

/** The row as given, or with its long cells cut and one note per cut cell. */
export function limitCells(row: RawRow): RawRow {
  const max = LIMITS.maxCellChars;
  if (!row.cells.some((cell) => cell.length > max)) return row;
  const notes = [...(row.notes ?? [])];
  const cells = row.cells.map((cell, index) => {
    if (cell.length <= max) return cell;
    notes.push(
      `column ${index + 1} had ${cell.length.toLocaleString('en-US')} characters, more than a spreadsheet cell holds; it was cut at ${max.toLocaleString('en-US')}`,
    );
    // Never leave half of a surrogate pair (an emoji) at the cut.
    const code = cell.charCodeAt(max - 1);
    return cell.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
  });
  return { ...row, cells, notes };
}
