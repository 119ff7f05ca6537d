/**
 * "Download exactly the filtered list": every result of the current search, not
 * just the ones on screen, written as CSV. Results are read from the index's
 * result files, each fetched once, a few at a time.
 */
import { spreadsheetCsv, type CsvColumn } from '../../domain/spreadsheet-csv.ts';
import type { SearchHit, SearchIndex } from '../../search/index/engine.ts';
import type { ResultData } from '../../search/index/format.ts';

const PARALLEL_FETCHES = 6;

export async function loadAllData(index: SearchIndex, hits: readonly SearchHit[], onProgress: (done: number) => void): Promise<ResultData[]> {
  const out: ResultData[] = new Array(hits.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < hits.length) {
      const at = next++;
      out[at] = await index.result(hits[at]!.page);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, hits.length) }, worker));
  return out;
}

export function productCsv(rows: readonly ResultData[], headers: readonly string[], origin: string): string {
  const field = (key: string) => (row: ResultData) => row.meta[key];
  const columns: CsvColumn<ResultData>[] = [
    field('title'),
    field('code'),
    field('producer'),
    field('province'),
    field('stars'),
    field('set'),
    (row: ResultData) => new URL(row.url, origin).href,
  ].map((value, i) => ({ header: headers[i] ?? '', value }));
  return spreadsheetCsv(rows, columns);
}

export function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
