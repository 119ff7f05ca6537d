/**
 * The offline page's list of the pages saved on this device, read from the
 * service worker's page caches: each with its title and the day it was saved,
 * newest first, in the page's language. Without scripts (or with no worker) the
 * list stays hidden and the page's own text says what works offline.
 */
import { decodeEntities } from '../../domain/html-text.ts';
import { formatDate } from '../../i18n/format.ts';
import { OFFLINE_STRINGS } from '../../i18n/islands/offline.ts';
import { langOfPath } from '../../i18n/routes.ts';
import type { Lang } from '../../i18n/langs.ts';
import { parseCacheName } from '../../domain/offline-caches.ts';
import { SAVED_AT_HEADER, savedDay } from './saved-copy.ts';

export interface SavedPage {
  path: string;
  title: string;
  savedAt: string;
}

/** A page's title without the site's name after it (`Mật ong | Danh mục OCOP Việt Nam` → `Mật ong`). */
export function pageTitle(html: string, fallback: string): string {
  const title = decodeEntities(/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').trim();
  return title.replace(/\s+\|\s+[^|]*$/, '') || fallback;
}

async function savedPages(lang: Lang): Promise<SavedPage[]> {
  const pages: SavedPage[] = [];
  for (const name of await caches.keys()) {
    if (parseCacheName(name)?.kind !== 'pages') continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (langOfPath(path) !== lang) continue;
      const response = await cache.match(request);
      if (response) pages.push({ path, title: pageTitle(await response.text(), path), savedAt: response.headers.get(SAVED_AT_HEADER) ?? '' });
    }
  }
  return pages.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.title.localeCompare(b.title));
}

export async function showSavedPages(section: HTMLElement, lang: Lang): Promise<void> {
  if (!('caches' in window)) return;
  const words = OFFLINE_STRINGS[lang];
  const pages = await savedPages(lang);
  const list = section.querySelector('ul')!;
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.path;
      link.textContent = page.title;
      item.append(link);
      const day = savedDay(page.savedAt);
      if (day) item.append(` · ${words.savedPageDate(formatDate(lang, day))}`);
      return item;
    }),
  );
  section.querySelector<HTMLElement>('[data-saved-none]')!.hidden = pages.length > 0;
  section.hidden = false;
}
