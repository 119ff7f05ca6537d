/**
 * Every URL of the site, in both languages: the single source of truth. Pages,
 * links, sitemaps, canonical and hreflang tags all ask this module. Vietnamese
 * lives at the root, English under /en/; paths always end in a slash.
 */
import type { Lang } from './index.ts';
import { slug } from '../domain/slug.ts';

const SECTIONS = {
  catalogue: { vi: 'danh-muc', en: 'catalogue' },
  product: { vi: 'san-pham', en: 'products' },
  producer: { vi: 'chu-the', en: 'producers' },
  story: { vi: 'cau-chuyen', en: 'stories' },
  event: { vi: 'hoi-cho', en: 'events' },
  point: { vi: 'diem-ban', en: 'points' },
  province: { vi: 'tinh', en: 'provinces' },
  search: { vi: 'tim-kiem', en: 'search' },
  map: { vi: 'ban-do', en: 'map' },
  check: { vi: 'tra-cuu-chung-nhan', en: 'certificate-check' },
  openData: { vi: 'du-lieu-mo', en: 'open-data' },
  about: { vi: 'gioi-thieu', en: 'about' },
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
/** The segment after a sector or group for its products not yet in a product set. */
const unplacedWord = { vi: 'chua-xep-bo', en: 'not-in-a-set' } as const;

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
  search: (lang: Lang) => path(lang, 'search'),
  map: (lang: Lang) => path(lang, 'map'),
  check: (lang: Lang) => path(lang, 'check'),
  openData: (lang: Lang) => path(lang, 'openData'),
  about: (lang: Lang) => path(lang, 'about'),
  // Files, the same for both languages.
  openDataFile: (format: 'csv' | 'json', provinceName?: string) =>
    provinceName ? `/${SECTIONS.openData.vi}/${provinceSegment(provinceName)}.${format}` : `/${SECTIONS.openData.vi}/ocop.${format}`,
  certificateIndex: () => `/${SECTIONS.check.vi}/index.json`,
  shareImage: (kind: 'story' | 'site', id?: string) => (kind === 'site' ? '/og/site.png' : `/og/${kind}-${id}.png`),
  /** QR code that opens the product page in this language. */
  qr: (lang: Lang, id: string) => `${prefix(lang)}qr/${id}.svg`,
  sitemap: () => '/sitemap.xml',
} as const;

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

/** Which language a path belongs to. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en/' || pathname.startsWith('/en/') ? 'en' : 'vi';
}
