/**
 * The sizes the reading layer refuses or cuts at, in one place so the messages
 * and the tests quote the same numbers. Each is far above a real national export
 * (about 20,000 rows, 20 MB of CSV, a 3 MB workbook) and far below what would
 * exhaust a small server's memory.
 */
export const LIMITS = {
  /** A text or JSON export larger than this is refused before it is decoded. */
  maxTextBytes: 200 * 1024 * 1024,
  /** A workbook file larger than this is refused before it is opened. */
  maxWorkbookBytes: 200 * 1024 * 1024,
  /** Excel's own limit for one cell; longer cells are cut here, with a note on the row. */
  maxCellChars: 32_767,
  /**
   * The most a workbook's sheets and other XML parts may inflate to, together. A
   * national workbook of 20,000 rows inflates to about 21 MB and takes read-excel-file
   * about 1.5 s; 100 MB leaves room for 90,000 rows, while a sheet of 150 MB would
   * take it well over ten seconds and a gigabyte would exhaust the memory.
   */
  maxInflatedBytes: 100 * 1024 * 1024,
  /** An entry inflating to more than this is "large"; a large entry may not compress better than… */
  largeEntryBytes: 5 * 1024 * 1024,
  /** …this ratio. Real sheet XML compresses about 5–30 times; a bomb, hundreds or thousands. */
  maxCompressionRatio: 200,
  /** Rows × columns up to a sheet's furthest value: a national sheet is about 700,000 cells. */
  maxSheetCells: 10_000_000,
  /** A workbook is a few dozen files; thousands mean something else. */
  maxZipEntries: 5_000,
  /** A row list is two levels deep (an array of objects); a few more for values that are lists. */
  maxJsonDepth: 64,
} as const;

/** 209715200 → "200 MB": limits and sizes in messages read the same way. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
