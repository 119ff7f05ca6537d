/**
 * The service worker (bundled and given its precache list after the build by
 * src/pipeline/service-worker.ts, served at /sw.js). It keeps the site's shell
 * on the device (styles, fonts, scripts, the two offline pages) and, as the
 * visitor browses, the pages, photos and map points they see, each kind
 * in a bounded cache named with the build. Offline, a saved page opens with a
 * banner giving the day it was saved, and any other page shows the offline page
 * of its language. The certificate index is never kept (request-kind.ts).
 *
 * A new release's worker takes over at once (skipWaiting, clientsClaim): it
 * moves what the visitor saved into its own caches, then deletes every cache
 * of the older builds. Pages always come from the network first, so an online
 * visitor reads the new release on their next page.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, type Strategy } from 'workbox-strategies';
import { langOfPath, routes } from '../../i18n/routes.ts';
import {
  cacheName,
  entriesToDrop,
  outdatedCaches,
  parseCacheName,
  RUNTIME_CACHE_LIMITS,
  type RuntimeCacheKind,
  type WorkerSettings,
} from '../../domain/offline-caches.ts';
import { requestKind, type RequestKind } from './request-kind.ts';
import { photosOf, SAVED_AT_HEADER, savedBanner, savedDay, withSavedBanner } from './saved-copy.ts';

/** The little of the worker's global scope this file uses (the project's types are the DOM's, not a worker's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  location: Location;
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Array<{ url: string }>> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
};
declare const __OCOP_WORKER__: WorkerSettings;

const settings = __OCOP_WORKER__;
const origins = { site: self.location.origin, tiles: new RegExp(settings.tileOriginPattern), photosUrl: settings.photosUrl };
const cacheOf = (kind: RuntimeCacheKind) => cacheName(kind, settings.buildId);

/**
 * Each runtime cache is kept to its limit by the moment its entries were saved
 * (a header every kept response carries; entriesToDrop decides). Workbox's
 * expiration plugin does the same with a database of its own, which was a
 * fifth of the worker's weight.
 */
async function keepWithinLimit(name: string, kind: RuntimeCacheKind): Promise<void> {
  const { maxEntries } = RUNTIME_CACHE_LIMITS[kind];
  const cache = await caches.open(name);
  const requests = await cache.keys();
  if (requests.length <= maxEntries) return;
  const saved = await Promise.all(
    requests.map(async (request) => ({ entry: request, savedAt: (await cache.match(request))?.headers.get(SAVED_AT_HEADER) ?? '' })),
  );
  await Promise.all(entriesToDrop(saved, maxEntries).map((request) => cache.delete(request)));
}

/** Only whole answers are kept (no error page, no partial content), stamped, and the cache kept to its limit. */
const kept = (kind: RuntimeCacheKind): WorkboxPlugin => ({
  cacheWillUpdate: async ({ response }) => (response.status === 200 ? stamped(response) : null),
  cacheDidUpdate: async ({ cacheName }) => keepWithinLimit(cacheName, kind),
});

const shell = new PrecacheController({ cacheName: cacheName('shell', settings.buildId) });
shell.addToCacheList(self.__WB_MANIFEST);

/** A page's response as it is kept: stamped with the moment it was saved. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Pages read from the device carry a banner with the day they were saved. */
const savedCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
    const day = savedDay(cachedResponse?.headers.get(SAVED_AT_HEADER) ?? null);
    if (!cachedResponse || !day) return cachedResponse ?? null;
    const headers = new Headers(cachedResponse.headers);
    headers.delete('content-length');
    const html = withSavedBanner(await cachedResponse.text(), savedBanner(new URL(request.url).pathname, day));
    return new Response(html, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

/**
 * A page is kept once, whatever its query: the pages are static, and the query is
 * their script's (`?code=` of the certificate check, `?q=` of the search).
 */
const withoutQuery = (url: string) => {
  const page = new URL(url);
  page.search = '';
  page.hash = '';
  return page.href;
};
const onePerPage: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url),
};

/** A page neither the network nor the device has: the offline page of its language, kept with the shell. */
const offlinePage: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await shell.matchPrecache(routes.offline(langOfPath(new URL(request.url).pathname)))) ?? Response.error(),
};

const STRATEGIES: Partial<Record<RequestKind, Strategy>> = {
  // A slow network is not worth more than a few seconds' wait: the saved copy (with its banner) comes then.
  page: new NetworkFirst({
    cacheName: cacheOf('pages'),
    networkTimeoutSeconds: 5,
    plugins: [onePerPage, kept('pages'), savedCopy, offlinePage],
  }),
  photo: new CacheFirst({ cacheName: cacheOf('photos'), plugins: [kept('photos')] }),
  points: new NetworkFirst({ cacheName: cacheOf('data'), plugins: [kept('data')] }),
  certificates: new NetworkOnly(),
  // Tiles get no route (request-kind.ts says why): the page fetches them itself.
};

registerRoute(new PrecacheRoute(shell));
for (const [kind, strategy] of Object.entries(STRATEGIES)) {
  registerRoute(({ url, request }) => request.method === 'GET' && requestKind({ url, mode: request.mode }, origins) === kind, strategy);
}

self.addEventListener('install', (event) => {
  event.waitUntil(shell.install(event).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(shell.activate(event).then(takeOver).then(saveOpenPages));
});
clientsClaim();

/** Photos saved with a page the worker keeps by itself: a product page's, a listing's first cards. */
const PHOTOS_PER_OPEN_PAGE = 24;

/**
 * The pages open while the worker arrives were loaded before it could keep
 * them (a visitor's first page, a release's first visit): they are saved now,
 * with their photos, from the network (the browser's cache answers most), so
 * the page a tourist first opened is readable offline too.
 */
async function saveOpenPages(): Promise<void> {
  const pages = await caches.open(cacheOf('pages'));
  const photos = await caches.open(cacheOf('photos'));
  const save = async (cache: Cache, url: string) => {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status !== 200) return undefined;
    const copy = await stamped(response);
    await cache.put(url, copy.clone());
    return copy;
  };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = withoutQuery(client.url);
    if (requestKind({ url: new URL(url), mode: 'navigate' }, origins) !== 'page') continue;
    const page = await save(pages, url);
    if (!page) continue;
    for (const photo of photosOf(await page.text(), settings.photosUrl, PHOTOS_PER_OPEN_PAGE)) {
      if (!(await photos.match(photo))) await save(photos, new URL(photo, url).href);
    }
  }
  await keepWithinLimit(cacheOf('pages'), 'pages');
  await keepWithinLimit(cacheOf('photos'), 'photos');
}

/** Moves what the visitor saved under older builds into this build's caches, within their limits, then deletes the older caches. */
async function takeOver(): Promise<void> {
  for (const old of outdatedCaches(await caches.keys(), settings.buildId)) {
    const kind = parseCacheName(old)?.kind;
    if (kind && kind !== 'shell') await moveEntries(old, kind);
    await caches.delete(old);
  }
}

async function moveEntries(from: string, kind: RuntimeCacheKind): Promise<void> {
  const source = await caches.open(from);
  const target = await caches.open(cacheOf(kind));
  for (const request of await source.keys()) {
    const response = await source.match(request);
    // Each entry keeps its saved-at header, so the limit still drops the oldest first.
    if (response && !(await target.match(request))) await target.put(request, response);
  }
  await keepWithinLimit(cacheOf(kind), kind);
}
