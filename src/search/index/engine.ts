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
  /**
   * With no results, a query to try instead: the index's nearest words for
   * words in no page, or the query without the word that kept its words
   * apart; else null.
   */
  suggestion: string | null;
}

export interface SearchOptions {
  filters?: Filters;
  sort?: SortKey;
  counts?: boolean;
}

export const WEIGHTS = { exactTitle: 12, title: 10, related: 3, category: 2, body: 1 } as const;
/** A word the query only starts (the visitor may be typing it) weighs less than the whole word. */
export const PREFIX_FACTOR = 0.5;
/** Beyond this many extra files, a short last word is matched whole, not as a start of longer words. */
const MAX_PREFIX_FILES = 4;
/** "nuocmamphuquoc" is four words; more is not something a visitor types. */
const MAX_JOINED_PARTS = 4;
/**
 * Parts shorter than this are not read into a joined word: a stray letter
 * ("mamm" → "mam" + "m…") would match almost anything, where a suggestion helps.
 */
const MIN_PART = 2;

/** Where one query word occurs: its weight per page, and the pages that name it (title, producer, place). */
interface Matches {
  weights: Map<number, number>;
  named: Set<number>;
}

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
    const [scored, columns] = await Promise.all([
      words.length > 0 ? this.score(words, typingLastWord) : query.trim() ? { scores: new Map<number, number>(), suggestion: null } : null,
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
    const scores = scored?.scores;
    if (scores) for (const [page, score] of scores) consider(page, score);
    else for (let page = 0; page < this.manifest.pages; page++) consider(page, 0);

    return { hits: this.order(hits, options.sort ?? 'relevance', columns.get('stars')), counts, suggestion: scored?.suggestion ?? null };
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

  /**
   * Pages having every word, with the sum of each word's best weight. A word
   * found nowhere may be syllables typed without spaces ("caphe", "nuocmam"):
   * it is then read as the known words it splits into. A word still found
   * nowhere gets the nearest word of the index as a suggestion.
   */
  private async score(words: SearchWord[], typingLastWord: boolean): Promise<{ scores: Map<number, number>; suggestion: string | null }> {
    const terms = await Promise.all(
      words.map(async (word, i): Promise<Array<Matches | null>> => {
        const asPrefix = typingLastWord && i === words.length - 1;
        const whole = await this.wordMatches(word, asPrefix);
        if (whole.weights.size > 0) return [whole];
        const parts = await this.splitJoined(word.folded, asPrefix, MAX_JOINED_PARTS);
        if (parts) return Promise.all(parts.map((part, j) => this.wordMatches({ exact: part, folded: part }, asPrefix && j === parts.length - 1)));
        return [null];
      }),
    );
    const unmatched = words.filter((_, i) => terms[i]![0] === null);
    if (unmatched.length > 0) return { scores: new Map(), suggestion: await this.suggest(words, unmatched) };

    const perTerm = terms.flat() as Matches[];
    perTerm.sort((a, b) => a.weights.size - b.weights.size);
    const [smallest, ...others] = perTerm;
    const scores = new Map<number, number>();
    const namedWords = new Map<number, number>();
    for (const [page, score] of smallest!.weights) {
      let total = score;
      let named = smallest!.named.has(page) ? 1 : 0;
      for (const other of others) {
        const weight = other.weights.get(page);
        if (weight === undefined) {
          total = -1;
          break;
        }
        total += weight;
        if (other.named.has(page)) named++;
      }
      if (total < 0) continue;
      scores.set(page, total);
      namedWords.set(page, named);
    }
    // A query of several words that some pages name in full (title, producer,
    // place) keeps only the pages naming most of its words: the others merely
    // have the words scattered through their text ("mật" here, "ông" there).
    const needed = Math.ceil(perTerm.length / 2);
    if (perTerm.length > 1 && [...namedWords.values()].some((named) => named === perTerm.length)) {
      for (const [page, named] of namedWords) if (named < needed) scores.delete(page);
    }
    return { scores, suggestion: scores.size === 0 ? dropOneWord(words, terms as Matches[][]) : null };
  }

  private async wordMatches(word: SearchWord, asPrefix: boolean): Promise<Matches> {
    const files = await this.wordFiles(word.folded, asPrefix);
    const weights = new Map<number, number>();
    const named = new Set<number>();
    const add = (differences: readonly number[] | undefined, weight: number, isName: boolean) => {
      if (!differences) return;
      for (const page of decodeDifferences(differences)) {
        if ((weights.get(page) ?? 0) < weight) weights.set(page, weight);
        if (isName) named.add(page);
      }
    };
    for (const file of files) {
      for (const [candidate, pages] of Object.entries(file) as Array<[string, WordPages]>) {
        const factor = candidate === word.folded ? 1 : asPrefix && candidate.startsWith(word.folded) ? PREFIX_FACTOR : 0;
        if (factor === 0) continue;
        for (const [spelling, differences] of Object.entries(pages.title ?? {})) {
          add(differences, factor * (spelling === word.exact ? WEIGHTS.exactTitle : WEIGHTS.title), true);
        }
        add(pages.related, factor * WEIGHTS.related, true);
        add(pages.category, factor * WEIGHTS.category, false);
        add(pages.body, factor * WEIGHTS.body, false);
      }
    }
    return { weights, named };
  }

  private wordFiles(folded: string, asPrefix: boolean): Promise<WordFile[]> {
    return Promise.all(this.wordFilesFor(folded, asPrefix).map((url) => this.file(url))) as Promise<WordFile[]>;
  }

  /** Whether the index has this whole word (or, `asPrefix`, a word starting with it). */
  private async known(folded: string, asPrefix: boolean): Promise<boolean> {
    const files = await this.wordFiles(folded, asPrefix);
    return files.some((file) => Object.hasOwn(file, folded) || (asPrefix && Object.keys(file).some((word) => word.startsWith(folded))));
  }

  /**
   * `joined` as known words, fewest and longest first ("nuocmam" → "nuoc",
   * "mam"); null if it is not made of them. Only the files of the candidate
   * words are read, most of them the ones the whole word already needed.
   */
  private async splitJoined(joined: string, asPrefix: boolean, maxParts: number): Promise<string[] | null> {
    if (maxParts < 2) return null;
    // The candidate left words mostly share the whole word's file: read them all at once, not one round trip each.
    await Promise.all(Array.from({ length: Math.max(0, joined.length - 2 * MIN_PART + 1) }, (_, i) => this.wordFiles(joined.slice(0, i + MIN_PART), false)));
    for (let cut = joined.length - MIN_PART; cut >= MIN_PART; cut--) {
      const left = joined.slice(0, cut);
      if (!(await this.known(left, false))) continue;
      const right = joined.slice(cut);
      if (await this.known(right, asPrefix)) return [left, right];
      const rest = await this.splitJoined(right, asPrefix, maxParts - 1);
      if (rest) return [left, ...rest];
    }
    return null;
  }

  /**
   * The query with each word the index lacks replaced by its nearest word in
   * the same word file (fewest edits, then the most pages), spelled as the
   * titles spell it; null when some word has no near neighbour.
   */
  private async suggest(words: SearchWord[], unmatched: SearchWord[]): Promise<string | null> {
    const replacements = new Map<SearchWord, string>();
    for (const word of unmatched) {
      const files = await this.wordFiles(word.folded, false);
      const limit = word.folded.length <= 4 ? 1 : 2;
      let best: { spelling: string; distance: number; pages: number } | undefined;
      for (const file of files) {
        for (const [candidate, pages] of Object.entries(file) as Array<[string, WordPages]>) {
          const distance = editDistance(word.folded, candidate, limit);
          if (distance > limit) continue;
          const titles = Object.entries(pages.title ?? {}).sort((a, b) => b[1].length - a[1].length);
          const count = titles.reduce((sum, [, list]) => sum + list.length, 0) + (pages.related?.length ?? 0) + (pages.body?.length ?? 0);
          if (!best || distance < best.distance || (distance === best.distance && count > best.pages)) {
            best = { spelling: titles[0]?.[0] ?? candidate, distance, pages: count };
          }
        }
      }
      if (!best) return null;
      replacements.set(word, best.spelling);
    }
    return words.map((word) => replacements.get(word) ?? word.exact).join(' ');
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

/**
 * For a query of several words, each found but never all on one page: the
 * query without the word whose absence leaves the most pages ("banh mat ong"
 * → "mat ong"); null if no single word's absence helps.
 */
function dropOneWord(words: readonly SearchWord[], terms: readonly Matches[][]): string | null {
  if (words.length < 2) return null;
  let best: { without: number; pages: number } | undefined;
  for (let without = 0; without < words.length; without++) {
    const kept = terms.filter((_, i) => i !== without).flat();
    let pages = 0;
    for (const page of kept[0]!.weights.keys()) if (kept.every((term) => term.weights.has(page))) pages++;
    if (pages > 0 && (!best || pages > best.pages)) best = { without, pages };
  }
  return best
    ? words
        .filter((_, i) => i !== best.without)
        .map((word) => word.exact)
        .join(' ')
    : null;
}

/** Edit distance (insertions, deletions, substitutions, swapped neighbours), or `limit + 1` once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
