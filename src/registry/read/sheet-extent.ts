/**
 * How far a sheet's values reach, read from its XML before the spreadsheet reader
 * sees it. read-excel-file returns a full grid from A1 to the last cell holding a
 * value, so one stray value in cell XFD1048576 of a 2 KB file makes it build a
 * grid of 17 billion cells and run out of memory: another kind of bomb, refused here.
 */
import { ImportError } from '../errors.ts';
import { LIMITS } from './limits.ts';

export interface SheetExtent {
  rows: number;
  columns: number;
  /** The reference of the cell furthest down, then right: "XFD1048576". */
  corner: string;
}

const QUOTE = 0x22;
const SLASH = 0x2f;

/**
 * One pass of the string's native indexOf over the `r="…"` attributes (a regular
 * expression, or Buffer.indexOf on the bytes, is several times slower on a national
 * sheet). A reference with letters is a cell's (`<row r="5">` has none); a cell
 * whose tag closes itself (`<c r="B2" s="3"/>`) carries formatting only, and the
 * reader skips it.
 */
export function sheetExtent(xml: string): SheetExtent {
  let rows = 0;
  let columns = 0;
  for (let at = xml.indexOf('r="'); at !== -1; at = xml.indexOf('r="', at + 3)) {
    if (xml.charCodeAt(at - 1) > 0x20) continue; // the end of a longer attribute name
    let pos = at + 3;
    let column = 0;
    for (let code = xml.charCodeAt(pos); code >= 65 && code <= 90; code = xml.charCodeAt(++pos)) column = column * 26 + code - 64;
    let row = 0;
    for (let code = xml.charCodeAt(pos); code >= 48 && code <= 57; code = xml.charCodeAt(++pos)) row = row * 10 + code - 48;
    if (column === 0 || row === 0 || xml.charCodeAt(pos) !== QUOTE) continue;
    const tagEnd = xml.indexOf('>', pos);
    if (tagEnd === -1 || xml.charCodeAt(tagEnd - 1) === SLASH) continue;
    if (row > rows) rows = row;
    if (column > columns) columns = column;
  }
  return { rows, columns, corner: rows > 0 ? `${columnLetters(columns)}${rows}` : 'A1' };
}

export function checkSheetExtent(xml: string, part: string, file: string): void {
  const extent = sheetExtent(xml);
  if (extent.rows * extent.columns <= LIMITS.maxSheetCells) return;
  const count = (n: number) => n.toLocaleString('en-US');
  throw new ImportError(
    `"${file}": the sheet "${part}" reaches cell ${extent.corner}, a grid of ${count(extent.rows)} rows × ${count(extent.columns)} columns, ` +
      `more than the ${count(LIMITS.maxSheetCells)} cells a registry sheet may have: delete the stray values far from the table`,
  );
}

function columnLetters(number: number): string {
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
