/**
 * The catalogue offline, in Chromium with the network cut: a page the visitor
 * opened reads from the device with the day it was saved, any other page shows
 * the offline page of its language (which passes axe and lists what is saved),
 * the map's list and "near me" work from the saved points, the certificate
 * check refuses to answer, and a new release's worker takes over at the next
 * visit. Each test has a browser context of its own: its own worker and caches.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { todayInVietnam } from '../../src/domain/dates.ts';
import { writeServiceWorker } from '../../src/pipeline/service-worker.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { examples } from '../support/examples.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { headerPolicy } from '../../src/publish/security-policy.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const asOf = inject('asOf');
const { current, revoked, withPhoto } = examples(inject('contentDir'), asOf);
const [visited, unvisited] = current;
if (!visited || !unvisited) throw new Error('the sample registry should hold two current products');
const TILES = /^https:\/\/([a-z]\.)?tile\.openstreetmap\.org\//;
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=', 'base64');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context whose tiles are answered locally (the tests never call the tile server), and its page. */
async function freshVisitor(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  await context.route(TILES, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

/** The names of the worker's caches the page's origin holds. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Waits until a file of the site is kept in one of the worker's caches of a kind (`pages`, `photos`). */
async function waitUntilSaved(page: Page, urlPath: string, kind = 'pages'): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([wanted, prefix]) => {
            for (const name of await caches.keys()) {
              if (name.startsWith(prefix) && (await (await caches.open(name)).match(new URL(wanted, location.href).href))) return true;
            }
            return false;
          },
          [urlPath, `ocop-${kind}-`] as const,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

/** Opens a page online and waits for the worker to control it and to have saved it. */
async function visitOnline(page: Page, origin: string, urlPath: string): Promise<void> {
  await page.goto(origin + urlPath, { waitUntil: 'load' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitUntilSaved(page, urlPath);
}

describe('the catalogue offline', () => {
  it('opens a page the visitor saw, from the device, with its photo and the day it was saved; a withdrawn product is saved with the same warning', async () => {
    const { context, page, errors } = await freshVisitor();
    try {
      // The first page is saved by the worker as it arrives, with its photos; the second through it.
      await visitOnline(page, baseUrl, routes.product('vi', withPhoto.id));
      const photo = await page.locator('main img.photo').getAttribute('src');
      await waitUntilSaved(page, photo!, 'photos');
      await visitOnline(page, baseUrl, routes.product('en', revoked.id));
      await context.setOffline(true);

      const response = await page.goto(baseUrl + routes.product('vi', withPhoto.id), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').textContent()).toContain(withPhoto.name);
      expect(
        await page.locator('main img.photo').evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
      ).toBe(true);
      const banner = page.locator('main [data-saved-copy]');
      expect(await banner.textContent()).toContain(t('vi').offline.savedOn(formatDate('vi', todayInVietnam())));
      expect(await banner.textContent()).toMatch(/Đã lưu ngày \d{2}\/\d{2}\/\d{4}\./);

      await page.goto(baseUrl + routes.product('en', revoked.id));
      const english = await page.locator('main [data-saved-copy]').textContent();
      expect(english).toContain(t('en').offline.savedOn(formatDate('en', todayInVietnam())));
      expect(english).toContain(t('en').offline.savedStale);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the offline page of its language for a page never opened, listing the saved pages, and the page passes axe', async () => {
    const { context, page, errors } = await freshVisitor();
    try {
      await visitOnline(page, baseUrl, routes.product('vi', visited.id));
      await visitOnline(page, baseUrl, routes.product('en', visited.id));
      await context.setOffline(true);

      const response = await page.goto(baseUrl + routes.product('vi', unvisited.id));
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(t('vi').offlinePage.title);
      expect(await page.locator('main [data-saved-copy]').count()).toBe(0);
      const saved = page.locator('[data-saved-pages]');
      await saved.waitFor({ state: 'visible' });
      // The list names the saved page of this language, by its title, with its link; not the English one.
      const links = await saved.locator('li a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toEqual([[visited.name, routes.product('vi', visited.id)]]);
      expect(await page.locator(`a[href="${routes.map('vi')}#map-list"]`).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(baseUrl + routes.product('en', unvisited.id));
      expect(await page.locator('h1').textContent()).toBe(t('en').offlinePage.title);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.locator('[data-saved-pages] li a').first().waitFor();
      expect(await page.locator('[data-saved-pages] li a').first().getAttribute('href')).toBe(routes.product('en', visited.id));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says what works offline on the offline page without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + routes.offline('vi'));
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(t('vi').offlinePage.intro);
      expect(text).toContain(t('vi').offlinePage.howItWorks);
      // The saved list needs the script: hidden, not an empty heading.
      expect(await page.locator('[data-saved-pages]').isVisible()).toBe(false);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    } finally {
      await context.close();
    }
  });

  it('lists the places and sorts them by distance from the visitor offline, from the saved points', async () => {
    const { context, page } = await freshVisitor({ permissions: ['geolocation'], geolocation: { latitude: 21.0285, longitude: 105.8542 } });
    try {
      await visitOnline(page, baseUrl, routes.map('vi'));
      // The island fetched the points through the worker once it controls the page.
      await page.reload({ waitUntil: 'load' });
      await page
        .locator('[data-map-status]')
        .filter({ hasNotText: t('vi').map.loading })
        .waitFor();
      await context.setOffline(true);

      await page.goto(baseUrl + routes.map('vi'));
      expect(await page.locator('main [data-saved-copy]').count()).toBe(1);
      expect(await page.locator('#map-list li').count()).toBeGreaterThan(0);
      await page.locator('[data-near-me]').click();
      const nearby = page.locator('[data-nearby] li');
      await nearby.first().waitFor();
      const distances = await nearby.evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.km)));
      expect(distances.length).toBeGreaterThan(1);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    } finally {
      await context.close();
    }
  });

  it('refuses to check a certificate offline, from a saved check page or an open one, with a clear message', async () => {
    const { context, page, errors } = await freshVisitor();
    try {
      await visitOnline(page, baseUrl, routes.check('vi'));
      await context.setOffline(true);
      // The page still open: it may have loaded the index already, and must not answer from it.
      await page.locator('#check-q').fill(revoked.certificate.decisionNumber);
      await page.locator('#check button[type="submit"]').click();
      await expect.poll(() => page.locator('#check-results').textContent()).toBe(t('vi').checkOffline);

      // The saved copy of the page, opened offline.
      await page.goto(`${baseUrl}${routes.check('vi')}?code=${encodeURIComponent(visited.certificate.decisionNumber)}`);
      await expect.poll(() => page.locator('#check-results').textContent()).toBe(t('vi').checkOffline);
      expect(await page.locator('#check-results li').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a new release offline', () => {
  let work: string;
  let served: string;
  let server: StaticServer;
  const releases = { a: '', b: '', removing: '' };
  const MARK = 'Bản phát hành mới';

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'ocop-offline-releases-'));
    releases.a = path.join(work, 'a');
    releases.b = path.join(work, 'b');
    await cp(distDir, releases.a, { recursive: true });
    await cp(distDir, releases.b, { recursive: true });
    // Release b: its offline page and a product page say something new, and its worker has a build id of its own.
    for (const file of [path.join(routes.offline('vi'), 'index.html'), path.join(routes.product('vi', unvisited.id), 'index.html')]) {
      const html = await readFile(path.join(releases.b, file), 'utf8');
      await writeFile(path.join(releases.b, file), html.replace('</h1>', ` ${MARK}</h1>`));
    }
    // A release built with OCOP_OFFLINE=remove: its worker removes itself, and its pages register none.
    releases.removing = path.join(work, 'removing');
    await cp(distDir, releases.removing, { recursive: true });
    await writeServiceWorker({ outDir: releases.removing, asOf, mode: 'remove' });
    const withoutRegistration = path.join(releases.removing, routes.product('vi', visited.id), 'index.html');
    await writeFile(withoutRegistration, (await readFile(withoutRegistration, 'utf8')).replace(/ data-service-worker="[^"]*"/, ''));
    await writeServiceWorker({ outDir: releases.a, asOf, mode: 'on', buildId: 'release-a' });
    await writeServiceWorker({ outDir: releases.b, asOf, mode: 'on', buildId: 'release-b' });
    served = releases.a;
    server = await serveStatic(() => served);
  });

  afterAll(async () => {
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("is served at the visitor's next visit: the new worker takes over, keeps what was saved and deletes the old caches", async () => {
    const { context, page, errors } = await freshVisitor();
    try {
      await visitOnline(page, server.url, routes.product('vi', visited.id));
      expect((await cacheNames(page)).filter((name) => name.endsWith('release-a')).length).toBeGreaterThan(0);

      served = releases.b; // the nightly job switches the release
      await page.goto(server.url + routes.product('vi', unvisited.id));
      expect(await page.locator('h1').textContent()).toContain(MARK);
      await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toContain('ocop-shell-release-b');
      await expect.poll(() => cacheNames(page).then((names) => names.filter((name) => name.endsWith('release-a'))), { timeout: 20_000 }).toEqual([]);

      await context.setOffline(true);
      // The shell is the new release's: its offline page.
      await page.goto(server.url + routes.product('vi', current[2]!.id));
      expect(await page.locator('h1').textContent()).toBe(`${t('vi').offlinePage.title} ${MARK}`);
      // The page saved under the old release is still on the device, with its banner.
      await page.goto(server.url + routes.product('vi', visited.id));
      expect(await page.locator('h1').textContent()).toContain(visited.name);
      expect(await page.locator('main [data-saved-copy]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is withdrawn from devices by a release built to remove it: its caches are deleted and the worker unregistered', async () => {
    served = releases.a;
    const { context, page, errors } = await freshVisitor();
    try {
      await visitOnline(page, server.url, routes.product('vi', visited.id));
      served = releases.removing;
      await page.goto(server.url + routes.product('vi', visited.id));
      await expect.poll(() => cacheNames(page).then((names) => names.filter((name) => name.startsWith('ocop-'))), { timeout: 20_000 }).toEqual([]);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((found) => found.length)), { timeout: 20_000 }).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the worker under the header policy', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(distDir, { 'content-security-policy': headerPolicy({}) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("leaves the map tiles to the page, so the policy's connect-src 'self' (which binds the worker's own requests) needs no tile server", async () => {
    const { context, page, errors } = await freshVisitor();
    try {
      await visitOnline(page, server.url, routes.map('vi'));
      await page.reload({ waitUntil: 'load' });
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const tiles = page.locator('.leaflet-tile');
      await tiles.first().waitFor({ state: 'attached' });
      await expect
        .poll(() =>
          tiles.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)),
        )
        .toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
