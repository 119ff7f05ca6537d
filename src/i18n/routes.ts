/**
 * The route table: every URL of the site, in both languages, and what renders
 * it. The single source of truth: the routes are injected into Astro from
 * `ROUTES` (src/integrations/routes.ts), and links, sitemaps, canonical and
 * hreflang tags, the release checks, the budgets and the security policy all
 * ask this module. Vietnamese lives at the root, English under /en/; page paths
 * always end in a slash. No Astro here: the nightly job reads it in plain Node.
 */
import { LANGS, type Lang } from './langs.ts';
import { slug } from '../domain/slug.ts';

const SECTIONS = {
  catalogue: { vi: 'danh-muc', en: 'catalogue' },
  product: { vi: 'san-pham', en: 'products' },
  producer: { vi: 'chu-the', en: 'producers' },
  story: { vi: 'cau-chuyen', en: 'stories' },
  event: { vi: 'hoi-cho', en: 'events' },
  point: { vi: 'diem-ban', en: 'points' },
  province: { vi: 'tinh', en: 'provinces' },
  aToZ: { vi: 'san-pham-a-z', en: 'products-a-z' },
  search: { vi: 'tim-kiem', en: 'search' },
  map: { vi: 'ban-do', en: 'map' },
  check: { vi: 'tra-cuu-chung-nhan', en: 'certificate-check' },
  openData: { vi: 'du-lieu-mo', en: 'open-data' },
  about: { vi: 'gioi-thieu', en: 'about' },
  renewal: { vi: 'gia-han', en: 'renewals' },
  offline: { vi: 'ngoai-tuyen', en: 'offline' },
} as const;

export type Section = keyof typeof SECTIONS;

function prefix(lang: Lang): string {
  return lang === 'vi' ? '/' : '/en/';
}

/** `/danh-muc/` or `/en/catalogue/`, optionally with more segments and a page number above 1. */
function path(lang: Lang, section: Section, ...rest: Array<string | number | undefined>): string {
  const parts = [SECTIONS[section][lang], ...rest.filter((p) => p !== undefined && p !== '' && p !== 1).map(String)];
  return `${prefix(lang)}${parts.join('/')}/`;
}

/** Catalogue segment of a sector, group or set key: `I.3.b` → `i-3-b`. */
export function taxonomySegment(key: string): string {
  return key.toLowerCase().replace(/\./g, '-');
}

/** URL segment of a province: its name without diacritics (`Đắk Lắk` → `dak-lak`). */
export function provinceSegment(name: string): string {
  return slug(name);
}

const starsWord = { vi: 'sao', en: 'stars' } as const;
/** The folder of the verification badges (files, not pages: no section of their own). */
const badgeWord = { vi: 'huy-hieu', en: 'badge' } as const;
/** The segment after a sector or group for its products not yet in a product set. */
const unplacedWord = { vi: 'chua-xep-bo', en: 'not-in-a-set' } as const;
/** The folder of the shelf cards (files linked in after the pages, like the QR codes). */
const shelfCardWord = { vi: 'the-ke-hang', en: 'shelf-cards' } as const;

