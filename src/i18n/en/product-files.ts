/** The words of the share card, the verification badge and its embed snippet (the Vietnamese file is the source). */
import type { badge as viBadge, shareCard as viShareCard } from '../vi/product-files.ts';

export const shareCard: typeof viShareCard = {
  validUntil: (date) => `Valid until ${date}`,
  underRerating: 'Under re-rating',
  withdrawn: 'No longer OCOP certified',
  expiredSince: (date) => `Expired since ${date}`,
  revokedOn: (date) => (date ? `Revoked on ${date}` : 'Revoked'),
  alt: (name) => `Share card of ${name}`,
};

export const badge: typeof viBadge = {
  valid: (date) => `valid until ${date}`,
  validUnderRerating: (date) => `valid until ${date}, under re-rating`,
  pending: (date) => `under re-rating, stars kept until ${date}`,
  expired: (date) => `expired since ${date}`,
  revoked: (date) => (date ? `revoked on ${date}` : 'revoked'),
  removed: 'no longer in the catalogue',
  title: (name, stars, status) => `OCOP certificate of ${name}: ${stars}${status}`,
  embedTitle: 'OCOP verification badge for your own site',
  embedIntro:
    'Paste this code into your website or online shop. The badge is updated every night: when the certificate expires or is revoked, the badge says so.',
  embedHtml: 'HTML',
  embedMarkdown: 'Markdown',
  embedAlt: (name) => `OCOP certificate of ${name}: check it on the certificate check`,
};
