/**
 * The small index the certificate-check page searches in the browser: every
 * published product, current or withdrawn, with its state on the build date.
 * A withdrawn entry carries no stars, so the page cannot show any.
 */
import type { Catalogue } from './catalogue.ts';
import { foldVietnamese } from '../domain/text.ts';

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
}

export function certificateIndex(catalogue: Catalogue): { buildDate: string; products: CertificateIndexEntry[] } {
  const products = [...catalogue.products.values()].map((v): CertificateIndexEntry => {
    const producer = v.producer?.name ?? '';
    const base = {
      i: v.product.id,
      n: v.product.name,
      d: v.product.certificate.decisionNumber,
      p: producer,
      k: foldVietnamese(`${v.product.name} ${v.product.certificate.decisionNumber} ${producer}`),
    };
    const s = v.state;
    if (s.shown) return { ...base, s: v.product.certificate.stars, u: s.validUntil, t: s.underRerating ? 'pending' : 'valid' };
    return s.since ? { ...base, u: s.since, t: s.state } : { ...base, t: s.state };
  });
  return { buildDate: catalogue.buildDate, products };
}
