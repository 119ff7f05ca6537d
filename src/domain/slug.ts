/**
 * URL slugs and the ids built from them. Product and producer ids are part of the
 * public URLs (`/san-pham/<id>/`), so this is the one place that shapes them.
 * No Node-only imports here: pages and browser code import `slug` too (the
 * hashed product id lives in `product-id.ts`).
 */
import { foldVietnamese } from './text.ts';

export const SLUG_MAX_LENGTH = 60;

/** Lower-case ASCII, diacritics removed, đ→d, non-alphanumerics → '-', trimmed, at most 60 chars. */
export function slug(text: string): string {
  const full = foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at the limit and do not leave a dangling dash where the cut fell.
  return full.slice(0, SLUG_MAX_LENGTH).replace(/-+$/g, '');
}

/** Producer id: `slug(producer name)-<current province code>`. */
export function producerId(producerName: string, provinceCode: string): string {
  return `${slug(producerName)}-${provinceCode}`;
}
