/**
 * Finding the table in a sheet the way an office sends it. Real annexes carry
 * title lines, blank lines and merged title cells above the header; a header of
 * one row, or two (a merged group title over the real column names); often a row
 * of column numbers "(1) (2) (3)…" under it; and section headings, totals and
 * STT-only rows among the data. The header is found by its content: the first row
 * that names enough known fields. Row numbers stay the ones a person sees.
 */
import { ImportError } from './errors.ts';
import { FIELDS, mapHeaders, type ColumnMap, type ColumnOverrides, type Field } from './headers.ts';
import { headingLevel, isTotalText, looksLikeHeading, readHeading, type HeadingFacts } from './headings.ts';

export interface LayoutRow {
  row: number;
  cells: string[];
  notes?: string[] | undefined;
}

export interface LayoutSheet {
  name: string;
  rows: LayoutRow[];
}

export type SkippedKind = 'title' | 'section' | 'total' | 'blank' | 'column-numbers';

export interface SkippedRow {
  row: number;
  kind: SkippedKind;
  text: string;
}

/** Facts of the headings above a row, each with the row of the heading that gave it. */
export type SectionFacts = { [K in keyof HeadingFacts]?: { value: NonNullable<HeadingFacts[K]>; row: number } };

export interface DataRow extends LayoutRow {
  section: SectionFacts;
}

export interface Table {
  sheet: string;
  /** Spreadsheet rows of the header: one, or two for a group title over column names. */
  headerRows: number[];
  /** The column names as written; under a group title, "Group / Name". */
  header: string[];
  columns: ColumnMap;
  /** Text above the header: the annex's title lines. */
  titleLines: Array<{ row: number; text: string }>;
  rows: DataRow[];
  skipped: SkippedRow[];
}

/** How far down a sheet the header may be: title blocks are a handful of lines. */
const HEADER_SEARCH_ROWS = 40;
/** A header names at least this many fields, one of them the product or the producer. */
const MIN_HEADER_FIELDS = 3;

/**
 * The table of the sheet that holds one (the best header, when a workbook has a
 * cover or instructions sheet before the data); ImportError when no sheet has one.
 */
export function findTable(sheets: LayoutSheet[], overrides?: ColumnOverrides, file = 'the export'): Table {
  let best: { sheet: LayoutSheet; header: HeaderMatch } | null = null;
  for (const sheet of sheets) {
    const header = findHeader(sheet, overrides);
    if (header && (!best || header.fields > best.header.fields)) best = { sheet, header };
  }
  if (!best) throw new ImportError(noHeaderMessage(file, sheets));
  return readTable(best.sheet, best.header);
}

interface HeaderMatch {
  /** Index in `sheet.rows` of the (last) header row. */
  index: number;
  rows: number[];
  header: string[];
  columns: ColumnMap;
  fields: number;
}

function findHeader(sheet: LayoutSheet, overrides?: ColumnOverrides): HeaderMatch | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const row = sheet.rows[index]!;
    const single = mapHeaders(row.cells, { overrides });
    if (!isHeader(single)) continue;
    const match: HeaderMatch = { index, rows: [row.row], header: row.cells.map((c) => c.trim()), columns: single, fields: fieldCount(single) };
    const below = sheet.rows[index + 1];
    if (below && below.row === row.row + 1 && !isColumnNumbers(below.cells)) {
      const groups = carryGroupTitles(row.cells, below.cells);
      const pair = mapHeaders(below.cells, { groups, overrides });
      if (fieldCount(pair) > match.fields) {
        const header = below.cells.map((cell, i) =>
          [groups[i], cell]
            .map((part) => (part ?? '').trim())
            .filter(Boolean)
            .join(' / '),
        );
        return { index: index + 1, rows: [row.row, below.row], header, columns: pair, fields: fieldCount(pair) };
      }
    }
    return match;
  }
  return null;
}

function isHeader(columns: ColumnMap): boolean {
  return fieldCount(columns) >= MIN_HEADER_FIELDS && (columns.columns.name !== undefined || columns.columns.producer !== undefined);
}

function fieldCount(columns: ColumnMap): number {
  return Object.keys(columns.columns).length;
}

/**
 * A merged group title sits in its first column only; the columns it spans are
 * empty in the title row but named in the row below. Carry the title across them.
 */
function carryGroupTitles(titles: string[], names: string[]): string[] {
  const groups: string[] = [];
  let current = '';
  for (let i = 0; i < Math.max(titles.length, names.length); i++) {
    const title = (titles[i] ?? '').trim();
    if (title) current = title;
    else if (!(names[i] ?? '').trim()) current = '';
    groups.push(title || ((names[i] ?? '').trim() ? current : ''));
  }
  return groups;
}

/** "(1) (2) (3)…", "1 2 3…" or "A B C…" under the header: the columns' numbers. */
function isColumnNumbers(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  return filled.length >= MIN_HEADER_FIELDS && filled.every((cell) => /^\(?(\d{1,2}|[A-Z])\)?$/.test(cell) || /^\(\d+\)\s*=/.test(cell));
}

/** Fields whose value makes a row a product row, whatever else it holds. */
const PRODUCT_FIELDS: Field[] = ['producer', 'stars', 'decisionNumber', 'decisionDate', 'category', 'code', 'score'];

