/**
 * The A–Z index: every currently certified product by name in Vietnamese
 * alphabetical order, in pages, grouped by first letter. It is the way into
 * the catalogue by name that needs no script (search needs JavaScript), so
 * withdrawn products are left out, as from search and the listings.
 */
import type { ProductView } from './catalogue.ts';

/** Lines of the index a page holds: short lines, so more than the catalogue's cards. */
export const A_TO_Z_PAGE_SIZE = 100;

// Vietnamese alphabetical order: Ă and Â after A, Đ after D, Ơ after Ô and O…
const nameOrder = new Intl.Collator('vi').compare;

/** What a name that starts with no letter files under (a digit, a quote). */
export const OTHER_INITIAL = '#';

// The five tone marks (grave, acute, tilde, hook above, dot below). They do not
// make a letter of their own, unlike the breve, circumflex and horn (Ă, Â, Ơ).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The letter a name is filed under: `Ấm trà` → `Â`, `đậu` → `Đ`, `3 miền` → `#`. */
export function initialLetter(name: string): string {
  const first = [...name.trim().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')][0] ?? '';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase('vi') : OTHER_INITIAL;
}

export interface AToZGroup {
  letter: string;
  views: ProductView[];
  /** True when the letter began on an earlier page (its heading says "continued"). */
  continued: boolean;
}

export interface AToZPage {
  page: number;
  pages: number;
  groups: AToZGroup[];
}

export interface AToZIndex {
  pages: AToZPage[];
  /** Every letter in order, with the page it starts on. */
  letters: Array<{ letter: string; page: number }>;
  total: number;
}

// Both languages' pages and the search page ask for the same catalogue's index: sort it once.
const built = new WeakMap<readonly ProductView[], AToZIndex>();

export function aToZIndex(current: readonly ProductView[], size = A_TO_Z_PAGE_SIZE): AToZIndex {
  const known = size === A_TO_Z_PAGE_SIZE ? built.get(current) : undefined;
  if (known) return known;
  const index = buildIndex(current, size);
  if (size === A_TO_Z_PAGE_SIZE) built.set(current, index);
  return index;
}

function buildIndex(current: readonly ProductView[], size: number): AToZIndex {
  const sorted = [...current].sort((a, b) => nameOrder(a.product.name, b.product.name) || (a.product.id < b.product.id ? -1 : 1));
  const pageCount = Math.max(1, Math.ceil(sorted.length / size));
  const letters: AToZIndex['letters'] = [];
  const pages: AToZPage[] = [];
  for (let i = 0; i < pageCount; i++) {
    const groups: AToZGroup[] = [];
    for (const view of sorted.slice(i * size, (i + 1) * size)) {
      const letter = initialLetter(view.product.name);
      const last = groups.at(-1);
      if (last?.letter === letter) {
        last.views.push(view);
        continue;
      }
      const continued = letters.at(-1)?.letter === letter;
      if (!continued) letters.push({ letter, page: i + 1 });
      groups.push({ letter, views: [view], continued });
    }
    pages.push({ page: i + 1, pages: pageCount, groups });
  }
  return { pages, letters, total: sorted.length };
}

/** The id of a letter's heading on its page, ASCII so every client keeps the link: `B` → `b`, `Đ` → `u0110`. */
export function letterAnchor(letter: string): string {
  if (letter === OTHER_INITIAL) return 'other';
  return /^[A-Z]$/.test(letter) ? letter.toLowerCase() : `u${letter.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}
