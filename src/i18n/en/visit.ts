/** The words of a tourism product's page in English, typed from the Vietnamese table. */
import type { visit as viVisit } from '../vi/visit.ts';

export const visit: typeof viVisit = {
  title: 'Visit',
  noPosition: 'The registry gives no coordinates for this place: directions follow its address.',
  directions: 'Directions (Google Maps)',
  openInApp: 'Open in your map app (Android)',
  bookOnline: 'Book online',
  qrNote: 'Print it on a sign or leaflet at the site: scanning it opens this page.',
};
