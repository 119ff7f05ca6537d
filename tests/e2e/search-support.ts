/**
 * What the search and map browser tests add to the shared helpers: a page in
 * its own context (geolocation, blocked tiles) whose console errors are
 * collected except for URLs a test expects to fail, and a wait for hydration.
 * The built sample site comes from the shared global setup.
 */
import { inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export { axeViolations, launchBrowser } from './helpers.ts';

/** Where the global setup serves the built sample site. */
export function siteUrl(): string {
  return inject('baseUrl');
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, except those the test chose to allow. */
  errors: string[];
}

/** A fresh context and page whose console errors are collected; `allow` matches URLs whose failures are expected. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}, allow: RegExp | null = null): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allow && allow.test(message.location().url ?? '')) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, context, errors };
}

/** Resolves once every React island on the page has hydrated (Astro drops `ssr` then). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
