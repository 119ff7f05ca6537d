/**
 * Internal links of a built site that lead nowhere. Every `href`, `src` and
 * `srcset` in the HTML that stays on the site is resolved to a file.
 */
import { decodeEntities } from '../domain/html-text.ts';
import { fileForUrl, type SiteFiles } from './site-files.ts';

const ATTRIBUTE = /\s(?:href|src|srcset|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * `writtenBeside`: a folder written while the pages are checked (the search
 * index, which the search page preloads): links into it are left to the
 * checks of that folder.
 */
export function brokenLinks(files: SiteFiles, siteUrl?: string, writtenBeside?: string): string[] {
  const origin = siteUrl ? new URL(siteUrl).origin : null;
  const broken = new Set<string>();
  for (const [page, html] of files.text) {
    if (!page.endsWith('.html')) continue;
    for (const match of html.matchAll(ATTRIBUTE)) {
      const isSrcset = match[0].trimStart().toLowerCase().startsWith('srcset');
      const raw = decodeEntities(match[1] ?? match[2] ?? '');
      const values = isSrcset ? raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [raw];
      for (const value of values) {
        const target = internalPath(value, page, origin);
        if (target === null || (writtenBeside && target.startsWith(writtenBeside))) continue;
        if (fileForUrl(files, target) === null) broken.add(`${page} → ${value}`);
      }
    }
  }
  return [...broken].sort();
}

/** The site path a link points at, or null when it leaves the site (or is a fragment, mailto:, tel:…). */
function internalPath(value: string, page: string, origin: string | null): string | null {
  if (value === '' || value.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(value, `https://release.invalid${page}`);
  } catch {
    return value; // unparseable: report it as broken
  }
  if (url.origin === 'https://release.invalid') return url.pathname;
  if (origin && url.origin === origin) return url.pathname;
  return null;
}
