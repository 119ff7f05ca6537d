/**
 * Which character separates the cells: comma, semicolon (Excel in a Vietnamese
 * locale) or tab (Excel's "Unicode text"). Each candidate reads the first records
 * as the tokenizer would, quotes included, so a separator inside a quoted cell
 * never counts; the winner is the one that gives the most records the same number
 * of cells (at least two), because a title line above the header ("DANH SÁCH SẢN
 * PHẨM OCOP; NĂM 2025") is one record and the table below it is many. On a tie,
 * tab beats semicolon beats comma: cells hold commas far more often than tabs.
 */
import { readRecord, type Separator } from './tokenizer.ts';

const CANDIDATES: Separator[] = ['\t', ';', ','];
const SAMPLE_RECORDS = 20;

export interface SeparatorScore {
  separator: Separator;
  /** The most common number of cells among the sampled records… */
  width: number;
  /** …and how many records have it. */
  records: number;
}

export function scoreSeparators(text: string): SeparatorScore[] {
  return CANDIDATES.map((separator) => {
    const widths = new Map<number, number>();
    let pos = 0;
    for (let sampled = 0; sampled < SAMPLE_RECORDS && pos < text.length; ) {
      const record = readRecord(text, pos, separator);
      pos = record.end;
      if (record.cells.every((cell) => cell.trim() === '')) continue;
      widths.set(record.cells.length, (widths.get(record.cells.length) ?? 0) + 1);
      sampled++;
    }
    let best = { separator, width: 1, records: 0 };
    for (const [width, records] of widths) {
      if (width < 2) continue;
      if (records > best.records || (records === best.records && width > best.width)) best = { separator, width, records };
    }
    return best;
  });
}

/** The most consistent separator across the first records; a comma when none splits any record. */
export function detectSeparator(text: string): Separator {
  let best: SeparatorScore | undefined;
  for (const score of scoreSeparators(text)) if (score.records > (best?.records ?? 0)) best = score;
  return best?.separator ?? ',';
}
