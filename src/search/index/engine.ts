/**
 * Searching the catalogue's index (format: `./format.ts`) in the browser. It
 * fetches only what a query needs: the files its words live in, the filter
 * file once filters, counts or the stars order are asked for, and the result
 * files of the results shown. `load` is how a file is fetched (the islands pass
 * `fetch`, the tests read the built files).
 *
 * Ranking: every word of the query must occur on the page (the last one may be
 * the start of a word, since the visitor may still be typing). A page scores,
 * per word, the weight of the best place it occurs in: the title spelled
 * exactly as typed, the title, a related name (producer, province, product
 * set), the rest of the page. Ties keep page order: products first, then by name.
 */
import type { FilterName } from '../filters.ts';
import type { SortKey } from '../url-state.ts';
import { searchWords, type SearchWord } from '../words.ts';
import {
  FACET_ALPHABET,
  decodeDifferences,
  facetFileUrl,
  manifestUrl,
  resultFileUrl,
  wordFileUrl,
  type FacetFile,
  type IndexManifest,
  type ResultData,
  type WordFile,
  type WordPages,
} from './format.ts';

export type LoadJson = (url: string) => Promise<unknown>;
export type Filters = Partial<Record<FilterName, string[]>>;
export type FilterCounts = Partial<Record<FilterName, Record<string, number>>>;

export interface SearchHit {
  page: number;
  score: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** For each filter, how many results each value would have with the other filters kept; null unless asked for. */
  counts: FilterCounts | null;
}

export interface SearchOptions {
  filters?: Filters;
  sort?: SortKey;
  counts?: boolean;
}

export const WEIGHTS = { exactTitle: 12, title: 10, related: 3, body: 1 } as const;
/** A word the query only starts (the visitor may be typing it) weighs less than the whole word. */
export const PREFIX_FACTOR = 0.5;
/** Beyond this many extra files, a short last word is matched whole, not as a start of longer words. */
const MAX_PREFIX_FILES = 4;

/** One filter's value positions per page. */
interface Column {
  values: string[];
  of: (page: number) => readonly number[];
}

export class SearchIndex {
  private readonly prefixes: Set<string>;
  private readonly words: Set<string>;
  private readonly kindColumn: Column;
  private readonly files = new Map<string, Promise<unknown>>();
  private columns: Promise<Map<FilterName, Column>> | undefined;

  readonly lang: string;
  private readonly manifest: IndexManifest;
  private readonly load: LoadJson;

  private constructor(lang: string, manifest: IndexManifest, load: LoadJson) {
    this.lang = lang;
    this.manifest = manifest;
    this.load = load;
    this.prefixes = new Set(manifest.prefixes);
    this.words = new Set(manifest.words);
    const kinds = manifest.kinds.map(([kind]) => kind);
    const codes = new Uint8Array(manifest.pages);
    for (const [i, [, first, end]] of manifest.kinds.entries()) codes.fill(i + 1, first, end);
    this.kindColumn = singleColumn(kinds, codes);
  }

  static async open(lang: string, load: LoadJson): Promise<SearchIndex> {
    return new SearchIndex(lang, (await load(manifestUrl(lang))) as IndexManifest, load);
  }

  get pageCount(): number {
    return this.manifest.pages;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const filters = Object.entries(options.filters ?? {}).filter((entry): entry is [FilterName, string[]] => (entry[1]?.length ?? 0) > 0);
    const needColumns = options.counts === true || options.sort === 'stars' || filters.some(([name]) => name !== 'kind');
    const words = searchWords(query);
    const typingLastWord = !/\s$/.test(query);
    // A query with no word in it ("…", "!!") matches nothing, not everything.
    const [scores, columns] = await Promise.all([
      words.length > 0 ? this.score(words, typingLastWord) : query.trim() ? new Map<number, number>() : null,
      needColumns ? this.loadColumns() : new Map<FilterName, Column>([['kind', this.kindColumn]]),
    ]);

    const active = filters.map(([name, values]) => {
      const column = columns.get(name);
      return { name, column, selected: new Set(values.map((value) => column?.values.indexOf(value) ?? -1).filter((i) => i >= 0)) };
    });
    const counts: FilterCounts | null = options.counts ? {} : null;
    const tally = (name: FilterName, column: Column, page: number) => {
      const forName = (counts![name] ??= {});
      for (const i of column.of(page)) forName[column.values[i]!] = (forName[column.values[i]!] ?? 0) + 1;
    };

    const hits: SearchHit[] = [];
    const consider = (page: number, score: number) => {
      let failed = 0;
      let failedName: FilterName | undefined;
      for (const { name, column, selected } of active) {
        if (!column?.of(page).some((i) => selected.has(i))) {
          failed++;
          failedName = name;
          if (failed > 1) return;
        }
      }
      if (failed === 0) hits.push({ page, score });
      if (!counts) return;
      // A filter's counts ignore that filter: they say what choosing a value would give.
      for (const [name, column] of columns) if (failed === 0 || name === failedName) tally(name, column, page);
    };
    if (scores) for (const [page, score] of scores) consider(page, score);
    else for (let page = 0; page < this.manifest.pages; page++) consider(page, 0);

    return { hits: this.order(hits, options.sort ?? 'relevance', columns.get('stars')), counts };
  }

  /** What result `page` shows. */
  async result(page: number): Promise<ResultData> {
    const block = Math.floor(page / this.manifest.blockSize);
    const data = (await this.file(resultFileUrl(this.lang, this.manifest.version, block))) as ResultData[];
    return data[page % this.manifest.blockSize]!;
  }

