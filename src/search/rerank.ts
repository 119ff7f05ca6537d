/**
 * A second look at the first page of results. Pagefind ranks by words on the
 * whole page, so a honey "from coffee blossoms of Đắk Lắk" can edge out the
 * coffee of Đắk Lắk for "ca phe dak lak", and a producer whose name contains a
 * product's name can edge out the product. People searching a catalogue mean a
 * product's name, so among the top results we prefer, in order:
 *   1. titles containing more query words exactly as typed (diacritics count),
 *   2. titles containing more query words once folded (đ→d, no tone marks),
 *   3. titles starting with the query's first word,
 *   4. products over other pages,
 *   5. Pagefind's own score.
 * Pure and small: it runs in the browser on at most one page of results.
 */
import { foldVietnamese } from '../domain/text.ts';

export interface RankedItem {
  title: string;
  kind: string | undefined;
  score: number;
}

const words = (text: string) => text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const folded = (text: string) => words(foldVietnamese(text));

function key(item: RankedItem, query: { exact: string[]; folded: string[] }): number[] {
  const exactTitle = new Set(words(item.title));
  const foldedTitle = folded(item.title);
  const foldedSet = new Set(foldedTitle);
  return [
    query.exact.filter((w) => exactTitle.has(w)).length,
    query.folded.filter((w) => foldedSet.has(w)).length,
    query.folded[0] !== undefined && foldedTitle[0] === query.folded[0] ? 1 : 0,
    item.kind === 'product' ? 1 : 0,
    item.score,
  ];
}

/** The items in their preferred order; a stable sort, so equal items keep Pagefind's order. */
export function rerank<T extends RankedItem>(items: readonly T[], query: string): T[] {
  const q = { exact: words(query), folded: folded(query) };
  if (q.folded.length === 0) return [...items];
  const keyed = items.map((item, index) => ({ item, index, key: key(item, q) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