export const routes = {
  home: (lang: Lang) => prefix(lang),
  catalogue: (lang: Lang, page?: number) => path(lang, 'catalogue', page),
  /** A sector, group or product set listing. */
  category: (lang: Lang, key: string, page?: number) => path(lang, 'catalogue', taxonomySegment(key), page),
  /** The products of a sector or group not yet in a product set: `/danh-muc/i/chua-xep-bo/`. */
  unplaced: (lang: Lang, key: string, page?: number) => path(lang, 'catalogue', taxonomySegment(key), unplacedWord[lang], page),
  stars: (lang: Lang, stars: number, page?: number) => path(lang, 'catalogue', `${stars}-${starsWord[lang]}`, page),
  product: (lang: Lang, id: string) => path(lang, 'product', id),
  producer: (lang: Lang, id: string) => path(lang, 'producer', id),
  stories: (lang: Lang) => path(lang, 'story'),
  story: (lang: Lang, id: string) => path(lang, 'story', id),
  events: (lang: Lang) => path(lang, 'event'),
  event: (lang: Lang, id: string) => path(lang, 'event', id),
  /** The calendar file of an event (same file for both languages' pages, per language titles). */
  eventIcs: (lang: Lang, id: string) => `${prefix(lang)}${SECTIONS.event[lang]}/${id}.ics`,
  eventsFeed: (lang: Lang) => `${prefix(lang)}${SECTIONS.event[lang]}/feed.xml`,
  points: (lang: Lang) => path(lang, 'point'),
  point: (lang: Lang, id: string) => path(lang, 'point', id),
  provinces: (lang: Lang) => path(lang, 'province'),
  province: (lang: Lang, provinceName: string, page?: number) => path(lang, 'province', provinceSegment(provinceName), page),
  /** Every current product by name, A to Z, in pages: the way in by name without JavaScript. */
  aToZ: (lang: Lang, page?: number) => path(lang, 'aToZ', page),
  search: (lang: Lang) => path(lang, 'search'),
  map: (lang: Lang) => path(lang, 'map'),
  check: (lang: Lang) => path(lang, 'check'),
  openData: (lang: Lang) => path(lang, 'openData'),
  about: (lang: Lang) => path(lang, 'about'),
  /** Expiring, newly certified and recently withdrawn certificates: the nation's, or one province's. */
  renewals: (lang: Lang, provinceName?: string) => path(lang, 'renewal', provinceName && provinceSegment(provinceName)),
  /** The Atom feed beside a renewal page. */
  renewalsFeed: (lang: Lang, provinceName?: string) => `${path(lang, 'renewal', provinceName && provinceSegment(provinceName))}feed.xml`,
  // Files, the same for both languages.
  openDataFile: (format: 'csv' | 'json', provinceName?: string) =>
    provinceName ? `/${SECTIONS.openData.vi}/${provinceSegment(provinceName)}.${format}` : `/${SECTIONS.openData.vi}/ocop.${format}`,
  certificateIndex: () => `/${SECTIONS.check.vi}/index.json`,
  /** A story's card in the language of its title: `/og/story-<id>.png`, `/og/en-story-<id>.png`. */
  shareImage: (kind: 'story' | 'site', id?: string, lang: Lang = 'vi') =>
    kind === 'site' ? '/og/site.png' : `/og/${lang === 'vi' ? '' : `${lang}-`}${kind}-${id}.png`,
  /** QR code that opens the product page in this language. */
  qr: (lang: Lang, id: string) => `${prefix(lang)}qr/${id}.svg`,
  /** Printable A6 shelf card (PDF) of a currently certified product, in this language. */
  shelfCard: (lang: Lang, id: string) => `${prefix(lang)}${shelfCardWord[lang]}/${id}.pdf`,
  /** A4 sheet (PDF) of a producer's shelf cards, four a page. */
  shelfSheet: (lang: Lang, producerId: string) => `${prefix(lang)}${shelfCardWord[lang]}/${SECTIONS.producer[lang]}/${producerId}.pdf`,
  /** A product's share card (1200×630, in this language): linked in after the pages, like the QR codes. */
  productShareCard: (lang: Lang, id: string) => `${prefix(lang)}og/product-${id}.jpg`,
  /** A product's live verification badge, for producers' own sites: one stable URL per product and language. */
  badge: (lang: Lang, id: string) => `${prefix(lang)}${badgeWord[lang]}/${id}.svg`,
  /** The sitemap index robots.txt names, and its parts (src/routes/sitemap.ts). */
  sitemap: () => '/sitemap-index.xml',
  sitemapPart: (part: number) => `/sitemap-${part}.xml`,
  /** The map page's data, one compact row per place. */
  mapPoints: () => '/map-points.json',
  robots: () => '/robots.txt',
  /** The page the service worker shows for a page not saved on the device, kept on it with the site's shell. */
  offline: (lang: Lang) => path(lang, 'offline'),
  /** The web app manifest of one language (names, start page, icons), so the site can be installed. */
  webManifest: (lang: Lang) => `${prefix(lang)}manifest.webmanifest`,
  /** The installed app's icon, square, `size` pixels wide; `maskable` leaves the safe zone a launcher may crop. */
  appIcon: (size: number, purpose: 'any' | 'maskable' = 'any') => `/icons/${purpose === 'any' ? '' : `${purpose}-`}${size}.png`,
  /** The service worker, at the root so that its scope is the whole site (src/pipeline/service-worker.ts writes it after the build). */
  serviceWorker: () => '/sw.js',
  /** The office's content editor (English label "Admin"); outside the sitemap, noindex. */
  editor: () => '/quan-tri/',
} as const;

/**
 * One route: a page template or a file endpoint, from the project root. A
 * `page` exists in both languages, at `<section>/<rest>`; a `file` is one for
 * both, at one path. `rest` and `path` use Astro's route syntax (`[id]`,
 * `[...slug]`); a template reads its language from the route (src/middleware.ts).
 */
export type Route =
  | { kind: 'page'; section: Section | undefined; rest: string | undefined; entrypoint: string }
  | { kind: 'file'; path: string; entrypoint: string };

const page = (section: Section | undefined, rest: string | undefined, entrypoint: string): Route => ({ kind: 'page', section, rest, entrypoint });
const file = (path: string, entrypoint: string): Route => ({ kind: 'file', path, entrypoint });
const template = (name: string) => `src/components/pages/${name}.astro`;
const endpoint = (name: string) => `src/routes/endpoints/${name}.ts`;

