/**
 * What changed since the previous release, product by product: the content of
 * `changes.json`. Pure; ordering is by id so the file diffs cleanly.
 */
import { certificateStateOn } from '../domain/certificate.ts';
import type { RowIssue } from '../registry/errors.ts';
import type { Product } from '../schemas/product.ts';

export interface Changes {
  /** The release compared with (its folder name), or null on the first run. */
  since: string | null;
  /** Products now published that the previous release did not publish. */
  added: { id: string; name: string }[];
  /** Products published in both, with the fields that differ (`certificate.stars`, `description`…). */
  updated: { id: string; name: string; fields: string[] }[];
  /** Products published before and not now, and why. */
  withdrawn: { id: string; name: string; reason: 'expired' | 'revoked' | 'removed-from-export'; since: string | null }[];
  /** Rows of tonight's export that were not published because of data errors. */
  quarantined: RowIssue[];
}

export interface ChangesInput {
  previous: { release: string; products: Product[]; asOf: string } | null;
  next: { products: Product[]; asOf: string; quarantined: RowIssue[] };
}

export function computeChanges({ previous, next }: ChangesInput): Changes {
  const shownBefore = new Map((previous?.products ?? []).filter((p) => certificateStateOn(p.certificate, previous!.asOf).shown).map((p) => [p.id, p]));
  const nextById = new Map(next.products.map((p) => [p.id, p]));
  const changes: Changes = { since: previous?.release ?? null, added: [], updated: [], withdrawn: [], quarantined: next.quarantined };

  for (const product of next.products) {
    if (!certificateStateOn(product.certificate, next.asOf).shown) continue;
    const before = shownBefore.get(product.id);
    if (!before) changes.added.push({ id: product.id, name: product.name });
    else {
      const fields = changedFields(before, product);
      if (fields.length > 0) changes.updated.push({ id: product.id, name: product.name, fields });
    }
  }
  for (const [id, before] of shownBefore) {
    const now = nextById.get(id);
    if (!now) {
      changes.withdrawn.push({ id, name: before.name, reason: 'removed-from-export', since: null });
      continue;
    }
    const state = certificateStateOn(now.certificate, next.asOf);
    if (!state.shown) changes.withdrawn.push({ id, name: now.name, reason: state.state, since: state.since ?? null });
  }
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  changes.added.sort(byId);
  changes.updated.sort(byId);
  changes.withdrawn.sort(byId);
  return changes;
}

/**
 * Names of the fields that differ, one level into objects (`certificate.stars`,
 * `address.communeCode`) so the report says what a person would check. `sourceRow`
 * is left out: a row moving in the spreadsheet is not a change to the product.
 */
export function changedFields(before: Product, after: Product): string[] {
  const fields = new Set<string>();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('sourceRow');
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const sub of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[sub]) !== JSON.stringify(b[sub])) fields.add(`${key}.${sub}`);
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) fields.add(key);
  }
  return [...fields].sort();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasChanges(changes: Changes): boolean {
  return changes.added.length + changes.updated.length + changes.withdrawn.length > 0;
}
