/** The words of the printable shelf cards, in English (see ../vi/shelf-card.ts). */
import type { Dictionary } from '../vi/index.ts';

export const shelfCard: Dictionary['shelfCard'] = {
  kicker: 'OCOP product',
  decisionNumber: 'Decision number',
  validUntil: 'Certificate valid until',
  province: 'Province',
  scan: (host) => `Scan to check that the certificate is still valid on ${host}`,
  cardTitle: (name) => `OCOP shelf card: ${name}`,
  sheetTitle: (producer) => `OCOP shelf cards of ${producer}`,
  printCard: 'Print a shelf card',
  printCardNote: 'A6 PDF (105 × 148 mm) with the product name, stars, decision number, expiry date, province and QR code.',
  printSheet: 'Print the producer’s shelf cards',
  printSheetNote: (n) => `A4 PDF, four A6 cards a page, with cut marks: one card for each currently certified product (${n}).`,
};
