/** What reading a file yields, whatever its format: sheets of rows of text cells, numbered as a person sees them. */
import type { Separator } from './tokenizer.ts';

export interface RawRow {
  /** The row number a person sees in the spreadsheet (CSV: the record's number, 1-based, counting every record including blank ones). */
  row: number;
  cells: string[];
  /** Problems met while reading this row that did not stop it, in plain words (a stray quote read as a character, a cell cut at the length limit). */
  notes?: string[];
}

export interface RawSheet {
  name: string;
  /** Non-blank rows only; blank rows are omitted but keep their numbers. */
  rows: RawRow[];
  /** CSV only: the separator found. */
  separator?: Separator;
  /** CSV only: the usual number of cells in a record (the most common count), against which stray quotes are judged. */
  width?: number;
  /** CSV only: the physical lines in the file and the lines its rows were read from (blank rows included). Always equal; a caller may assert it. */
  lines?: { inFile: number; read: number };
}
