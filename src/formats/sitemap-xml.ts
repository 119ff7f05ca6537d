/**
 * Sitemap files within the protocol's limits, and their index (sitemaps.org:
 * at most 50,000 URLs and 50 MB uncompressed per file; we stop at 45,000 URLs
 * to keep a margin). Each Vietnamese page is listed with its English twin, both
 * naming each other as hreflang alternates, in the same file.
 */
import { escapeHtml } from '../domain/html-text.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { translatePath } from '../i18n/routes.ts';

export interface SitemapEntry {
  /** The Vietnamese page; its English twin is listed beside it. */
  path: string;
  /** `YYYY-MM-DD`, when the data says when the page last changed. */
  lastmod?: string | undefined;
  /**
   * The languages its text is written in, when not all: a story told in one
   * language is listed in that language alone, with no alternate (its twin shows
   * the same text and names it as canonical, as src/layouts/Base.astro does).
   */
  languages?: readonly Lang[] | undefined;
}

export const SITEMAP_MAX_URLS = 45_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/** The latest of some `YYYY-MM-DD` dates, ignoring missing ones. */
export function latest(dates: Iterable<string | undefined>): string | undefined {
  let max: string | undefined;
  for (const date of dates) if (date && (!max || date > max)) max = date;
  return max;
}

/** The `<url>` elements of one entry: the page in each language its text is in, each naming the others. */
function entryXml({ path, lastmod, languages = LANGS }: SitemapEntry, absolute: (path: string) => string): { xml: string; urls: number } {
  const url = (lang: Lang) => escapeHtml(absolute(translatePath(path, lang)));
  const fallback = url(languages.includes('vi') ? 'vi' : languages[0]!);
  const alternates = [
    ...languages.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(lang)}"/>`),
    `<xhtml:link rel="alternate" hreflang="x-default" href="${fallback}"/>`,
  ].join('');
  const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
  return { xml: languages.map((lang) => `<url><loc>${url(lang)}</loc>${modified}${alternates}</url>`).join('\n'), urls: languages.length };
}

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '\n</urlset>\n';

export interface SitemapFile {
  xml: string;
  /** The latest `lastmod` of its entries, for the index. */
  lastmod: string | undefined;
}

/** The entries cut into sitemap files of at most `maxUrls` URLs and `maxBytes` bytes; a page and its twin stay in one file. */
export function sitemapFiles(
  entries: readonly SitemapEntry[],
  absolute: (path: string) => string,
  maxUrls = SITEMAP_MAX_URLS,
  maxBytes = SITEMAP_MAX_BYTES,
): SitemapFile[] {
  const files: SitemapFile[] = [];
  const frame = Buffer.byteLength(URLSET_OPEN) + Buffer.byteLength(URLSET_CLOSE);
  let parts: string[] = [];
  let bytes = frame;
  let urls = 0;
  let lastmod: string | undefined;
  const close = () => {
    if (parts.length) files.push({ xml: `${URLSET_OPEN}${parts.join('\n')}${URLSET_CLOSE}`, lastmod });
    parts = [];
    bytes = frame;
    urls = 0;
    lastmod = undefined;
  };
  for (const entry of entries) {
    const { xml, urls: count } = entryXml(entry, absolute);
    const size = Buffer.byteLength(xml) + 1;
    if (parts.length && (urls + count > maxUrls || bytes + size > maxBytes)) close();
    parts.push(xml);
    bytes += size;
    urls += count;
    lastmod = latest([lastmod, entry.lastmod]);
  }
  close();
  return files;
}

export function sitemapIndexXml(files: readonly { loc: string; lastmod: string | undefined }[]): string {
  const items = files.map(({ loc, lastmod }) => `<sitemap><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
