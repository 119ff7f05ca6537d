/**
 * The shelf cards of the built sample (build date fixed): linked from the product
 * and producer pages, served as PDF, printing what the page says, their QR code
 * opening the page; none for a withdrawn product.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { LANGS, t } from '../../src/i18n/index.ts';
import { routes } from '../../src/i18n/routes.ts';
import { launchBrowser } from '../support/browser.ts';
import { examples } from '../support/examples.ts';
import { openPage } from '../support/page.ts';
import { pdfRenderer, readPdf } from '../support/pdf.ts';

const baseUrl = inject('baseUrl');
const asOf = inject('asOf');
const { withPhoto, withdrawn, current } = examples(inject('contentDir'), asOf);
let browser: Browser;
let renderer: Awaited<ReturnType<typeof pdfRenderer>>;

beforeAll(async () => {
  browser = await launchBrowser();
  renderer = await pdfRenderer(browser);
});
afterAll(async () => {
  await renderer?.close();
  await browser?.close();
});

async function fetchPdf(urlPath: string): Promise<Uint8Array> {
  const response = await fetch(baseUrl + urlPath);
  expect(response.status, urlPath).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return new Uint8Array(await response.arrayBuffer());
}

describe('the shelf card of a current product', () => {
  it.each(LANGS)('%s: the product page links it; it is one A6 page with the name and the expiry date, whose QR code opens the page', async (lang) => {
    const { page, errors, close } = await openPage(browser, baseUrl + routes.product(lang, withPhoto.id));
    let canonical: string | null;
    try {
      const link = page.getByRole('link', { name: t(lang).shelfCard.printCard });
      expect(await link.getAttribute('href')).toBe(routes.shelfCard(lang, withPhoto.id));
      canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const bytes = await fetchPdf(routes.shelfCard(lang, withPhoto.id));
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.size[0]).toBeCloseTo(297.64, 1);
    expect(pages[0]!.size[1]).toBeCloseTo(419.53, 1);
    const state = certificateStateOn(withPhoto.certificate, asOf);
    if (!state.shown) throw new Error('the example product should be current');
    expect(pages[0]!.text).toContain(withPhoto.name);
    expect(pages[0]!.text).toContain(formatDate(lang, state.validUntil));
    expect(pages[0]!.text).toContain(t(lang).stars(withPhoto.certificate.stars));

    const decoded = await renderer.qrCodeOn(bytes);
    expect(decoded).toBe(canonical);
    expect(new URL(decoded!).pathname).toBe(routes.product(lang, withPhoto.id));
  });
});

describe('the shelf-card sheet of a producer', () => {
  // The producer with the most current products, so the sheet runs to more than one card.
  const counts = new Map<string, number>();
  for (const product of current) counts.set(product.producerId, (counts.get(product.producerId) ?? 0) + 1);
  const producerId = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const own = current.filter((p) => p.producerId === producerId);

  it('the producer page links an A4 sheet holding a card for each of its current products, four a page', async () => {
    expect(own.length).toBeGreaterThan(1);
    const { page, close } = await openPage(browser, baseUrl + routes.producer('vi', producerId));
    let firstListed: string | null;
    try {
      expect(await page.getByRole('link', { name: t('vi').shelfCard.printSheet }).getAttribute('href')).toBe(routes.shelfSheet('vi', producerId));
      firstListed = await page.locator('ul.grid h3 a').first().getAttribute('href');
    } finally {
      await close();
    }
    const bytes = await fetchPdf(routes.shelfSheet('vi', producerId));
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(Math.ceil(own.length / 4));
    for (const sheetPage of pages) {
      expect(sheetPage.size[0]).toBeCloseTo(595.28, 1);
      expect(sheetPage.size[1]).toBeCloseTo(841.89, 1);
    }
    const text = pages.map((p) => p.text).join(' ');
    for (const product of own) expect(text).toContain(product.name);
    // The first card, top left, is the first product the producer page lists.
    const firstCard = await renderer.qrCodeOn(bytes, { x: 0, y: 0, width: 297.64, height: 420.94 });
    expect(new URL(firstCard!).pathname).toBe(firstListed);
  });
});

describe('withdrawn products', () => {
  it('have no shelf card: its URL answers 404 and their page offers none', async () => {
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const product of withdrawn) {
      for (const lang of LANGS) {
        expect((await fetch(baseUrl + routes.shelfCard(lang, product.id))).status, product.id).toBe(404);
        const html = await (await fetch(baseUrl + routes.product(lang, product.id))).text();
        expect(html).not.toContain(routes.shelfCard(lang, product.id));
      }
    }
  });
});
