/**
 * A printed product page is a sheet about the product: its name, stars,
 * certificate, producer, address and shelf QR code, without the site's header,
 * menu, search box or footer. The QR code is offered as a file to download.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { examples } from '../support/examples.ts';
import { routes } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/index.ts';
import { productName } from '../../src/queries/in-language.ts';

const baseUrl = inject('baseUrl');
const { withPhoto: product, expired } = examples(inject('contentDir'), inject('asOf'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shown = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('a product page, printed', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`leaves out the header, menu, search and footer and keeps the product's facts and QR code (${lang})`, async () => {
      const { page, errors, close } = await openPage(browser, `${baseUrl}${routes.product(lang, product.id)}`);
      try {
        // On screen the frame is there: the print rules, not the page, hide it.
        expect(await shown(page, '.site-header')).toBe(true);
        await page.emulateMedia({ media: 'print' });
        for (const frame of ['.site-header', '.search-form', 'nav', '.site-footer', '.breadcrumbs']) expect(await shown(page, frame), frame).toBe(false);
        expect(await page.locator('h1').textContent()).toBe(productName(product, lang).text);
        expect(await shown(page, 'h1')).toBe(true);
        expect(await shown(page, '#cert')).toBe(true);
        expect(await page.locator('section[aria-labelledby="cert"]').textContent()).toContain(product.certificate.decisionNumber);
        expect(await shown(page, '.stars')).toBe(true);
        expect(await page.getByText(t(lang).address, { exact: true }).isVisible()).toBe(true);
        const qr = page.locator('.qr img');
        expect(await qr.isVisible()).toBe(true);
        expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        // The download link is for the screen; the sheet carries the code itself.
        expect(await page.getByRole('link', { name: t(lang).qrDownloadSvg }).isVisible()).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe("a product's QR code", () => {
  it('downloads as the SVG the shelf label uses, on a current product', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${routes.product('en', product.id)}`);
    try {
      const link = page.getByRole('link', { name: t('en').qrDownloadSvg });
      expect(await link.getAttribute('href')).toBe(routes.qr('en', product.id));
      expect(await link.getAttribute('download')).toMatch(/\.svg$/);
      const response = await page.request.get(`${baseUrl}${routes.qr('en', product.id)}`);
      expect(response.ok()).toBe(true);
      expect(await response.text()).toContain('<svg');
    } finally {
      await close();
    }
  });

  it('is neither shown nor offered on a withdrawn product', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${routes.product('vi', expired.id)}`);
    try {
      expect(await page.locator('.qr').count()).toBe(0);
      expect(await page.getByRole('link', { name: t('vi').qrDownloadSvg }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});