export const ROUTES: readonly Route[] = [
  page(undefined, undefined, template('HomePage')),
  // `[...slug]` also matches the section itself: page 1 of every current product.
  page('catalogue', '[...slug]', template('ListingPage')),
  page('product', '[id]', template('ProductPage')),
  page('producer', '[id]', template('ProducerPage')),
  page('story', undefined, template('StoriesPage')),
  page('story', '[id]', template('StoryPage')),
  page('event', undefined, template('EventsPage')),
  page('event', '[id]', template('EventPage')),
  page('event', '[id].ics', endpoint('event-calendar')),
  page('event', 'feed.xml', endpoint('events-feed')),
  page('point', undefined, template('PointsPage')),
  page('point', '[id]', template('PointPage')),
  page('province', undefined, template('ProvincesPage')),
  page('province', '[...slug]', template('ProvincePage')),
  // `[...page]` also matches the section itself: page 1.
  page('aToZ', '[...page]', template('AToZPage')),
  page('search', undefined, 'src/components/search/SearchPage.astro'),
  page('map', undefined, 'src/components/map/MapPage.astro'),
  page('check', undefined, template('CheckPage')),
  page('openData', undefined, template('OpenDataPage')),
  page('about', undefined, template('AboutPage')),
  // `[...province]` also matches the section itself: the national page.
  page('renewal', '[...province]', template('RenewalsPage')),
  page('renewal', 'feed.xml', endpoint('renewals-feed')),
  page('renewal', '[province]/feed.xml', endpoint('renewals-feed')),
  page('offline', undefined, template('OfflinePage')),
  page(undefined, 'manifest.webmanifest', endpoint('web-manifest')),
  // Files for both languages, at the Vietnamese path.
  file(routes.certificateIndex(), endpoint('certificate-index')),
  file(`/${SECTIONS.openData.vi}/[file]`, endpoint('open-data-file')),
  file('/og/[name].png', endpoint('share-image')),
  file(routes.mapPoints(), endpoint('map-points')),
  file(routes.robots(), endpoint('robots')),
  file('/icons/[name].png', endpoint('app-icon')),
  file(routes.sitemap(), endpoint('sitemap-index')),
  file('/sitemap-[part].xml', endpoint('sitemap')),
  // Served by the host for any missing URL, in both languages on one page.
  file('/404', template('NotFoundPage')),
];

/** The URL patterns of a route, in Astro's syntax: one per language for a page (`/en/products/[id]`). */
export function routePatterns(route: Route): Array<{ lang: Lang; pattern: string }> {
  if (route.kind === 'file') return [{ lang: 'vi', pattern: route.path }];
  return LANGS.map((lang) => {
    const parts = [route.section && SECTIONS[route.section][lang], route.rest].filter(Boolean);
    return { lang, pattern: `${prefix(lang)}${parts.join('/')}` };
  });
}

/**
 * The pages that always exist, whatever the registry holds, in both languages:
 * each section's own page (a route with no parameter, or a rest parameter, which
 * matches the section itself too) and the home page.
 */
export function fixedPages(): string[] {
  const sectionPages = ROUTES.flatMap((route) =>
    route.kind === 'page' && (route.rest === undefined || route.rest.startsWith('[...'))
      ? LANGS.map((lang) => (route.section ? path(lang, route.section) : prefix(lang)))
      : [],
  );
  return [...new Set(sectionPages)];
}

/** The section a URL path belongs to (`/en/products/x/` → product), `home`, or none (files, the 404 page). */
export function sectionOfPath(urlPath: string): Section | 'home' | undefined {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments[0] === 'en') segments.shift();
  if (segments.length === 0) return 'home';
  const lang = langOfPath(urlPath);
  return (Object.keys(SECTIONS) as Section[]).find((section) => SECTIONS[section][lang] === segments[0]);
}

/** The path of the same page in the other language: swaps the prefix and the section word. */
export function translatePath(pathname: string, to: Lang): string {
  const from = langOfPath(pathname);
  if (from === to) return pathname;
  const rest = pathname.slice(from === 'en' ? 4 : 1).split('/');
  const first = rest[0] ?? '';
  for (const words of Object.values(SECTIONS)) {
    if (words[from] === first) {
      rest[0] = words[to];
      break;
    }
  }
  // Star listings carry a language word in their segment (`5-sao` ↔ `5-stars`).
  if (rest[1]) rest[1] = rest[1].replace(new RegExp(`^(\\d)-${starsWord[from]}$`), `$1-${starsWord[to]}`);
  if (rest[2] === unplacedWord[from]) rest[2] = unplacedWord[to];
  return `${prefix(to)}${rest.join('/')}`;
}

/** Which language a path or route pattern belongs to (Astro writes the English home page's pattern `/en`). */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}
