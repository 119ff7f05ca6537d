import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { templatePaths } from '../support/examples.ts';

const baseUrl = inject('baseUrl');
const paths = templatePaths(inject('contentDir'), inject('asOf'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page template, in both languages', () => {
  it.each(paths)('%s renders with no console error and no WCAG 2.2 AA violation', async (path) => {
    const { page, errors, close } = await openPage(browser, baseUrl + path);
    try {
      const lang = await page.locator('html').getAttribute('lang');
      expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'vi');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(3);
      expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
      expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
