/**
 * The certificate check: what the check page's index holds for each published
 * product, and what a result says. The index is built at build time
 * (src/queries/certificate-index.ts) and read in the browser, so this module is
 * pure and shared by both.
 */
import { foldVietnamese } from './text.ts';

/** One product of the index, with short keys: the file carries every published product. */
export interface CertificateIndexEntry {
  /** Product id (page URL). */
  i: string;
  /** Product name. */
  n: string;
  /** Decision number. */
  d: string;
  /** Producer name. */
  p: string;
  /** Folded search text: name + decision + producer, lower-case ASCII. */
  k: string;
  /** Stars, present only when valid on the build date. */
  s?: number;
  /** Valid until (current) or since (withdrawn), YYYY-MM-DD, when known. */
  u?: string;
  /** State: valid, pending (under re-rating), expired or revoked. */
  t: 'valid' | 'pending' | 'expired' | 'revoked';
  /** Why it was revoked, as the registry writes it, when revoked and given. */
  w?: string;
}

/**
 * What a result says, in the order a reader needs it: valid or not, then why
 * and since or until when. A withdrawn result never carries stars.
 */
export type CheckVerdict =
  | { verdict: 'valid'; stars: number | undefined; validUntil: string | undefined; underRerating: boolean }
  | { verdict: 'withdrawn'; reason: 'expired' | 'revoked'; since: string | undefined; why: string | undefined };

export function checkVerdict(entry: CertificateIndexEntry): CheckVerdict {
  if (entry.t === 'valid' || entry.t === 'pending') return { verdict: 'valid', stars: entry.s, validUntil: entry.u, underRerating: entry.t === 'pending' };
  return { verdict: 'withdrawn', reason: entry.t, since: entry.u, why: entry.t === 'revoked' ? entry.w : undefined };
}

/** The entries whose name, decision number or producer contains the query, typed with or without diacritics. */
export function matchingEntries(entries: readonly CertificateIndexEntry[], query: string, limit: number): { hits: CertificateIndexEntry[]; more: boolean } {
  const q = foldVietnamese(query).trim();
  if (!q) return { hits: [], more: false };
  const all = entries.filter((e) => e.k.includes(q));
  return { hits: all.slice(0, limit), more: all.length > limit };
}
