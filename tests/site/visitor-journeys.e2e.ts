import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import jsQR from 'jsqr';
import { routes } from '../../src/i18n/routes.ts';
import { launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { examples } from '../support/examples.ts';

const baseUrl = inject('baseUrl');
const { withPhoto, expired, revoked, current } = examples(inject('contentDir'), inject('asOf'));
const noScript = { javaScriptEnabled: false };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  it('the language switch leads to the same product in English and back', async () => {
    const { page, close } = await openPage(browser, baseUrl + routes.product('vi', withPhoto.id), noScript);
    try {
      await page.locator('header a[hreflang="en"]').click();
      await page.waitForURL(baseUrl + routes.product('en', withPhoto.id));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // The English name where the registry gives one.
      expect(await page.locator('h1').textContent()).toBe(withPhoto.nameEn ?? withPhoto.name);
      await page.locator('header a[hreflang="vi"]').click();
      await page.waitForURL(baseUrl + routes.product('vi', withPhoto.id));
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    } finally {
      await close();
    }
  });

  it('a visitor browses sector → group → set → product by following links', async () => {
    const { page, close } = await openPage(browser, baseUrl + routes.catalogue('vi'), noScript);
    try {
      await page
        .locator(`main a[href="${routes.category('vi', 'I')}"]`)
        .first()
        .click();
      await page.waitForURL(baseUrl + routes.category('vi', 'I'));
      await page
        .locator(`main a[href="${routes.category('vi', 'I.3')}"]`)
        .first()
        .click();
      await page.waitForURL(baseUrl + routes.category('vi', 'I.3'));
      await page
        .locator(`main a[href="${routes.category('vi', 'I.3.b')}"]`)
        .first()
        .click();
      await page.waitForURL(baseUrl + routes.category('vi', 'I.3.b'));
      const count = await page.locator('main .card').count();
      const expected = current.filter((p) => p.category === 'I.3.b').length;
      expect(count).toBe(Math.min(expected, 48));
      const firstProduct = page.locator('main .card h3 a').first();
      const name = await firstProduct.textContent();
      await firstProduct.click();
      await page.waitForURL(/\/san-pham\//);
      expect(await page.locator('h1').textContent()).toBe(name);
    } finally {
      await close();
    }
  });

  it('the whole catalogue is paginated 48 to a page with working next links', async () => {
    const { page, close } = await openPage(browser, baseUrl + routes.catalogue('en'), noScript);
    try {
      expect(await page.locator('main .card').count()).toBe(Math.min(48, current.length));
      await page.locator('main a[rel="next"]').click();
      await page.waitForURL(baseUrl + routes.catalogue('en', 2));
      expect(await page.locator('main .card').count()).toBe(Math.min(48, current.length - 48));
    } finally {
      await close();
    }
  });
});

describe('withdrawn products', () => {
  it.each([
    ['expired', expired],
    ['revoked', revoked],
  ] as const)('an %s product page says so, shows no stars, is noindex and links to the producer', async (_kind, product) => {
    for (const lang of ['vi', 'en'] as const) {
      const { page, close } = await openPage(browser, baseUrl + routes.product(lang, product.id), noScript);
      try {
        expect(await page.locator('.stars').count()).toBe(0);
        expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
        expect(await page.locator('main').getAttribute('data-search-body')).toBeNull();
        expect(await page.locator('[role="status"]').textContent()).toMatch(lang === 'vi' ? /không còn|thu hồi|hết hiệu lực/ : /no longer|revoked|expired/);
        expect(await page.locator(`main a[href="${routes.producer(lang, product.producerId)}"]`).count()).toBeGreaterThan(0);
      } finally {
        await close();
      }
    }
  });
});

describe('shelf QR codes', () => {
  it('the QR code on a product page decodes to that page’s URL', async () => {
    const path = routes.product('vi', withPhoto.id);
    const { page, close } = await openPage(browser, baseUrl + path);
    try {
      const src = await page.locator('.qr img').getAttribute('src');
      expect(src).toBeTruthy();
      // Draw the SVG on a white canvas in the page and read its pixels back.
      const pixels = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 400;
        canvas.height = 400;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 400, 400);
        ctx.drawImage(img, 0, 0, 400, 400);
        return Array.from(ctx.getImageData(0, 0, 400, 400).data);
      }, src!);
      const decoded = jsQR(Uint8ClampedArray.from(pixels), 400, 400);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(decoded?.data).toBe(canonical);
      expect(new URL(decoded!.data).pathname).toBe(path);
    } finally {
      await close();
    }
  });
});

describe('certificate check', () => {
  it('finds a revoked product by name, typed without diacritics, and says it is not valid', async () => {
    const { page, errors, close } = await openPage(browser, baseUrl + routes.check('vi'));
    try {
      const folded = revoked.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      await page.locator('#check-q').fill(folded);
      await page.locator('#check button').click();
      const item = page.locator('#check-results li', { hasText: revoked.name });
      await item.waitFor();
      expect(await item.textContent()).toContain('Không còn hiệu lực');
      expect(await item.textContent()).not.toMatch(/\d sao/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
