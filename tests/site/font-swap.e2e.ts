/**
 * Fonts on a first visit: the page is drawn at once in the metric-matched
 * fallback (src/layouts/fonts.css), and when Be Vietnam Pro arrives the text
 * swaps in place. The font files are held back so the swap happens while the
 * page is watched (until its first frame, then 300 ms), and layout shifts (PerformanceObserver 'layout-shift') are
 * summed as Lighthouse does for a load.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { examples } from '../support/examples.ts';
import { routes, translatePath } from '../../src/i18n/routes.ts';

const baseUrl = inject('baseUrl');
const { withPhoto, current } = examples(inject('contentDir'), inject('asOf'));
const withoutPhoto = current.find((p) => !p.image) ?? current[0]!;
const paths = [routes.home('vi'), routes.product('vi', withPhoto.id), routes.product('vi', withoutPhoto.id)].flatMap((p) => [p, translatePath(p, 'en')]);
/** How long the fonts are held back after the page's first frame. */
const FONT_DELAY_MS = 300;
/** "No layout shift": a hundredth of Lighthouse's "good" bound (0.1). */
const MAX_SHIFT = 0.01;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Watched {
  shift: number;
  /** Status of each face when the page was first drawn, and once the fonts were ready ("Be Vietnam Pro 400 loading"). */
  firstDrawn: string[];
  ready: string[];
}

describe('a first visit swaps in Be Vietnam Pro without moving the page', () => {
  for (const width of [360, 1280]) {
    it.each(paths)(`%s at ${width} px`, async (path) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        // The fonts are held until the page has been drawn once (whatever the machine's load), then a little longer.
        let drawn: () => void = () => {};
        const firstDraw = new Promise<void>((resolve) => (drawn = resolve));
        await context.route(/\/fonts\/[^/]+\.woff2$/, async (route) => {
          await firstDraw;
          await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
          await route.continue();
        });
        await context.addInitScript(() => {
          const w = window as unknown as { shift: number; firstDrawn: string[] };
          w.shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[]) {
              if (!entry.hadRecentInput) w.shift += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          const faces = () => [...document.fonts].map((f) => `${f.family.replaceAll('"', '')} ${f.weight} ${f.status}`);
          document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => (w.firstDrawn = faces())));
        });
        const page = await context.newPage();
        await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => (window as unknown as { firstDrawn?: string[] }).firstDrawn !== undefined);
        drawn();
        await page.waitForLoadState('load');
        const watched = await page.evaluate(async (): Promise<Watched> => {
          await document.fonts.ready;
          // Two frames, so the swap's shift has been reported.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const w = window as unknown as { shift: number; firstDrawn: string[] };
          return { shift: w.shift, firstDrawn: w.firstDrawn, ready: [...document.fonts].map((f) => `${f.family.replaceAll('"', '')} ${f.weight} ${f.status}`) };
        });
        const lang = path.startsWith('/en/') ? 'en' : 'vi';
        for (const weight of [400, 700]) {
          // Drawn first in the fallback (the system font was found and used), the font still on its way…
          expect(watched.firstDrawn).toContain(`Be Vietnam Pro ${weight} loading`);
          expect(watched.firstDrawn).toContain(`Be Vietnam Pro fallback ${lang} ${weight} loaded`);
          // …then in Be Vietnam Pro.
          expect(watched.ready).toContain(`Be Vietnam Pro ${weight} loaded`);
        }
        expect(watched.shift).toBeLessThan(MAX_SHIFT);
      } finally {
        await context.close();
      }
    });
  }
});
