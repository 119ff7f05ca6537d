import type { PageKind } from './budgets.ts';
import { routes, sectionOfPath, type Section } from '../i18n/routes.ts';

/** The sections whose pages have a budget of their own; the others (about, open data, the certificate check) are `other`. */
const BUDGETED: Partial<Record<Section, PageKind>> = {
  catalogue: 'catalogue',
  // The A–Z index is the catalogue by name: plain HTML like the listings.
  aToZ: 'catalogue',
  product: 'product',
  producer: 'producer',
  story: 'story',
  event: 'event',
  point: 'point',
  province: 'province',
  search: 'search',
  map: 'map',
};

/**
 * The kind of an HTML page from its URL path (`/en/products/x/` → product), by
 * its section in the route table: a section's index and every page under it
 * share the kind (`/hoi-cho/` and `/hoi-cho/<slug>/` are both events).
 */
export function pageKind(urlPath: string): PageKind {
  if (urlPath.startsWith(routes.editor())) return 'editor';
  const section = sectionOfPath(urlPath);
  if (section === 'home') return 'home';
  return (section && BUDGETED[section]) ?? 'other';
}
