/**
 * A page read from the device says so: the worker stamps each page it keeps
 * with the moment it was saved (a response header) and, when it serves the copy
 * offline, puts a banner with that day at the top of the page's main content.
 * The banner is plain HTML, so it shows with scripts off too. Pure: the worker
 * hands it the page's text.
 */
import { escapeHtml } from '../../domain/html-text.ts';
import { todayInVietnam } from '../../domain/dates.ts';
import { formatDate } from '../../i18n/format.ts';
import { langOfPath } from '../../i18n/routes.ts';
import { OFFLINE_STRINGS } from '../../i18n/islands/offline.ts';

/** The header a kept page carries: when it was saved, as an ISO instant. */
export const SAVED_AT_HEADER = 'x-ocop-saved-at';

/** The calendar day (Vietnam time, as the site's dates) of a saved-at instant; undefined when it is not one. */
export function savedDay(savedAt: string | null): string | undefined {
  if (!savedAt) return undefined;
  const instant = new Date(savedAt);
  return Number.isNaN(instant.getTime()) ? undefined : todayInVietnam(instant);
}

/** The banner for a page at `urlPath` saved on `day` (YYYY-MM-DD), in the page's language. */
export function savedBanner(urlPath: string, day: string): string {
  const lang = langOfPath(urlPath);
  const words = OFFLINE_STRINGS[lang];
  return `<p class="saved-copy" role="note" data-saved-copy><strong>${escapeHtml(words.savedOn(formatDate(lang, day)))}</strong> ${escapeHtml(words.savedStale)}</p>`;
}

/**
 * The page with the banner first inside its `<main>`; a page without one gets it
 * first in its body, and a text that is neither is returned as it is.
 */
export function withSavedBanner(html: string, banner: string): string {
  const at = /<main\b[^>]*>/i.exec(html) ?? /<body\b[^>]*>/i.exec(html);
  if (!at) return html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + banner + html.slice(end);
}

/**
 * The photos a page shows (every candidate of its `src` and `srcset`
 * attributes under the photos' folder), at most `limit`, first seen first:
 * what the worker saves with a page it keeps without the browser having asked
 * for them through it (the page open when the worker arrives).
 */
export function photosOf(html: string, photosUrl: string, limit: number): string[] {
  const found = new Set<string>();
  for (const attribute of html.matchAll(/\s(?:src|srcset)="([^"]*)"/g)) {
    for (const candidate of attribute[1]!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      if (url.startsWith(photosUrl)) found.add(url);
    }
  }
  return [...found].slice(0, limit);
}
