/**
 * The "rows to fix" workbook: beside the JSON report, an XLSX the provincial
 * OCOP office opens in Excel. Four sheets, in plain Vietnamese:
 * - Cần sửa: every quarantined row as it was in the export, under the export's
 *   own header, with its spreadsheet row number, the reasons, and the bad cells
 *   highlighted;
 * - Cảnh báo: one line per warning (the row was published without that part);
 * - Bỏ qua: title lines, section headings, totals and blank rows;
 * - Tóm tắt: the counts, the source, and what to do with the workbook.
 * The same input gives the same bytes; the file appears in one rename.
 */
import { mkdir } from 'node:fs/promises';
import { writeFileAtomically } from '../util/atomic-write.ts';
import path from 'node:path';
import writeXlsxFile, { type Cell, type CellObject, type Row, type Sheet } from 'write-excel-file/node';
import { WARNING_KIND_LABELS, vietnameseReason, warningKind, type CodedIssue } from './fix-workbook-reasons.ts';

export { ISSUE_CODES, WARNING_KIND_LABELS, paramsOf, vietnameseReason, warningKind } from './fix-workbook-reasons.ts';
export type { CodedIssue, IssueCode, IssueParam, WarningKind } from './fix-workbook-reasons.ts';

export interface FixWorkbookIssue extends CodedIssue {
  /** The column header as written in the export (or a field name when the column is absent). */
  column: string;
}

export interface FixWorkbookInput {
  file: string;
  sheet?: string;
  encoding: string;
  /** The as-of date, YYYY-MM-DD. */
  asOf: string;
  /** The export's header row as written. */
  header: string[];
  counts: Record<string, number>;
  quarantined: Array<{ row: number; cells: string[]; issues: FixWorkbookIssue[] }>;
  warnings: Array<{ row: number } & FixWorkbookIssue>;
  skipped: Array<{ row: number; kind: 'title' | 'section' | 'total' | 'blank' | 'column-numbers'; text: string }>;
}

export const FIX_SHEETS = { fix: 'Cần sửa', warnings: 'Cảnh báo', skipped: 'Bỏ qua', summary: 'Tóm tắt' } as const;

export const SKIPPED_KIND_LABELS: Record<FixWorkbookInput['skipped'][number]['kind'], string> = {
  title: 'tiêu đề',
  section: 'đề mục',
  total: 'dòng tổng',
  blank: 'dòng trống',
  'column-numbers': 'dòng đánh số cột',
};

type WorkbookSheet = Sheet<Buffer>;

/** Excel's own "Bad" cell style: light red fill, dark red bold text. */
const BAD: CellObject = { backgroundColor: '#FFC7CE', textColor: '#9C0006', fontWeight: 'bold' };
const HEADER: CellObject = { fontWeight: 'bold', backgroundColor: '#E7E6E6', wrap: true, alignVertical: 'top' };
/** `@` keeps Excel from turning what the clerk retypes (0912…, 20/05/2024) into numbers or dates. */
const AS_WRITTEN: CellObject = { format: '@', wrap: true, alignVertical: 'top' };
const WRAPPED: CellObject = { wrap: true, alignVertical: 'top' };
const TOP: CellObject = { alignVertical: 'top' };

const LINE_POINTS = 15;
/** Long cells (descriptions) show this many lines; the reasons always show in full. */
const MAX_CELL_LINES = 4;
const REASON_WIDTH = 60;
/** Excel's limit for one cell. */
const MAX_CELL_TEXT = 32_767;

export async function writeFixWorkbook(file: string, input: FixWorkbookInput): Promise<void> {
  const bytes = await fixWorkbookBytes(input);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomically(path.resolve(file), bytes);
}

/** The workbook's bytes: the same input gives the same bytes. */
export async function fixWorkbookBytes(input: FixWorkbookInput): Promise<Buffer> {
  const sheets = [fixSheet(input), warningsSheet(input), skippedSheet(input), summarySheet(input)];
  const zip = await writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer();
  return stampZipEntries(zip, input.asOf);
}

