/**
 * When does an OCOP certificate show its stars? The rules of QĐ 26/2026/QĐ-TTg
 * (see docs/registry-format.md): valid 36 months from the decision unless the
 * registry gives an explicit expiry; a revoked certificate shows nothing, whatever
 * its dates; a certificate whose re-rating was filed in time stays valid until the
 * result, at most 180 days past its expiry. Pure functions of an explicit as-of date.
 */
import { addDays, addMonths } from './dates.ts';

export const VALIDITY_MONTHS = 36;
export const RERATING_GRACE_DAYS = 180;

/** Last valid day of a certificate decided on `decisionDate`. */
export function computedExpiry(decisionDate: string): string {
  return addMonths(decisionDate, VALIDITY_MONTHS);
}

export type CertificateState =
  /** Stars show; `validUntil` is the last valid day. `underRerating` when a re-rating is filed. */
  | { shown: true; state: 'valid'; validUntil: string; underRerating: boolean }
  /** Past expiry but within the re-rating grace: stars show, marked "under re-rating". */
  | { shown: true; state: 'pending'; validUntil: string; underRerating: true }
  /** Lapsed: no stars since `since` (the day after the last valid day). */
  | { shown: false; state: 'expired'; since: string }
  /** Revoked: no stars; `since` is the revocation date when known. */
  | { shown: false; state: 'revoked'; since?: string };

export type WithdrawalReason = 'expired' | 'revoked';

/** What the registry says of a certificate: in force, revoked (thu hồi), or filed for re-rating and awaiting the result. */
export const CERTIFICATE_STATUSES = ['active', 'revoked', 'pending-rerating'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * The facts the validity rule reads. Defined here, in the core, so the rule
 * depends on nothing; the public `certificate` schema (src/schemas/certificate.ts)
 * is checked by the compiler to produce them.
 */
export interface CertificateFacts {
  /** Last valid day (a Vietnam date, `YYYY-MM-DD`). */
  expiresOn: string;
  status: CertificateStatus;
  /** Date of revocation, when revoked and known. */
  revokedOn?: string | undefined;
}

/** The state of a certificate on `asOf` (a Vietnam date, `YYYY-MM-DD`). */
export function certificateStateOn(certificate: CertificateFacts, asOf: string): CertificateState {
  const { expiresOn, status } = certificate;
  if (status === 'revoked') {
    return certificate.revokedOn ? { shown: false, state: 'revoked', since: certificate.revokedOn } : { shown: false, state: 'revoked' };
  }
  if (asOf <= expiresOn) {
    return { shown: true, state: 'valid', validUntil: expiresOn, underRerating: status === 'pending-rerating' };
  }
  const graceEnds = addDays(expiresOn, RERATING_GRACE_DAYS);
  if (status === 'pending-rerating' && asOf <= graceEnds) {
    return { shown: true, state: 'pending', validUntil: graceEnds, underRerating: true };
  }
  return { shown: false, state: 'expired', since: addDays(status === 'pending-rerating' ? graceEnds : expiresOn, 1) };
}

/** True when the stars of this certificate may be shown on `asOf`. */
export function starsShownOn(certificate: CertificateFacts, asOf: string): boolean {
  return certificateStateOn(certificate, asOf).shown;
}

/**
 * The day the certificate's public state last changed, on or before `asOf`: its
 * decision (the stars appeared), the day after its expiry when the re-rating
 * grace began, the day it lapsed, or its revocation. What a page shows about a
 * certificate is the same from that day until `asOf`, so it is an honest
 * "last modified" for a sitemap.
 */
export function stateChangedOn(certificate: CertificateFacts, decisionDate: string, asOf: string): string {
  const state = certificateStateOn(certificate, asOf);
  const changed = state.state === 'pending' ? addDays(certificate.expiresOn, 1) : state.state === 'valid' ? decisionDate : (state.since ?? decisionDate);
  return changed < asOf ? changed : asOf;
}
