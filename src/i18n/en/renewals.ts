/** The words of the renewal pages and feeds, and of the re-rating dates, in English, typed from the Vietnamese table. */
import type { renewals as vi } from '../vi/renewals.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const renewals: typeof vi = {
  title: 'OCOP renewals and lapses',
  crumb: 'Renewals and lapses',
  provinceTitle: (province: string) => `OCOP renewals and lapses: ${province}`,
  description: (asOf: string) => `OCOP certificates expiring in the next 180 days, newly certified, and lapsed or revoked in the last 60 days, as of ${asOf}.`,
  lead: (asOf: string) => `As of ${asOf}, from the provinces' OCOP registries.`,
  feed: 'Atom feed of this page',
  expiring: 'Expiring soon',
  expiringIntro: 'Certificates expiring in the next 180 days. Producers file for re-rating 180 to 120 days before expiry (Decision 26/2026/QĐ-TTg, Art. 7.6).',
  newlyCertified: 'Newly certified',
  newlyCertifiedIntro: 'Decisions of the last 60 days.',
  recentlyWithdrawn: 'Recently lapsed or revoked',
  recentlyWithdrawnIntro: 'Certificates that lapsed or were revoked in the last 60 days: these products may no longer carry the OCOP mark with stars.',
  none: 'No certificates.',
  more: (n: string) => `And ${n} more: see each province's page`,
  month: (year: number, month: number) => `${MONTHS[month - 1]} ${year}`,
  expiresOn: (date: string) => `expires ${date}`,
  fileBetween: (opens: string, closes: string) => `file for re-rating from ${opens} to ${closes}`,
  decided: (decision: string, date: string) => `decision ${decision} of ${date}`,
  because: {
    expired: (date: string) => `Its 36 months ran out; not valid since ${date}`,
    graceEnded: (date: string) => `No re-rating result within 180 days of expiry; not valid since ${date}`,
    revoked: (date: string) => `Revoked on ${date}`,
  },
  byProvince: 'By province',
  provinceCounts: (expiring: number, added: number, withdrawn: number) =>
    [
      expiring && `${expiring.toLocaleString('en')} expiring`,
      added && `${added.toLocaleString('en')} new`,
      withdrawn && `${withdrawn.toLocaleString('en')} lapsed`,
    ]
      .filter(Boolean)
      .join(', ') || 'none',
  entryExpiring: (name: string, date: string) => `Expiring soon: ${name} (${date})`,
  entryNew: (name: string) => `Newly certified: ${name}`,
  entryWithdrawn: {
    expired: (name: string) => `Lapsed: ${name}`,
    graceEnded: (name: string) => `Lapsed: ${name}`,
    revoked: (name: string) => `Revoked: ${name}`,
  },
  provinceLink: 'Certificates expiring soon, newly certified and lapsed',
  openDataFeeds: 'Atom feeds of certificates expiring soon, newly certified and lapsed: national and for each province.',
  reratingOpen: (opens: string, closes: string) =>
    `Re-rating should be filed from ${opens} to ${closes} (180 to 120 days before expiry, Decision 26/2026/QĐ-TTg, Art. 7.6).`,
  reratingClosed: (opens: string, closes: string) =>
    `The time to file for re-rating (${opens} to ${closes}, Decision 26/2026/QĐ-TTg, Art. 7.6) has passed; the producer should contact the certifying authority.`,
  producerDue: 'Re-rating due',
  producerDueIntro: "These products' certificates expire in the next 180 days. Re-rating is filed 180 to 120 days before expiry.",
  filed: 'Re-rating filed',
  windowClosed: 'filing time passed',
};
