/**
 * The pages whose script fills in what the server drew (the map with its
 * filters and status, the search results) must not move what is on screen when
 * it does. The page's scripts are held back until its first frame has been
 * drawn, so the script always runs on a page already seen, however fast the
 * machine; layout shifts (PerformanceObserver 'layout-shift') are then summed as
 * Lighthouse does for a load. Before the fix the map's list jumped down by the
 * map's height (0.53 on a phone) and the search page's footer by the results
 * (0.26).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { routes } from '../../src/i18n/routes.ts';

const baseUrl = inject('baseUrl');
/** Half of Lighthouse's "good" bound (0.1); Leaflet's own styles settling move the map by under 0.02. */
const MAX_SHIFT = 0.05;
/** Each page, and its status line, which gives a count once the script has drawn everything. */
const PAGES = [
  { path: routes.map('vi'), status: '[data-map-status]' },
  { path: routes.map('en'), status: '[data-map-status]' },
  { path: `${routes.search('vi')}?q=ca+phe`, status: '.search-status' },
  { path: `${routes.search('en')}?q=coffee`, status: '.search-status' },
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('scripts fill in the page without moving it', () => {
  for (const width of [360, 1280]) {
    it.each(PAGES)(`$path at ${width} px`, async ({ path, status }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        let drawn: () => void = () => {};
        const firstDraw = new Promise<void>((resolve) => (drawn = resolve));
        // Map tiles come from elsewhere: not part of this page's layout.
        await context.route(
          (url) => !url.href.startsWith(baseUrl),
          (route) => route.abort(),
        );
        await context.route(/\/_astro\/[^/]+\.js$/, async (route) => {
          await firstDraw;
          await route.continue();
        });
        await context.addInitScript(() => {
          const w = window as unknown as { shift: number; drawn: boolean };
          w.shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[]) {
              if (!entry.hadRecentInput) w.shift += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // The first contentful paint: the page is on screen (DOMContentLoaded waits for the held scripts).
          new PerformanceObserver(() => (w.drawn = true)).observe({ type: 'paint', buffered: true });
        });
        const page = await context.newPage();
        await page.goto(baseUrl + path, { waitUntil: 'commit' });
        await page.waitForFunction(() => (window as unknown as { drawn?: boolean }).drawn === true);
        drawn();
        await page.waitForFunction((selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ''), status);
        const shift = await page.evaluate(async () => {
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return (window as unknown as { shift: number }).shift;
        });
        expect(shift).toBeLessThan(MAX_SHIFT);
      } finally {
        await context.close();
      }
    });
  }
});
