/**
 * The site with JavaScript switched off, where search and the certificate check
 * cannot run: they must show no control that cannot work and lead to the A–Z
 * index, which lists every current product (and no withdrawn one) in pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/i18n/routes.ts';
import { LANGS, type Lang } from '../../src/i18n/index.ts';
import { A_TO_Z_PAGE_SIZE } from '../../src/queries/a-to-z.ts';
import { launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { examples } from '../support/examples.ts';

const baseUrl = inject('baseUrl');
const { current, withdrawn } = examples(inject('contentDir'), inject('asOf'));
const noScript = { javaScriptEnabled: false };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Form controls a visitor can see in the page's main content. */
async function visibleControls(page: Page): Promise<string[]> {
  // Visible as Playwright means it (a box of some size, not visibility: hidden),
  // judged in one pass: the search panel's server HTML holds every filter value.
  return page.locator('main input, main select, main textarea, main button').evaluateAll((controls) =>
    controls
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Every page of the A–Z index, followed by its "next" links: the product ids it links to, in order, and the pages seen. */
async function walkAToZ(page: Page, lang: Lang): Promise<{ ids: string[]; names: string[]; pages: string[] }> {
  const productPrefix = routes.product(lang, 'x').slice(0, -'x/'.length);
  const ids: string[] = [];
  const names: string[] = [];
  const pages: string[] = [];
  let url: string | null = baseUrl + routes.aToZ(lang);
  while (url) {
    await page.goto(url);
    pages.push(new URL(page.url()).pathname);
    for (const link of await page.locator('main ul li > a[href]').all()) {
      const href = (await link.getAttribute('href'))!;
      if (!href.startsWith(productPrefix)) continue;
      ids.push(href.slice(productPrefix.length, -1));
      names.push((await link.textContent())!.trim());
    }
    const next = page.locator('a[rel="next"]');
    url = (await next.count()) > 0 ? new URL((await next.getAttribute('href'))!, baseUrl).href : null;
  }
  return { ids, names, pages };
}

describe('search without JavaScript', () => {
  for (const lang of LANGS) {
    it(`the header search lands on a page with no dead controls that offers the A–Z index and the catalogue (${lang})`, async () => {
      const { page, errors, close } = await openPage(browser, baseUrl + routes.home(lang), noScript);
      try {
        // The header's plain GET form, as a visitor would use it.
        await page.locator('header form[role="search"] input[name="q"]').fill('mat ong');
        await page.locator('header form[role="search"] input[name="q"]').press('Enter');
        await page.waitForURL((url) => url.pathname === routes.search(lang));
        expect(new URL(page.url()).searchParams.get('q')).toBe('mat ong');
        expect(await visibleControls(page)).toEqual([]);
        const main = page.locator('main');
        await main.locator(`a[href="${routes.aToZ(lang)}"]`).waitFor();
        expect(await main.locator(`a[href="${routes.catalogue(lang)}"]`).isVisible()).toBe(true);
        // A letter leads to the page and heading where its names start.
        const letter = main.locator('.az-letters a').first();
        const target = new URL((await letter.getAttribute('href'))!, baseUrl);
        await letter.click();
        await page.waitForURL((url) => url.pathname === target.pathname);
        expect(await page.locator(target.hash).isVisible()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('the A–Z index', () => {
  const collator = new Intl.Collator('vi');

  for (const lang of LANGS) {
    it(`lists every current product once, no withdrawn one, in Vietnamese order, over linked pages (${lang})`, async () => {
      expect(current.length, 'the sample must fill more than one page for paging to be tested').toBeGreaterThan(A_TO_Z_PAGE_SIZE);
      const { page, errors, close } = await openPage(browser, baseUrl + routes.aToZ(lang), noScript);
      try {
        const { ids, names, pages } = await walkAToZ(page, lang);
        expect(pages).toEqual(Array.from({ length: Math.ceil(current.length / A_TO_Z_PAGE_SIZE) }, (_, i) => routes.aToZ(lang, i + 1)));
        expect([...ids].sort()).toEqual(current.map((p) => p.id).sort());
        for (const p of withdrawn) expect(ids).not.toContain(p.id);
        expect(names).toEqual([...names].sort(collator.compare));
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('is linked from the catalogue', async () => {
    const { page, close } = await openPage(browser, baseUrl + routes.catalogue('vi'), noScript);
    try {
      expect(await page.locator(`main a[href="${routes.aToZ('vi')}"]`).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('the certificate check without JavaScript', () => {
  for (const lang of LANGS) {
    it(`hides the box that cannot work and offers the A–Z index, the provinces and the CSV (${lang})`, async () => {
      const { page, errors, close } = await openPage(browser, baseUrl + routes.check(lang), noScript);
      try {
        expect(await visibleControls(page)).toEqual([]);
        for (const href of [routes.aToZ(lang), routes.provinces(lang), routes.openDataFile('csv')]) {
          expect(await page.locator(`main a[href="${href}"]`).isVisible(), href).toBe(true);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
