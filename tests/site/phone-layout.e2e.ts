/**
 * The site on a phone: no page scrolls sideways at 320 or 360 px, the header
 * stays compact with its navigation behind a menu button that works without
 * JavaScript, and wide screens show the whole navigation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { templatePaths } from '../support/examples.ts';
import { routes, translatePath } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
// Every template of the examples, plus the two script-driven pages they leave out.
const paths = [...templatePaths(inject('contentDir'), inject('asOf')), ...[routes.map('vi'), routes.search('vi')].flatMap((p) => [p, translatePath(p, 'en')])];
const PHONE_HEIGHT = 800;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's width beyond the screen, and the widest elements that cause it (for the failure message). */
function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    // Map tiles lie beyond the screen inside a clipped map: not culprits.
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('.leaflet-container'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

describe('no page scrolls sideways on a phone', () => {
  for (const width of [320, 360]) {
    it.each(paths)(`%s fits a ${width} px screen`, async (path) => {
      const { page, close } = await openPage(browser, baseUrl + path, { viewport: { width, height: PHONE_HEIGHT } });
      try {
        // The map's controls appear once its script has run: measure them too.
        if (path === routes.map('vi') || path === routes.map('en')) await page.locator('[data-map-app]:not([hidden])').waitFor();
        const measured = await overflow(page);
        expect(measured.scrollWidth, measured.culprits.join(', ')).toBeLessThanOrEqual(measured.innerWidth);
      } finally {
        await close();
      }
    });
  }
});

describe('the header on a phone', () => {
  for (const lang of ['vi', 'en'] as const) {
    const menuName = t(lang).navMenu;
    for (const javaScriptEnabled of [true, false]) {
      it(`is compact, and its menu button opens the navigation by keyboard (${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const { page, close } = await openPage(browser, baseUrl + routes.home(lang), { viewport: { width: 360, height: PHONE_HEIGHT }, javaScriptEnabled });
        try {
          const header = (await page.locator('header.site-header').boundingBox())!;
          expect(header.height).toBeLessThanOrEqual(130);
          // The search box is in the header, and the home page does not repeat it.
          expect(await page.getByRole('searchbox').count()).toBe(1);
          const navLinks = page.getByRole('navigation', { name: t(lang).navMain }).getByRole('link');
          expect(await navLinks.count()).toBe(0);

          // A <summary>: a native disclosure button, named by its text, that works with no script.
          const button = page.locator('header summary', { hasText: menuName });
          const box = (await button.boundingBox())!;
          expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
          await button.focus();
          await page.keyboard.press('Enter');
          await expect.poll(() => navLinks.count()).toBeGreaterThan(5);
          // The open navigation lies on the page, below the header, with touch-sized links.
          const first = (await navLinks.first().boundingBox())!;
          expect(first.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
          expect(first.height).toBeGreaterThanOrEqual(44);
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
        } finally {
          await close();
        }
      });
    }
  }

  it.each(['vi', 'en'] as const)('keeps the brand to two lines on a 320 px screen, the menu button still named (%s)', async (lang) => {
    const { page, close } = await openPage(browser, baseUrl + routes.home(lang), { viewport: { width: 320, height: PHONE_HEIGHT } });
    try {
      await page.evaluate(() => document.fonts.ready);
      const lines = await page.locator('header .brand').evaluate((brand) => {
        const range = document.createRange();
        range.selectNodeContents(brand);
        // One rectangle per line box of the brand's text.
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBeLessThanOrEqual(2);
      expect(await page.locator('header summary').textContent()).toContain(t(lang).navMenu);
    } finally {
      await close();
    }
  });

  it('shows the whole navigation on a wide screen, with no menu button', async () => {
    const { page, close } = await openPage(browser, baseUrl + routes.home('vi'), { viewport: { width: 1280, height: PHONE_HEIGHT } });
    try {
      const links = page.getByRole('navigation', { name: t('vi').navMain }).getByRole('link');
      expect(await links.count()).toBeGreaterThan(5);
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
      expect(await page.locator('header summary').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
