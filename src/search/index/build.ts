/**
 * Builds the search index files from the indexable pages of a built site
 * (format: `./format.ts`). Pure: pages in, files out; the pipeline step
 * (`src/pipeline/index-site.ts`) reads the pages and writes the files.
 */
import { createHash } from 'node:crypto';
import { addToList } from '../../domain/lists-by-key.ts';
import { SEARCH_KINDS } from '../kinds.ts';
import type { FilterName } from '../filters.ts';
import type { SearchRecord } from '../search-record.ts';
import { searchWords } from '../words.ts';
import {
  FACET_ALPHABET,
  encodeDifferences,
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

export interface PageToIndex {
  url: string;
  record: SearchRecord;
  body: string;
}

export interface IndexOptions {
  /** Words are split into files of about this many bytes of JSON (before compression). */
  wordFileBytes: number;
  /** Results per result-data file. */
  blockSize: number;
}

/**
 * About 10–15 KB compressed per word file, 1–2 KB per result file: a first
 * search reads one word file per word and one result file per result shown.
 */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = { wordFileBytes: 48_000, blockSize: 16 };

/** The index of every language the pages are in: URL path → file content. */
export function buildSearchIndex(pages: readonly PageToIndex[], options: IndexOptions = DEFAULT_INDEX_OPTIONS): Map<string, string> {
  const files = new Map<string, string>();
  const languages = [...new Set(pages.map((page) => page.record.lang))].sort();
  for (const lang of languages) {
    for (const [url, content] of buildLanguage(
      lang,
      pages.filter((page) => page.record.lang === lang),
      options,
    ))
      files.set(url, content);
  }
  return files;
}

interface WordEntry {
  title: Map<string, number[]>;
  related: number[];
  category: number[];
  body: number[];
}

const KIND_ORDER = new Map<string, number>(SEARCH_KINDS.map((kind, i) => [kind, i]));

function buildLanguage(lang: string, unordered: readonly PageToIndex[], options: IndexOptions): Map<string, string> {
  const pages = orderPages(unordered);
  const words = collectWords(pages);
  // Each file's URL depends on the version, which is the hash of them all.
  const content: Array<{ url: (version: string) => string; json: string }> = [];
  const { prefixes, singles } = planWordFiles(words, options.wordFileBytes);
  for (const [prefix, entries] of prefixes) content.push({ url: (v) => wordFileUrl(lang, v, 'p', prefix), json: wordFileJson(entries, words) });
  for (const word of singles) content.push({ url: (v) => wordFileUrl(lang, v, 'w', word), json: wordFileJson([word], words) });
  for (let block = 0; block * options.blockSize < pages.length; block++) {
    const data: ResultData[] = pages
      .slice(block * options.blockSize, (block + 1) * options.blockSize)
      .map((page) => ({ url: page.url, meta: page.record.meta }));
    content.push({ url: (v) => resultFileUrl(lang, v, block), json: JSON.stringify(data) });
  }
  content.push({ url: (v) => facetFileUrl(lang, v), json: JSON.stringify(facetFile(pages)) });

  const hash = createHash('sha256');
  for (const file of content) hash.update(file.url('')).update('\0').update(file.json).update('\0');
  const version = hash.digest('hex').slice(0, 12);
  const files = new Map(content.map((file) => [file.url(version), file.json]));
  const manifest: IndexManifest = {
    version,
    pages: pages.length,
    blockSize: options.blockSize,
    kinds: kindRanges(pages),
    prefixes: [...prefixes.keys()].sort(),
    words: [...singles].sort(),
  };
  files.set(manifestUrl(lang), JSON.stringify(manifest));
  return files;
}

/** Kind first (products before producers, …), then folded name: page number order is name order within a kind. */
function orderPages(pages: readonly PageToIndex[]): PageToIndex[] {
  const keyed = pages.map((page) => ({
    page,
    kind: KIND_ORDER.get(page.record.kind) ?? KIND_ORDER.size,
    name: searchWords(page.record.title)
      .map((w) => w.folded)
      .join(' '),
  }));
  keyed.sort((a, b) => a.kind - b.kind || compare(a.name, b.name) || compare(a.page.url, b.page.url));
  return keyed.map((k) => k.page);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every folded word with the pages it occurs on, by field. A word counts once
 * per page, in its best field: a title word is not repeated as related or body.
 */
function collectWords(pages: readonly PageToIndex[]): Map<string, WordEntry> {
  const words = new Map<string, WordEntry>();
  const entry = (word: string) => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { title: new Map(), related: [], category: [], body: [] }));
    return found;
  };
  const add = (list: number[], page: number) => {
    if (list[list.length - 1] !== page) list.push(page);
  };
  pages.forEach(({ record, body }, page) => {
    const seen = new Set<string>();
    for (const { exact, folded } of searchWords([record.title, ...(record.names ?? [])].join(' '))) {
      const title = entry(folded).title;
      let list = title.get(exact);
      if (!list) title.set(exact, (list = []));
      add(list, page);
      seen.add(folded);
    }
    const inTitle = new Set(seen);
    for (const { folded } of searchWords(record.related.join(' '))) {
      if (inTitle.has(folded)) continue;
      add(entry(folded).related, page);
      seen.add(folded);
    }
    const named = new Set(seen);
    for (const { folded } of searchWords((record.categories ?? []).join(' '))) {
      if (named.has(folded)) continue;
      add(entry(folded).category, page);
      seen.add(folded);
    }
    for (const { folded } of searchWords(body)) {
      if (seen.has(folded)) continue;
      add(entry(folded).body, page);
    }
  });
  return words;
}

