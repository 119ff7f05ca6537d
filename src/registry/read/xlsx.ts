/**
 * A workbook (.xlsx) to sheets of numbered rows, every sheet in workbook order,
 * or only the one `sheet` names. The archive is checked and inflated by our own
 * ZIP code first (./zip-directory.ts, ./zip-inflate.ts), so a decompression bomb is
 * refused in plain words before read-excel-file sees a byte, and so is a sheet
 * whose values reach so far that its grid would not fit in memory
 * (./sheet-extent.ts); read-excel-file then reads the checked parts. Its sheets start at row 1, so a row's index + 1 is the
 * number a person sees. Date-formatted cells become ISO dates, numbers their text;
 * a merged range keeps its value in its top-left cell.
 */
import readXlsxFile from 'read-excel-file/node';
import { foldVietnamese } from '../../domain/text.ts';
import { ImportError } from '../errors.ts';
import type { RawRow, RawSheet } from './raw.ts';
import { isBlank } from './cells.ts';
import { checkSheetExtent } from './sheet-extent.ts';
import { describeBytes } from './sniff.ts';
import { readZipDirectory } from './zip-directory.ts';
import { checkDeclaredSizes, inflateEntries } from './zip-inflate.ts';
import { writeStoredZip } from './zip-store.ts';

const ZIP = [0x50, 0x4b];
// The parts read-excel-file reads; photos, printer settings and the like are never inflated.
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readXlsxSheets(buffer: Buffer, file: string, sheet?: string): Promise<RawSheet[]> {
  if (OLE.every((byte, index) => buffer[index] === byte)) {
    throw new ImportError(
      `"${file}" is an Excel 97–2003 workbook (.xls) or a password-protected file, not an .xlsx: open it in Excel and save it as .xlsx (without a password)`,
    );
  }
  if (!ZIP.every((byte, index) => buffer[index] === byte)) {
    throw new ImportError(`"${file}" is not an .xlsx workbook (an .xlsx file is a ZIP archive): it looks like ${describeBytes(buffer)}`);
  }
  const entries = readZipDirectory(buffer, file);
  checkDeclaredSizes(entries, file, isXmlPart);
  const parts = inflateEntries(buffer, entries, file, isXmlPart);
  // Sheets by their content, not their path: the workbook's relations may put them anywhere.
  for (const [name, xml] of parts) if (xml.includes('sheetData')) checkSheetExtent(xml.toString('utf8'), name, file);

  let workbook: { sheet: string; data: unknown[][] }[];
  try {
    workbook = (await readXlsxFile(writeStoredZip(parts))) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    // A stack overflow or an allocation failure deep in the reader is not a message for a person.
    const reason =
      error instanceof RangeError ? 'the workbook is too large or too deeply nested to read' : error instanceof Error ? error.message : String(error);
    throw new ImportError(`Cannot read the spreadsheet "${file}": ${reason}`);
  }
  const chosen = sheet === undefined ? workbook : [pickSheet(workbook, sheet, file)];
  return chosen.map(({ sheet: name, data }) => {
    const rows: RawRow[] = [];
    data.forEach((row, index) => {
      const cells = row.map(cellText);
      if (!isBlank(cells)) rows.push({ row: index + 1, cells });
    });
    return { name, rows };
  });
}

/** The sheet whose name matches, ignoring case, diacritics and surrounding spaces. */
function pickSheet<T extends { sheet: string }>(workbook: T[], wanted: string, file: string): T {
  const key = foldVietnamese(wanted).trim();
  const found = workbook.find(({ sheet }) => foldVietnamese(sheet).trim() === key);
  if (found) return found;
  const names = workbook.map(({ sheet }) => `"${sheet}"`).join(', ');
  throw new ImportError(`"${file}" has no sheet named "${wanted}"; its sheets are ${names}`);
}

/** A cell as the text a person sees; date cells become ISO dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