  private order(hits: SearchHit[], sort: SortKey, stars: Column | undefined): SearchHit[] {
    if (sort === 'name') return hits.sort((a, b) => a.page - b.page);
    if (sort === 'stars') {
      // Pages without stars (producers, stories, lapsed certificates) have no place in this order.
      const rating = (hit: SearchHit) => Number(stars?.values[stars.of(hit.page)[0] ?? -1] ?? 0);
      return hits
        .map((hit) => ({ hit, stars: rating(hit) }))
        .filter((h) => h.stars > 0)
        .sort((a, b) => b.stars - a.stars || b.hit.score - a.hit.score || a.hit.page - b.hit.page)
        .map((h) => h.hit);
    }
    return hits.sort((a, b) => b.score - a.score || a.page - b.page);
  }

  /** Pages having every word, with the sum of each word's best weight. */
  private async score(words: SearchWord[], typingLastWord: boolean): Promise<Map<number, number>> {
    const perWord = await Promise.all(words.map((word, i) => this.wordScores(word, typingLastWord && i === words.length - 1)));
    perWord.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = perWord;
    const scores = new Map<number, number>();
    for (const [page, score] of smallest!) {
      let total = score;
      for (const other of others) {
        const weight = other.get(page);
        if (weight === undefined) {
          total = -1;
          break;
        }
        total += weight;
      }
      if (total >= 0) scores.set(page, total);
    }
    return scores;
  }

  private async wordScores(word: SearchWord, asPrefix: boolean): Promise<Map<number, number>> {
    const files = (await Promise.all(this.wordFilesFor(word.folded, asPrefix).map((url) => this.file(url)))) as WordFile[];
    const scores = new Map<number, number>();
    const add = (differences: readonly number[] | undefined, weight: number) => {
      if (!differences) return;
      for (const page of decodeDifferences(differences)) if ((scores.get(page) ?? 0) < weight) scores.set(page, weight);
    };
    for (const file of files) {
      for (const [candidate, pages] of Object.entries(file) as Array<[string, WordPages]>) {
        const factor = candidate === word.folded ? 1 : asPrefix && candidate.startsWith(word.folded) ? PREFIX_FACTOR : 0;
        if (factor === 0) continue;
        for (const [spelling, differences] of Object.entries(pages.title ?? {})) {
          add(differences, factor * (spelling === word.exact ? WEIGHTS.exactTitle : WEIGHTS.title));
        }
        add(pages.related, factor * WEIGHTS.related);
        add(pages.body, factor * WEIGHTS.body);
      }
    }
    return scores;
  }

  /** The file a whole word is in, and, for a word being typed, the files of the longer words it starts. */
  private wordFilesFor(folded: string, asPrefix: boolean): string[] {
    const { lang } = this;
    const { version, prefixes, words } = this.manifest;
    const urls: string[] = [];
    if (this.words.has(folded)) urls.push(wordFileUrl(lang, version, 'w', folded));
    for (let length = folded.length; length > 0; length--) {
      const prefix = folded.slice(0, length);
      if (this.prefixes.has(prefix)) {
        urls.push(wordFileUrl(lang, version, 'p', prefix));
        break;
      }
    }
    if (asPrefix) {
      const longer = [
        ...prefixes.filter((p) => p.length > folded.length && p.startsWith(folded)).map((p) => wordFileUrl(lang, version, 'p', p)),
        ...words.filter((w) => w.length > folded.length && w.startsWith(folded)).map((w) => wordFileUrl(lang, version, 'w', w)),
      ];
      if (longer.length <= MAX_PREFIX_FILES) urls.push(...longer);
    }
    return urls;
  }

  private loadColumns(): Promise<Map<FilterName, Column>> {
    this.columns ??= (this.file(facetFileUrl(this.lang, this.manifest.version)) as Promise<FacetFile>).then((facets) => {
      const columns = new Map<FilterName, Column>([['kind', this.kindColumn]]);
      for (const [name, { values, pages }] of Object.entries(facets.single) as Array<[FilterName, { values: string[]; pages: string }]>) {
        const codes = Uint8Array.from(pages, (character) => FACET_ALPHABET.indexOf(character));
        columns.set(name, singleColumn(values, codes));
      }
      for (const [name, lists] of Object.entries(facets.multiple) as Array<[FilterName, Record<string, number[]>]>) {
        columns.set(name, multipleColumn(lists, this.manifest.pages));
      }
      return columns;
    });
    this.columns.catch(() => (this.columns = undefined));
    return this.columns;
  }

  /** A file, fetched once; a failed fetch is forgotten so a later search retries it. */
  private file(url: string): Promise<unknown> {
    let found = this.files.get(url);
    if (!found) {
      found = this.load(url);
      this.files.set(url, found);
      found.catch(() => this.files.delete(url));
    }
    return found;
  }
}

const NONE: readonly number[] = [];

/** `codes[page]` is 1 + the value's position, 0 for none. */
function singleColumn(values: string[], codes: Uint8Array): Column {
  const singles = values.map((_, i) => [i]);
  return {
    values,
    of: (page) => {
      const code = codes[page] ?? 0;
      return code > 0 ? singles[code - 1]! : NONE;
    },
  };
}

function multipleColumn(lists: Record<string, number[]>, pageCount: number): Column {
  const values = Object.keys(lists);
  const perPage: number[][] = Array.from({ length: pageCount }, () => []);
  values.forEach((value, i) => {
    for (const page of decodeDifferences(lists[value]!)) perPage[page]?.push(i);
  });
  return { values, of: (page) => perPage[page] ?? NONE };
}
