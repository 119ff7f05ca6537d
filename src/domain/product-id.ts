/**
 * The public id of a product (contract shared with the site): the slug of its
 * name plus its registry code, or, without a code, a short hash of its registry
 * identity. Uses node:crypto, so it stays out of `slug.ts`, which browser code imports.
 */
import { createHash } from 'node:crypto';
import { slug } from './slug.ts';
import { matchKey } from './text.ts';

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
