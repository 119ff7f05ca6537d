/**
 * How text becomes search words, on both sides of the index: the build cuts
 * page text with it, the browser cuts the query with it, so the two always
 * agree. A word has two forms: `exact`, lower case with its diacritics (to rank
 * "Cà phê" above "Cá phê" for a visitor who typed "cà phê"), and `folded`, with
 * no diacritics and đ→d (what matching uses, so "ca phe dak lak" finds
 * "Cà phê Đắk Lắk").
 */
import { foldVietnamese } from '../domain/text.ts';

export interface SearchWord {
  exact: string;
  folded: string;
}

/** Longer runs are codes, hashes or noise, never something a visitor types. */
export const MAX_WORD_LENGTH = 24;

/** Lower-case words with their diacritics, in order; marks stay attached to their letters. */
export function exactWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The folded form of one exact word: ASCII letters and digits only; may be empty (a word in another script). */
export function foldWord(word: string): string {
  return foldVietnamese(word).replace(/[^a-z0-9]+/g, '');
}

export function searchWords(text: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const exact of exactWords(text)) {
    const folded = foldWord(exact);
    if (folded.length > 0 && folded.length <= MAX_WORD_LENGTH) words.push({ exact, folded });
  }
  return words;
}