function wordPages(entry: WordEntry): WordPages {
  const out: WordPages = {};
  if (entry.title.size > 0) {
    out.title = Object.fromEntries([...entry.title].sort(([a], [b]) => compare(a, b)).map(([exact, pages]) => [exact, encodeDifferences(pages)]));
  }
  if (entry.related.length > 0) out.related = encodeDifferences(entry.related);
  if (entry.category.length > 0) out.category = encodeDifferences(entry.category);
  if (entry.body.length > 0) out.body = encodeDifferences(entry.body);
  return out;
}

function wordFileJson(keys: readonly string[], words: Map<string, WordEntry>): string {
  const file: WordFile = {};
  for (const word of keys) file[word] = wordPages(words.get(word)!);
  return JSON.stringify(file);
}

/**
 * Which words go in which file: all words starting with a prefix share a file
 * until they outgrow `limit`; then the prefix is split by its next letter, and
 * the word equal to the prefix (if any) gets a file of its own. A visitor's
 * word is then in exactly one file, found from its letters alone.
 */
function planWordFiles(words: Map<string, WordEntry>, limit: number): { prefixes: Map<string, string[]>; singles: Set<string> } {
  const sizes = new Map<string, number>();
  for (const [word, entry] of words) sizes.set(word, word.length + JSON.stringify(wordPages(entry)).length + 4);
  const prefixes = new Map<string, string[]>();
  const singles = new Set<string>();
  const split = (prefix: string, group: string[]) => {
    const size = group.reduce((sum, word) => sum + sizes.get(word)!, 0);
    if (size <= limit || group.every((word) => word === prefix)) {
      prefixes.set(prefix, group);
      return;
    }
    const byNext = new Map<string, string[]>();
    for (const word of group) {
      if (word === prefix) singles.add(word);
      else addToList(byNext, word.slice(0, prefix.length + 1), word);
    }
    for (const [next, members] of byNext) split(next, members);
  };
  const byFirst = new Map<string, string[]>();
  for (const word of [...words.keys()].sort()) addToList(byFirst, word[0]!, word);
  for (const [first, group] of byFirst) split(first, group);
  return { prefixes, singles };
}

function kindRanges(pages: readonly PageToIndex[]): IndexManifest['kinds'] {
  const ranges: IndexManifest['kinds'] = [];
  pages.forEach((page, i) => {
    const last = ranges[ranges.length - 1];
    if (last && last[0] === page.record.kind) last[2] = i + 1;
    else ranges.push([page.record.kind, i, i + 1]);
  });
  return ranges;
}

/**
 * Filters other than kind (a range of page numbers). A filter with at most one
 * value per page, and few enough values for the alphabet, is a string of one
 * character per page; any other lists its pages per value.
 */
function facetFile(pages: readonly PageToIndex[]): FacetFile {
  const names = new Set<FilterName>();
  for (const page of pages) for (const name of Object.keys(page.record.filters) as FilterName[]) if (name !== 'kind') names.add(name);
  const file: FacetFile = { single: {}, multiple: {} };
  for (const name of [...names].sort()) {
    const valuesOf = (page: PageToIndex) => page.record.filters[name] ?? [];
    const values = [...new Set(pages.flatMap(valuesOf))].sort();
    if (pages.every((page) => valuesOf(page).length <= 1) && values.length < FACET_ALPHABET.length) {
      const position = new Map(values.map((value, i) => [value, i + 1]));
      const character = (page: PageToIndex) => {
        const value = valuesOf(page)[0];
        return FACET_ALPHABET[value === undefined ? 0 : position.get(value)!];
      };
      file.single[name] = { values, pages: pages.map(character).join('') };
    } else {
      const lists: Record<string, number[]> = {};
      for (const value of values) lists[value] = encodeDifferences(pages.flatMap((page, i) => (valuesOf(page).includes(value) ? [i] : [])));
      file.multiple[name] = lists;
    }
  }
  return file;
}
