/**
 * Sitemap files within the protocol's limits, and their index (sitemaps.org:
 * at most 50,000 URLs and 50 MB uncompressed per file; we stop at 45,000 URLs
 * to keep a margin). Each Vietnamese page is listed with its English twin, both
 * naming each other as hreflang alternates, in the same file.
 */
import { escapeHtml } from '../domain/html-text.ts';
import { translatePath } from '../i18n/routes.ts';

export interface SitemapEntry {
  /** The Vietnamese page; its English twin is listed beside it. */
  path: string;
  /** `YYYY-MM-DD`, when the data says when the page last changed. */
  lastmod?: string | undefined;
}

export const SITEMAP_MAX_URLS = 45_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/** The latest of some `YYYY-MM-DD` dates, ignoring missing ones. */
export function latest(dates: Iterable<string | undefined>): string | undefined {
  let max: string | undefined;
  for (const date of dates) if (date && (!max || date > max)) max = date;
  return max;
}

/** The `<url>` elements of one entry: the Vietnamese page and its English twin, each naming both. */
function entryXml({ path, lastmod }: SitemapEntry, absolute: (path: string) => string): string {
  const vi = escapeHtml(absolute(path));
  const en = escapeHtml(absolute(translatePath(path, 'en')));
  const alternates = `<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/><xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/>`;
  const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
  return `<url><loc>${vi}</loc>${modified}${alternates}</url>\n<url><loc>${en}</loc>${modified}${alternates}</url>`;
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
  let lastmod: string | undefined;
  const close = () => {
    if (parts.length) files.push({ xml: `${URLSET_OPEN}${parts.join('\n')}${URLSET_CLOSE}`, lastmod });
    parts = [];
    bytes = frame;
    lastmod = undefined;
  };
  for (const entry of entries) {
    const xml = entryXml(entry, absolute);
    const size = Buffer.byteLength(xml) + 1;
    if (parts.length && ((parts.length + 1) * 2 > maxUrls || bytes + size > maxBytes)) close();
    parts.push(xml);
    bytes += size;
    lastmod = latest([lastmod, entry.lastmod]);
  }
  close();
  return files;
}

export function sitemapIndexXml(files: readonly { loc: string; lastmod: string | undefined }[]): string {
  const items = files.map(({ loc, lastmod }) => `<sitemap><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
