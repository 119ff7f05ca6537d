/**
 * Reading an export into a plain table of strings: one header row and the data
 * rows with the numbers a person sees in the spreadsheet. The format is chosen by
 * the file extension; text is decoded from UTF-8 (with or without BOM) or, when it
 * is not valid UTF-8, from the Windows-1258 code page older Vietnamese software writes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import { parseCsv } from './csv.ts';
import { ImportError } from './errors.ts';

export interface SourceRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: string[];
}

export interface SourceTable {
  /** File name only: reports and published metadata never carry a machine's paths. */
  file: string;
  bytes: number;
  sha256: string;
  /** How the bytes were decoded: `utf-8`, `utf-8-bom`, `windows-1258`, `xlsx`. */
  encoding: string;
  header: string[];
  /** Non-blank data rows only; blank rows are skipped but keep their numbers. */
  rows: SourceRow[];
}

export async function readSource(file: string): Promise<SourceTable> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new ImportError(`Cannot read the export "${path.basename(file)}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const base = { file: path.basename(file), bytes: buffer.byteLength, sha256: createHash('sha256').update(buffer).digest('hex') };
  const extension = path.extname(file).toLowerCase();
  let table: { encoding: string; grid: string[][] };
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') table = readCsv(buffer);
  else if (extension === '.xlsx') table = await readXlsx(buffer, base.file);
  else if (extension === '.json') table = readJson(buffer, base.file);
  else throw new ImportError(`Cannot read "${base.file}": expected a .csv, .xlsx or .json export`);

  const [header, ...data] = table.grid;
  if (!header || header.every((cell) => cell.trim() === '')) throw new ImportError(`"${base.file}" has no header row`);
  const rows: SourceRow[] = [];
  data.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 2, cells });
  });
  return { ...base, encoding: table.encoding, header, rows };
}

/** UTF-8 when the bytes are valid UTF-8 (Vietnamese in Windows-1258 almost never is), else Windows-1258. */
export function decodeText(buffer: Buffer): { text: string; encoding: string } {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    // Windows-1258 writes tone marks as combining characters; NFC recomposes them.
    return { text: iconv.decode(buffer, 'windows-1258').normalize('NFC'), encoding: 'windows-1258' };
  }
}

function readCsv(buffer: Buffer): { encoding: string; grid: string[][] } {
  const { text, encoding } = decodeText(buffer);
  return { encoding, grid: parseCsv(text) };
}

async function readXlsx(buffer: Buffer, file: string): Promise<{ encoding: string; grid: string[][] }> {
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(buffer)) as unknown[][];
  } catch (error) {
    throw new ImportError(`Cannot read the spreadsheet "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
  return { encoding: 'xlsx', grid: sheet.map((row) => row.map(cellText)) };
}

/** A spreadsheet cell as the text a person sees; date cells become ISO dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return String(value);
}

function readJson(buffer: Buffer, file: string): { encoding: string; grid: string[][] } {
  const { text, encoding } = decodeText(buffer);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`"${file}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const records = Array.isArray(parsed) ? parsed : findRecords(parsed);
  if (!records) throw new ImportError(`"${file}" holds no list of products (expected an array of objects, or { "rows": [...] })`);
  // Columns in order of first appearance, so the header reads like the source.
  const header: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (record && typeof record === 'object') for (const key of Object.keys(record)) if (!seen.has(key)) (seen.add(key), header.push(key));
  }
  const grid = records.map((record) => header.map((key) => jsonCell((record as Record<string, unknown> | null)?.[key])));
  return { encoding: `json (${encoding})`, grid: [header, ...grid] };
}

function findRecords(value: unknown): unknown[] | null {
  if (!value || typeof value !== 'object') return null;
  for (const key of ['rows', 'products', 'data', 'items']) {
    const list = (value as Record<string, unknown>)[key];
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

