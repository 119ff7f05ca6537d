/**
 * "Download exactly the filtered list": every result of the current search, not
 * just the ones on screen, written as CSV. Results are read from the index's
 * result files, each fetched once, a few at a time.
 */
import { slug } from '../../domain/slug.ts';
import { spreadsheetCsv, type CsvColumn } from '../../domain/spreadsheet-csv.ts';
import type { SearchHit, SearchIndex } from '../../search/index/engine.ts';
import type { ResultData } from '../../search/index/format.ts';
import type { FilterName } from '../../search/filters.ts';

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

/**
 * The columns, in order: what a trade partner needs to check and reach a
 * product. Each is a key of the result's data (`src/search/search-record.ts`
 * says which rule fills it; valid until and decision follow the open-data file's).
 */
export const CSV_COLUMNS = [
  'title',
  'code',
  'producer',
  'ptype',
  'province',
  'stars',
  'until',
  'decision',
  'issuer',
  'set',
  'phone',
  'email',
  'web',
  'url',
] as const;
export type CsvColumnKey = (typeof CSV_COLUMNS)[number];

export function productCsv(rows: readonly ResultData[], headers: Record<CsvColumnKey, string>, origin: string): string {
  const columns: CsvColumn<ResultData>[] = CSV_COLUMNS.map((key) => ({
    header: headers[key],
    value: key === 'url' ? (row) => new URL(row.url, origin).href : (row) => row.meta[key],
  }));
  return spreadsheetCsv(rows, columns);
}

/** In a file name, what the list is comes before where and how good: "ca-phe-dak-lak". */
const NAME_ORDER: readonly FilterName[] = ['set', 'group', 'sector', 'kind', 'province', 'stars', 'type', 'standard'];

/**
 * The file's name says what was downloaded and when: the query and the chosen
 * filters' labels, in ASCII, then the build date (`ocop-ca-phe-dak-lak-2026-11-23.csv`),
 * so two downloads of different lists never share a name.
 */
export function csvFileName(query: string, filters: ReadonlyArray<{ name: FilterName; label: string }>, buildDate: string): string {
  const labels = [...filters].sort((a, b) => NAME_ORDER.indexOf(a.name) - NAME_ORDER.indexOf(b.name)).map((filter) => filter.label);
  const about = slug([query, ...labels].join(' '));
  return `${['ocop', about, buildDate].filter((part) => part.length > 0).join('-')}.csv`;
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
