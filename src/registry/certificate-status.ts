/**
 * The certificate rules applied on the import's as-of date, for the report only:
 * published products stay in the output whatever their state, because the site
 * re-applies the same rules on its own build date (a star that lapses tonight
 * must drop even when the export did not change).
 */
import type { Product } from '../schemas/product.ts';
import { certificateStateOn, type WithdrawalReason } from '../domain/certificate.ts';

export interface Withdrawn {
  id: string;
  row: number;
  reason: WithdrawalReason;
  /** First day without stars; null when a revocation carries no date. */
  since: string | null;
}

export interface StatusTally {
  published: number;
  pending: number;
  expired: number;
  revoked: number;
  withdrawn: Withdrawn[];
}

export function tallyCertificates(products: Product[], asOf: string): StatusTally {
  const tally: StatusTally = { published: 0, pending: 0, expired: 0, revoked: 0, withdrawn: [] };
  for (const product of products) {
    const state = certificateStateOn(product.certificate, asOf);
    if (state.shown) {
      tally.published++;
      if (state.underRerating) tally.pending++;
    } else {
      tally[state.state]++;
      tally.withdrawn.push({ id: product.id, row: product.sourceRow, reason: state.state, since: state.since ?? null });
    }
  }
  return tally;
}