function fixSheet(input: FixWorkbookInput): WorkbookSheet {
  if (input.quarantined.length === 0) return messageSheet(FIX_SHEETS.fix, 'Không có dòng nào cần sửa.');
  const rows = [...input.quarantined].sort((a, b) => a.row - b.row);
  const width = rows.reduce((most, r) => Math.max(most, r.cells.length), input.header.length);
  const columnOf = headerLookup(input.header);
  const widths = Array.from({ length: width }, (_, i) => fitWidth([input.header[i] ?? '', ...rows.map((r) => r.cells[i] ?? '')]));

  const data: Row[] = [[cell('Dòng', HEADER), cell('Lý do', HEADER), ...widths.map((_, i) => cell(input.header[i] ?? '', HEADER))]];
  for (const { row, cells, issues } of rows) {
    const bad = new Set(issues.map((issue) => columnOf(issue.column)).filter((i) => i !== undefined));
    const reasons = issues.map((issue) => `${columnName(issue.column)}: ${vietnameseReason(issue)}`).join('\n');
    const cellLines = cells.reduce((most, text, i) => Math.max(most, linesOf(text, widths[i] ?? 8)), 1);
    const height = LINE_POINTS * Math.max(linesOf(reasons, REASON_WIDTH), Math.min(MAX_CELL_LINES, cellLines));
    data.push([
      { value: row, ...TOP, height },
      cell(reasons, WRAPPED),
      ...widths.map((_, i) => cell(cells[i] ?? '', bad.has(i) ? { ...AS_WRITTEN, ...BAD } : AS_WRITTEN)),
    ]);
  }
  return {
    sheet: FIX_SHEETS.fix,
    data,
    columns: [{ width: 7 }, { width: REASON_WIDTH }, ...widths.map((w) => ({ width: w }))],
    stickyRowsCount: 1,
    stickyColumnsCount: 2,
  };
}

function warningsSheet(input: FixWorkbookInput): WorkbookSheet {
  if (input.warnings.length === 0) return messageSheet(FIX_SHEETS.warnings, 'Không có cảnh báo nào.');
  const reasonWidth = 80;
  const data: Row[] = [[cell('Dòng', HEADER), cell('Cột', HEADER), cell('Loại', HEADER), cell('Lý do', HEADER)]];
  for (const warning of [...input.warnings].sort((a, b) => a.row - b.row)) {
    const reason = vietnameseReason(warning);
    data.push([
      { value: warning.row, ...TOP, height: LINE_POINTS * linesOf(reason, reasonWidth) },
      cell(columnName(warning.column), WRAPPED),
      cell(WARNING_KIND_LABELS[warningKind(warning.code)], WRAPPED),
      cell(reason, WRAPPED),
    ]);
  }
  return { sheet: FIX_SHEETS.warnings, data, columns: [{ width: 7 }, { width: 24 }, { width: 30 }, { width: reasonWidth }], stickyRowsCount: 1 };
}

function skippedSheet(input: FixWorkbookInput): WorkbookSheet {
  if (input.skipped.length === 0) return messageSheet(FIX_SHEETS.skipped, 'Không có dòng nào bị bỏ qua.');
  const textWidth = 80;
  const data: Row[] = [[cell('Dòng', HEADER), cell('Loại dòng', HEADER), cell('Nội dung', HEADER)]];
  for (const line of [...input.skipped].sort((a, b) => a.row - b.row)) {
    data.push([
      { value: line.row, ...TOP, height: LINE_POINTS * Math.min(MAX_CELL_LINES, linesOf(line.text, textWidth)) },
      cell(SKIPPED_KIND_LABELS[line.kind], TOP),
      cell(line.text, AS_WRITTEN),
    ]);
  }
  return { sheet: FIX_SHEETS.skipped, data, columns: [{ width: 7 }, { width: 18 }, { width: textWidth }], stickyRowsCount: 1 };
}

const COUNT_LABELS: Record<string, string> = {
  rows: 'Số dòng dữ liệu',
  published: 'Được đăng (còn sao)',
  pending: 'trong đó đang chờ đánh giá lại',
  expired: 'Hết hạn',
  revoked: 'Bị thu hồi',
  superseded: 'Thay bằng quyết định mới hơn',
  quarantined: 'Cần sửa (chưa đăng)',
  skipped: 'Bỏ qua (không phải sản phẩm)',
  warnings: 'Cảnh báo',
};

