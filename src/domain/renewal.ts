/**
 * Renewal and lapse in public: which of the three lists a certificate belongs to
 * on a date, and when its re-rating should be filed. QĐ 26/2026/QĐ-TTg Art. 7.6:
 * producers file 180 to 120 days before expiry. Pure functions of the
 * certificate's facts and an explicit as-of date (the build date).
 *
 * Every entry carries `changed`: the day of the fact that put the certificate in
 * the list (the decision, the day it came within 180 days of expiry, the first day
 * without stars). It is never after the as-of date, so a feed built from it never
 * dates an entry in the future.
 */
import { certificateStateOn, type CertificateFacts } from './certificate.ts';
import { addDays } from './dates.ts';

/** "Sắp hết hạn": certificates whose last valid day is at most this many days ahead. */
export const EXPIRING_WITHIN_DAYS = 180;
/** "Mới công nhận" and "Hết hiệu lực / thu hồi gần đây" look back this many days. */
export const RECENT_DAYS = 60;
/** The re-rating window of Art. 7.6: it opens 180 days before expiry and closes 120 days before. */
export const RERATING_OPENS_DAYS_BEFORE = 180;
export const RERATING_CLOSES_DAYS_BEFORE = 120;

/** The facts the lists read: the validity facts and the decision date. */
export interface RenewalFacts extends CertificateFacts {
  decisionDate: string;
}

export type RenewalList = 'expiring' | 'newlyCertified' | 'recentlyWithdrawn';
export const RENEWAL_LISTS: readonly RenewalList[] = ['expiring', 'newlyCertified', 'recentlyWithdrawn'];

/**
 * Why a certificate left the catalogue: its 36 months ran out, the 180 days of
 * grace while a re-rating was pending ran out, or it was revoked (thu hồi).
 */
export type WithdrawnBecause = 'expired' | 'graceEnded' | 'revoked';

export type RenewalEntry =
  /** Valid, last valid day within 180 days (today included), with its re-rating window. */
  | ({ list: 'expiring'; changed: string } & ReratingDue)
  /** Decided within the last 60 days (today included) and still valid. */
  | { list: 'newlyCertified'; changed: string; decisionDate: string }
  /** Without stars since `since`, within the last 60 days (today included). */
  | { list: 'recentlyWithdrawn'; changed: string; since: string; because: WithdrawnBecause };

/** The days `from` lies before `to` (negative when after). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The lists a certificate is in on `asOf`: none, one, or (a short explicit validity) both new and expiring. */
export function renewalListsOn(certificate: RenewalFacts, asOf: string): RenewalEntry[] {
  const state = certificateStateOn(certificate, asOf);
  const entries: RenewalEntry[] = [];
  if (state.shown) {
    // A certificate past expiry in its re-rating grace is not "expiring": its
    // date is already past, and it keeps its stars until the result.
    const daysLeft = daysBetween(asOf, certificate.expiresOn);
    if (state.state === 'valid' && daysLeft <= EXPIRING_WITHIN_DAYS) {
      const { opens, closes } = reratingWindow(certificate.expiresOn);
      const stage = state.underRerating ? 'filed' : asOf <= closes ? 'open' : 'closed';
      entries.push({
        list: 'expiring',
        changed: addDays(certificate.expiresOn, -EXPIRING_WITHIN_DAYS),
        expiresOn: certificate.expiresOn,
        opens,
        closes,
        stage,
      });
    }
    const daysSinceDecision = daysBetween(certificate.decisionDate, asOf);
    if (daysSinceDecision >= 0 && daysSinceDecision <= RECENT_DAYS) {
      entries.push({ list: 'newlyCertified', changed: certificate.decisionDate, decisionDate: certificate.decisionDate });
    }
    return entries;
  }
  // A revocation without a date cannot be placed in time: it is not "recent".
  if (state.since === undefined) return entries;
  const daysSince = daysBetween(state.since, asOf);
  if (daysSince >= 0 && daysSince <= RECENT_DAYS) {
    const because: WithdrawnBecause = state.state === 'revoked' ? 'revoked' : certificate.status === 'pending-rerating' ? 'graceEnded' : 'expired';
    entries.push({ list: 'recentlyWithdrawn', changed: state.since, since: state.since, because });
  }
  return entries;
}

/** The re-rating window of a certificate expiring on `expiresOn`: first and last day to file. */
export function reratingWindow(expiresOn: string): { opens: string; closes: string } {
  return { opens: addDays(expiresOn, -RERATING_OPENS_DAYS_BEFORE), closes: addDays(expiresOn, -RERATING_CLOSES_DAYS_BEFORE) };
}

export interface ReratingDue {
  opens: string;
  closes: string;
  expiresOn: string;
  /** `open` while filing is on time; `closed` after the last day; `filed` when the registry says a re-rating is pending. */
  stage: 'open' | 'closed' | 'filed';
}

/**
 * What a product or producer page tells the producer in the certificate's last
 * 180 days: the window's dates and where it stands on `asOf`. Undefined outside
 * those days and for a certificate without stars.
 */
export function reratingDueOn(certificate: RenewalFacts, asOf: string): ReratingDue | undefined {
  const expiring = renewalListsOn(certificate, asOf).find((entry): entry is Extract<RenewalEntry, { list: 'expiring' }> => entry.list === 'expiring');
  if (!expiring) return undefined;
  const { opens, closes, expiresOn, stage } = expiring;
  return { opens, closes, expiresOn, stage };
}
