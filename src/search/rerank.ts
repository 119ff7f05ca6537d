/**
 * A second look at the first page of results, with their titles at hand. The
 * index scores each word by the best place it occurs; among the top results we
 * then prefer, in order:
 *   1. titles containing more query words exactly as typed, for words typed
 *      with diacritics,
 *   2. titles containing more query words once folded (đ→d, no tone marks),
 *   3. titles starting with the query's first word,
 *   4. products over other pages,
 *   5. the index's own score,
 *   6. a product set whose label starts with the query's first word (English
 *      "honey": the honey set before "Made from meat, …, honey and …"),
 *   7. more stars (a 5★ "Nước mắm Phú Quốc" before 4★ and 3★ namesakes).
 * Pure and small: it runs in the browser on at most one page of results.
 */
import { exactWords, foldWord } from './words.ts';

export interface RankedItem {
  title: string;
  kind: string | undefined;
  score: number;
  /** The certificate's stars while shown, as the result data gives them. */
  stars?: string | undefined;
  /** The product set's label, in the page's language. */
  set?: string | undefined;
}

/** The first page of results, and past it the hits tied with its last one (up to a limit), so a tie is never cut by name order. */
export function rerankWindow(scores: readonly number[], firstPage: number, limit = 32): number {
  if (scores.length <= firstPage) return scores.length;
  const last = scores[firstPage - 1];
  let end = firstPage;
  while (end < Math.min(scores.length, limit) && scores[end] === last) end++;
  return end;
}

const folded = (words: string[]) => words.map(foldWord);

function key(item: RankedItem, query: { exact: string[]; folded: string[] }): number[] {
  const titleWords = exactWords(item.title);
  const exactTitle = new Set(titleWords);
  const foldedTitle = folded(titleWords);
  const foldedSet = new Set(foldedTitle);
  return [
    // Only a word typed with diacritics says how it is spelled: "dong" typed
    // plain must not prefer a title's "dong" over "Đồng".
    query.exact.filter((w) => w !== foldWord(w) && exactTitle.has(w)).length,
    query.folded.filter((w) => foldedSet.has(w)).length,
    query.folded[0] !== undefined && foldedTitle[0] === query.folded[0] ? 1 : 0,
    item.kind === 'product' ? 1 : 0,
    item.score,
    query.folded[0] !== undefined && item.set !== undefined && foldWord(exactWords(item.set)[0] ?? '') === query.folded[0] ? 1 : 0,
    Number(item.stars ?? 0),
  ];
}

/** The items in their preferred order; a stable sort, so equal items keep the index's order. */
export function rerank<T extends RankedItem>(items: readonly T[], query: string): T[] {
  const exact = exactWords(query);
  const q = { exact, folded: folded(exact).filter(Boolean) };
  if (q.folded.length === 0) return [...items];
  const keyed = items.map((item, index) => ({ item, index, key: key(item, q) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
