import type { PageKind } from './budgets.ts';

/**
 * First URL segment of each section, per language, as in the shared URL contract
 * (src/i18n/routes.ts builds the same URLs). A section's index and every page
 * under it share the kind: `/hoi-cho/` and `/hoi-cho/<slug>/` are both events.
 */
const SECTIONS: Record<string, PageKind> = {
  'danh-muc': 'catalogue',
  catalogue: 'catalogue',
  'san-pham': 'product',
  products: 'product',
  'chu-the': 'producer',
  producers: 'producer',
  'cau-chuyen': 'story',
  stories: 'story',
  'hoi-cho': 'event',
  events: 'event',
  'diem-ban': 'point',
  points: 'point',
  tinh: 'province',
  provinces: 'province',
  'tim-kiem': 'search',
  search: 'search',
  'ban-do': 'map',
  map: 'map',
};

/** The kind of an HTML page from its URL path (`/en/products/x/` → product). */
export function pageKind(urlPath: string): PageKind {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments[0] === 'en') segments.shift();
  if (segments.length === 0) return 'home';
  return SECTIONS[segments[0]!] ?? 'other';
}

/** URL path of an HTML file inside dist (`san-pham/x/index.html` → `/san-pham/x/`). */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split('\\').join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}
