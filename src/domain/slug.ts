/**
 * URL slugs and the ids built from them. Product and producer ids are part of the
 * public URLs (`/san-pham/<id>/`), so this is the one place that shapes them.
 */
import { createHash } from 'node:crypto';
import { foldVietnamese, matchKey } from './text.ts';

export const SLUG_MAX_LENGTH = 60;

/** Lower-case ASCII, diacritics removed, đ→d, non-alphanumerics → '-', trimmed, at most 60 chars. */
export function slug(text: string): string {
  const full = foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at the limit and do not leave a dangling dash where the cut fell.
  return full.slice(0, SLUG_MAX_LENGTH).replace(/-+$/g, '');
}

export interface ProductIdentity {
  name: string;
  code?: string | undefined;
  decisionNumber: string;
  producerName: string;
}

/**
 * Product id: `slug(name)-slug(code)` when the registry gives a product code, else
 * `slug(name)-` + the first 8 hex chars of sha256(decision number | producer | name),
 * with producer and name normalised so spacing and case do not change the id.
 */
export function productId(identity: ProductIdentity): string {
  const base = slug(identity.name);
  if (identity.code && slug(identity.code)) return `${base}-${slug(identity.code)}`;
  const key = `${identity.decisionNumber.trim()}|${matchKey(identity.producerName)}|${matchKey(identity.name)}`;
  return `${base}-${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8)}`;
}

/** Producer id: `slug(producer name)-<current province code>`. */
export function producerId(producerName: string, provinceCode: string): string {
  return `${slug(producerName)}-${provinceCode}`;
}
