/**
 * "Download exactly the filtered list": every result of the current search, not
 * just the ones on screen, fetched a few at a time and written as CSV.
 */
import { toCsv, type CsvColumn } from '../../search/csv.ts';
import type { PagefindResult, PagefindResultData } from './pagefind.ts';

const PARALLEL_FETCHES = 6;

export async function loadAllData(results: readonly PagefindResult[], onProgress: (done: number) => void): Promise<PagefindResultData[]> {
  const out: PagefindResultData[] = new Array(results.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < results.length) {
      const index = next++;
      out[index] = await results[index]!.data();
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, results.length) }, worker));
  return out;
}

export function productCsv(rows: readonly PagefindResultData[], headers: readonly string[], origin: string): string {
  const field = (key: string) => (row: PagefindResultData) => row.meta[key];
  const columns: CsvColumn<PagefindResultData>[] = [
    field('title'),
    field('code'),
    field('producer'),
    field('province'),
    field('stars'),
    field('set'),
    (row: PagefindResultData) => new URL(row.url, origin).href,
  ].map((value, i) => ({ header: headers[i] ?? '', value }));
  return toCsv(rows, columns);
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