function summarySheet(input: FixWorkbookInput): WorkbookSheet {
  const derived: Record<string, number> = { quarantined: input.quarantined.length, skipped: input.skipped.length, warnings: input.warnings.length };
  const counts = { ...derived, ...input.counts };
  const keys = [
    ...Object.keys(COUNT_LABELS).filter((key) => counts[key] !== undefined),
    ...Object.keys(counts)
      .filter((key) => !(key in COUNT_LABELS))
      .sort(),
  ];
  const pair = (label: string, value: string | number, style = TOP): Row => [
    cell(label, style),
    typeof value === 'number' ? { value, ...TOP } : cell(value, TOP),
  ];
  const prose = (text: string, style: CellObject = WRAPPED): Row => [
    { ...cell(text, style), columnSpan: 2, height: LINE_POINTS * linesOf(text, 90) } as CellObject,
    null,
  ];
  const n = input.quarantined.length;
  const data: Row[] = [
    [cell('Kết quả nhập dữ liệu OCOP', { fontWeight: 'bold', fontSize: 14 })],
    pair('Tệp', input.file),
    pair('Trang tính', input.sheet ?? '—'),
    pair('Mã hóa ký tự', input.encoding),
    pair('Ngày áp dụng', displayDate(input.asOf)),
    [],
    [cell('Số lượng', HEADER), cell('', HEADER)],
    ...keys.map((key) => pair(COUNT_LABELS[key] ?? key, counts[key] ?? 0, key === 'pending' ? { ...TOP, indent: 2 } : TOP)),
    [],
    prose('Cần làm gì', { fontWeight: 'bold' }),
    prose(n === 0 ? 'Không có dòng nào cần sửa.' : `Có ${n} dòng chưa được đăng vì có lỗi: xem trang “${FIX_SHEETS.fix}”.`, { ...WRAPPED, fontWeight: 'bold' }),
    prose(
      `Trang “${FIX_SHEETS.fix}”: mỗi dòng giữ nguyên như trong bảng xuất. Cột “Dòng” là số dòng trong bảng gốc; cột “Lý do” nói điều gì sai và cần ghi thế nào; ô tô đỏ, chữ đậm là ô cần sửa.`,
    ),
    prose(
      'Hãy sửa các ô đó trong sổ đăng ký OCOP gốc, không sửa trong tệp này: tệp này được tạo lại sau mỗi lần nhập dữ liệu hằng đêm, và lần nhập sau sẽ tự đăng các dòng đã sửa đúng.',
    ),
    prose(`Trang “${FIX_SHEETS.warnings}”: các dòng này vẫn được đăng, nhưng có phần bị bỏ ra hoặc được suy ra; nên xem lại khi có thời gian.`),
    prose(`Trang “${FIX_SHEETS.skipped}”: dòng tiêu đề, đề mục, dòng tổng và dòng trống, không phải sản phẩm; không cần làm gì nếu đúng là như vậy.`),
  ];
  return { sheet: FIX_SHEETS.summary, data, columns: [{ width: 36 }, { width: 54 }] };
}

/** YYYY-MM-DD as dd/mm/yyyy, the way the office writes dates. */
function displayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function messageSheet(sheet: string, message: string): WorkbookSheet {
  return { sheet, data: [[cell(message, { fontWeight: 'bold' })]], columns: [{ width: 60 }] };
}

/** A text cell; empty text stays an empty (but styled) cell. */
function cell(text: string, style: CellObject): Cell {
  return { ...style, type: String, value: text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text };
}

/** The importer names a whole-row problem `(row)`. */
function columnName(column: string): string {
  return column === '(row)' ? 'Cả dòng' : column;
}

/** Finds an issue's column among the headers as written (case, spacing and Unicode form ignored); the first wins. */
function headerLookup(header: string[]): (column: string) => number | undefined {
  const key = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (name.trim() && !index.has(key(name))) index.set(key(name), i);
  });
  return (column) => index.get(key(column));
}

/** Width in characters: the longest line, between 8 and 40 (longer text wraps). */
function fitWidth(texts: string[]): number {
  let longest = 0;
  for (const text of texts) for (const line of text.split('\n')) longest = Math.max(longest, [...line].length);
  return Math.min(40, Math.max(8, longest + 2));
}

/** How many lines the text takes, wrapped at `width` characters. */
function linesOf(text: string, width: number): number {
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil([...line].length / Math.max(1, width - 1))), 0);
}

/**
 * fflate, inside write-excel-file, stamps every zip entry with the current local
 * time, so two runs on the same input would differ. Stamp the entries with the
 * as-of date instead. An archive whose layout is not the plain one expected is
 * returned unchanged (still a valid workbook, only not byte-stable).
 */
function stampZipEntries(zip: Buffer, asOf: string): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return zip;
  const entries = zip.readUInt16LE(eocd + 10);
  const stamp = dosDate(asOf);
  const patches: number[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== 0x02014b50) return zip;
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return zip;
    patches.push(at + 12, local + 10);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  for (const offset of patches) zip.writeUInt32LE(stamp, offset);
  return zip;
}

/** An MS-DOS date and time (midnight) as zip headers store it; 1 January 1980 when the date is not YYYY-MM-DD. */
function dosDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [1980, 1, 1];
  if (y < 1980 || y > 2107 || m < 1 || m > 12 || d < 1 || d > 31) return dosDate('1980-01-01');
  return (((y - 1980) << 25) | (m << 21) | (d << 16)) >>> 0;
}
