/**
 * A second look at the first page of results, with their titles at hand. The
 * index scores each word by the best place it occurs; among the top results we
 * then prefer, in order:
 *   1. titles containing more query words exactly as typed (diacritics count),
 *   2. titles containing more query words once folded (đ→d, no tone marks),
 *   3. titles starting with the query's first word,
 *   4. products over other pages,
 *   5. the index's own score.
 * Pure and small: it runs in the browser on at most one page of results.
 */
import { exactWords, foldWord } from './words.ts';

export interface RankedItem {
  title: string;
  kind: string | undefined;
  score: number;
}

const folded = (words: string[]) => words.map(foldWord);

function key(item: RankedItem, query: { exact: string[]; folded: string[] }): number[] {
  const titleWords = exactWords(item.title);
  const exactTitle = new Set(titleWords);
  const foldedTitle = folded(titleWords);
  const foldedSet = new Set(foldedTitle);
  return [
    query.exact.filter((w) => exactTitle.has(w)).length,
    query.folded.filter((w) => foldedSet.has(w)).length,
    query.folded[0] !== undefined && foldedTitle[0] === query.folded[0] ? 1 : 0,
    item.kind === 'product' ? 1 : 0,
    item.score,
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
