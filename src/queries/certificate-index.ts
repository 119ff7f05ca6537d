/**
 * The small index the certificate-check page searches in the browser: every
 * published product, current or withdrawn, with its state on the build date.
 * A withdrawn entry carries no stars, so the page cannot show any, and says
 * why (expired or revoked) and since when, so the page can say it.
 * The entry's shape and what a result says: src/domain/certificate-check.ts.
 */
import type { Catalogue } from './catalogue.ts';
import { foldVietnamese } from '../domain/text.ts';
import type { CertificateIndexEntry } from '../domain/certificate-check.ts';

export type { CertificateIndexEntry };

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
    const why = s.state === 'revoked' ? v.product.certificate.revocationReason : undefined;
    return { ...base, ...(s.since ? { u: s.since } : {}), t: s.state, ...(why ? { w: why } : {}) };
  });
  return { buildDate: catalogue.buildDate, products };
}
