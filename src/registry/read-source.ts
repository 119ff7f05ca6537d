/**
 * Reading an export into raw grids of strings: every sheet, every non-blank row
 * with the number a person sees in the spreadsheet, no assumption about which row
 * is the header (the layout step finds it by content). The format is chosen by the
 * file extension; the modules under read/ do the work: text decoding (read/decode.ts),
 * CSV (read/csv-sheet.ts), workbooks (read/xlsx.ts) and JSON (read/json.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from './errors.ts';
import { limitCells } from './read/cells.ts';
import { readCsvSheet } from './read/csv-sheet.ts';
import { decodeText } from './read/decode.ts';
import { readJsonSheet } from './read/json.ts';
import { LIMITS, megabytes } from './read/limits.ts';
import type { RawSheet } from './read/raw.ts';
import { readXlsxSheets } from './read/xlsx.ts';

export { decodeText } from './read/decode.ts';

export interface RawSource {
  /** File name only: reports and published metadata never carry a machine's paths. */
  file: string;
  bytes: number;
  sha256: string;
  /** How the bytes were read: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'xlsx', 'json (utf-8)' … */
  encoding: string;
  /** CSV and JSON: one sheet named after the file (without its extension). */
  sheets: RawSheet[];
}

type Kind = 'text' | 'json' | 'xlsx';
const KINDS: Record<string, Kind> = { '.csv': 'text', '.tsv': 'text', '.txt': 'text', '.json': 'json', '.xlsx': 'xlsx' };

/** `options.sheet` picks one sheet of a workbook by name (case and diacritics ignored); CSV and JSON have one. */
export async function readRawSource(file: string, options: { sheet?: string } = {}): Promise<RawSource> {
  const name = path.basename(file);
  const extension = path.extname(name).toLowerCase();
  const kind = KINDS[extension];
  if (extension === '.xls') throw new ImportError(`Cannot read "${name}": .xls is the old Excel format; open it in Excel and save it as .xlsx`);
  if (!kind) throw new ImportError(`Cannot read "${name}": expected a .csv, .tsv, .txt, .xlsx or .json export`);

  const buffer = await readLimited(file, name, kind === 'xlsx' ? LIMITS.maxWorkbookBytes : LIMITS.maxTextBytes);
  const base = { file: name, bytes: buffer.byteLength, sha256: createHash('sha256').update(buffer).digest('hex') };
  const sheetName = path.basename(name, path.extname(name));
  let read: { encoding: string; sheets: RawSheet[] };
  if (kind === 'xlsx') read = { encoding: 'xlsx', sheets: await readXlsxSheets(buffer, name, options.sheet) };
  else {
    const { text, encoding } = decodeText(buffer, name);
    read =
      kind === 'json'
        ? { encoding: `json (${encoding})`, sheets: [readJsonSheet(text, sheetName, name)] }
        : { encoding, sheets: [readCsvSheet(text, sheetName, name)] };
  }
  return { ...base, encoding: read.encoding, sheets: read.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map(limitCells) })) };
}

async function readLimited(file: string, name: string, limit: number): Promise<Buffer> {
  try {
    const { size } = await stat(file);
    if (size > limit) throw new ImportError(`"${name}" is ${megabytes(size)}, more than the ${megabytes(limit)} an export may be: it is not read`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`Cannot read the export "${name}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