function readTable(sheet: LayoutSheet, match: HeaderMatch): Table {
  const { columns } = match;
  const titleLines: Table['titleLines'] = [];
  const skipped: SkippedRow[] = [];
  for (const row of sheet.rows.slice(0, match.index - match.rows.length + 1)) {
    const text = rowText(row.cells);
    if (text) {
      titleLines.push({ row: row.row, text });
      skipped.push({ row: row.row, kind: 'title', text });
    }
  }
  const rows: DataRow[] = [];
  let top: SectionFacts = {};
  let sub: SectionFacts = {};
  let index = match.index + 1;
  if (sheet.rows[index] && isColumnNumbers(sheet.rows[index]!.cells)) {
    skipped.push({ row: sheet.rows[index]!.row, kind: 'column-numbers', text: rowText(sheet.rows[index]!.cells) });
    index++;
  }
  for (const row of sheet.rows.slice(index)) {
    const kind = classifyRow(row.cells, columns);
    if (kind === 'product') {
      rows.push({ ...row, section: { ...top, ...sub } });
      continue;
    }
    const text = kind === 'section' ? headingText(row.cells) : rowText(row.cells);
    skipped.push({ row: row.row, kind, text });
    if (kind !== 'section') continue;
    const facts = withRow(readHeading(text), row.row);
    // A top heading ("I. …") starts afresh, a sub-heading ("1. …") refines it; but a
    // province, once named, holds for the headings after it until another is named
    // ("IV. HUYỆN ĐẮK MIL (TỈNH ĐẮK NÔNG)", then "V. HUYỆN KRÔNG NÔ").
    const province = facts.province ?? top.province ?? sub.province;
    if (headingLevel(text) === 1) {
      top = facts;
      sub = {};
    } else sub = facts;
    if (province && !top.province) top.province = province;
  }
  return { sheet: sheet.name, headerRows: match.rows, header: match.header, columns, titleLines, rows, skipped };
}

function withRow(facts: HeadingFacts, row: number): SectionFacts {
  const out: SectionFacts = {};
  for (const [key, value] of Object.entries(facts)) if (value !== undefined) (out as Record<string, unknown>)[key] = { value, row };
  return out;
}

/**
 * A product row, or what else it is. A row whose product fields (producer, stars,
 * decision, category, code, score) are all empty and that holds at most a number
 * and one text is a heading, a total, or an STT left alone; a row that names a
 * product but nothing else stays a product row, to be quarantined with its reasons.
 */
export function classifyRow(cells: string[], columns: ColumnMap): 'product' | SkippedKind {
  const productFields = PRODUCT_FIELDS.filter((field) => {
    const index = columns.columns[field];
    return index !== undefined && (cells[index] ?? '').trim() !== '';
  }).length;
  // Most rows are products with several fields filled: decided without reading their text.
  if (productFields > 1) return 'product';
  const { numbering, texts } = splitNumbering(cells);
  if (texts.length === 0) return 'blank';
  // A total may carry a count under a product column ("Tổng cộng | … | 60").
  if (texts.length <= 2 && texts.some(isTotalText)) return 'total';
  if (productFields > 0 || texts.length > 1) return 'product';
  return looksLikeHeading(numbering ? `${numbering}. ${texts[0]}` : texts[0]!) ? 'section' : 'product';
}

/** An STT or a heading's numeral ("3", "II", "a)") standing in a cell of its own. */
const NUMBERING_CELL = /^\(?([IVXLC]+|[A-Za-z]|\d+(\.\d+)*)[.)]?\)?$|^[\d.,\s]+$/;

function splitNumbering(cells: string[]): { numbering: string; texts: string[] } {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  const texts = filled.filter((cell) => !NUMBERING_CELL.test(cell));
  const numbering = filled.find((cell) => NUMBERING_CELL.test(cell))?.replace(/[.()]/g, '') ?? '';
  return { numbering, texts };
}

/** A heading's text with its numeral in front, the way it reads: "II. HUYỆN ĐẮK SONG CŨ". */
function headingText(cells: string[]): string {
  const { numbering, texts } = splitNumbering(cells);
  return numbering && texts.length > 0 ? `${numbering}. ${texts.join(' ')}` : texts.join(' ');
}

function rowText(cells: string[]): string {
  return cells
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' · ');
}

function noHeaderMessage(file: string, sheets: LayoutSheet[]): string {
  const seen = sheets.map((sheet) => {
    const first = sheet.rows.slice(0, 3).map((row) => `row ${row.row}: ${rowText(row.cells).slice(0, 120)}`);
    return first.length ? `Sheet "${sheet.name}" begins ${first.join('; ')}.` : `Sheet "${sheet.name}" is empty.`;
  });
  return [
    `"${file}" has no header row: a header names at least ${MIN_HEADER_FIELDS} known columns, one of them`,
    `${FIELDS.name.label} or ${FIELDS.producer.label}, within the first ${HEADER_SEARCH_ROWS} rows of a sheet.`,
    ...seen,
    'If the export uses its own names for the columns, map them with --columns FILE.',
  ].join(' ');
}
