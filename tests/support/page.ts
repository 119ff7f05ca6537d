/**
 * Pages opened for a test, each in a fresh browser context, with every error
 * they raise collected so a test can require the list to stay empty (Pagefind's
 * rule: the console of a working page is quiet). Two kinds: `openPage` for the
 * site's pages, offline (map tiles answered with a blank image, any other
 * outside request or HTTP error recorded), and `watchedPage` for the search and
 * map tests, which route tiles themselves and allow the failures they provoke.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=', 'base64');

/** Console errors and uncaught exceptions; also failed requests and HTTP errors when `requests` is set. */
function collectErrors(
  page: Page,
  { allow = null, requests = false, scriptsOff = false }: { allow?: RegExp | null; requests?: boolean; scriptsOff?: boolean },
): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allow?.test(message.location().url ?? '')) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  if (requests) {
    page.on('requestfailed', (request) => {
      // A request the browser itself cancelled, because the test moved on to the
      // next page before a font or image arrived, is no fault of the site.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      // With JavaScript off, Chromium refuses the scripts a page preloads
      // (`<link rel="modulepreload">`) and reports them as `csp`: the browser's choice.
      if (scriptsOff && request.resourceType() === 'script' && request.failure()?.errorText === 'csp') return;
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }
  return errors;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** Opens `url` in a fresh context (optionally without JavaScript) and records every error. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  // The tests run offline: map tiles (the one outside request the site makes) get a
  // blank tile, so a small map renders without network errors; anything else outside fails loudly.
  await context.route(/^https:\/\/([a-z]\.)?tile\.openstreetmap\.org\//, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }));
  const page = await context.newPage();
  const errors = collectErrors(page, { requests: true, scriptsOff: options.javaScriptEnabled === false });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, except those the test chose to allow. */
  errors: string[];
}

/** A fresh context and page, not yet navigated, whose console errors are collected; `allow` matches URLs whose failures are expected. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}, allow: RegExp | null = null): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { page, context, errors: collectErrors(page, { allow }) };
}

/**
 * Resolves once every island on the page has started: a framework island has
 * hydrated (Astro drops `ssr` then), a plain-script one has taken over its
 * server HTML (it drops `data-pending`).
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], [data-pending]').length === 0, undefined, { timeout: 15_000 });
}
