/**
 * What the search and the map cost a visitor, measured in a real browser on a
 * built site: `node scripts/measure-search-map.ts [dist]`. Every request is
 * recorded and weighed as a CDN would send it: gzip -9 of the file. Also times
 * results after the last keystroke. Prints a table for docs/performance.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../tests/support/server.ts';

const dist = path.resolve(process.argv[2] ?? process.env.OCOP_OUT_DIR ?? 'dist');

async function compressedBytes(urlPath: string): Promise<number> {
  let file = path.join(dist, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return 0;
  return gzipSync(bytes, { level: 9 }).length;
}

/** Requests made while `action` runs, weighed. */
async function weigh(page: Page, action: () => Promise<void>, keep: (url: URL) => boolean = () => true) {
  const urls: URL[] = [];
  const listener = (request: { url: () => string }) => urls.push(new URL(request.url()));
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  const kept = urls.filter((u) => u.hostname === '127.0.0.1' && keep(u));
  if (process.env.VERBOSE) for (const u of kept) console.error(u.pathname, await compressedBytes(u.pathname));
  const sizes = await Promise.all(kept.map((u) => compressedBytes(u.pathname)));
  return { requests: kept.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const server = await serveStatic(dist);
  const baseUrl = server.url;
  const browser = await chromium.launch({
    executablePath: process.env.OCOP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext();
    await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const page = await context.newPage();

    // The search page itself (HTML, CSS and the panel's script), before any query.
    const pageLoad = await weigh(page, async () => {
      await page.goto(`${baseUrl}/tim-kiem/`);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], [data-pending]').length === 0);
    });
    const box = page.locator('main [role="combobox"]');
    const timeQuery = async (text: string) => {
      const started = Date.now();
      await box.fill(text);
      await page.waitForFunction(
        (q) => new URLSearchParams(location.search).get('q') === q && !!document.querySelector('[role="listbox"] [role="option"]'),
        text,
      );
      return Date.now() - started;
    };
    let firstMs = 0;
    const firstQuery = await weigh(page, async () => {
      firstMs = await timeQuery('ca phe dak lak');
    });
    let secondMs = 0;
    const secondQuery = await weigh(page, async () => {
      secondMs = await timeQuery('nuoc mam');
    });
    // Opening the filters fetches the filter file and counts every facet.
    const filters = await weigh(page, async () => {
      await page.locator('.search-filter-toggle').click();
      await page.locator('.search-filters fieldset').first().waitFor();
    });

    const mapPage = await weigh(page, async () => {
      await page.goto(`${baseUrl}/ban-do/`);
      await page.locator('.map-cluster, .map-marker').first().waitFor();
    });
    const mapJs = await weigh(
      page,
      async () => {
        await page.reload();
        await page.locator('.map-cluster, .map-marker').first().waitFor();
      },
      (u) => u.pathname.endsWith('.js'),
    );
    const points = await compressedBytes('/map-points.json');
    const rows = (JSON.parse(await readFile(path.join(dist, 'map-points.json'), 'utf8')) as { rows: unknown[] }).rows.length;

    console.log(`site: ${dist}`);
    console.log('| what | requests | compressed |');
    console.log('| --- | --- | --- |');
    console.log(`| search page before typing (HTML, CSS, panel script) | ${pageLoad.requests} | ${kb(pageLoad.bytes)} |`);
    console.log(`| first query: index manifest, word files, 10 results (${firstMs} ms to results) | ${firstQuery.requests} | ${kb(firstQuery.bytes)} |`);
    console.log(`| first search in total (page + first query) | ${pageLoad.requests + firstQuery.requests} | ${kb(pageLoad.bytes + firstQuery.bytes)} |`);
    console.log(`| a further query (${secondMs} ms to results) | ${secondQuery.requests} | ${kb(secondQuery.bytes)} |`);
    console.log(`| opening the filters (filter file, counts) | ${filters.requests} | ${kb(filters.bytes)} |`);
    console.log(`| map page, everything but tiles | ${mapPage.requests} | ${kb(mapPage.bytes)} |`);
    console.log(`| map page JavaScript | ${mapJs.requests} | ${kb(mapJs.bytes)} |`);
    console.log(`| map points data (${rows} places) | 1 | ${kb(points)} |`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
