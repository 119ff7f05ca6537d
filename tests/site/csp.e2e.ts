/**
 * The Content-Security-Policy holds on the built sample site: every page carries
 * Astro's hashed policy, and pages of every template (with search fetching
 * its index, and the map drawing tiles) load in
 * Chromium without a single violation, while also served with the HTTP header
 * policy of public/_headers and the nginx snippet (a browser enforces both). No
 * request leaves the site except for map tiles.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routes } from '../../src/i18n/routes.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy, sharedDirectives, tileOrigin } from '../../src/publish/security-policy.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launchBrowser } from '../support/browser.ts';
import { templatePaths } from '../support/examples.ts';

const distDir = inject('distDir');
const TILE_ORIGIN = tileOrigin({});
// A 1×1 transparent PNG: tiles are answered locally, the test never calls the tile server.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(distDir, { 'content-security-policy': headerPolicy({}) });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  violations: string[];
  outside: string[];
}

/** Opens a page, lets `act` use it, and returns the policy violations and outside requests seen. */
async function visit(url: string, act: (page: Page) => Promise<void> = async () => {}): Promise<Visit> {
  const context = await browser.newContext();
  const seen: Visit = { violations: [], outside: [] };
  await context.route(`${TILE_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
  const page = await context.newPage();
  // Injected by the browser itself, so the policy under test does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin !== server.url && origin !== TILE_ORIGIN && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      seen.outside.push(request.url());
  });
  await page.goto(server.url + (url.startsWith('http') ? new URL(url).pathname + new URL(url).search : url), { waitUntil: 'load' });
  await act(page);
  await page.waitForTimeout(200); // let scripts started by the load event run
  seen.violations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]));
  await context.close();
  return seen;
}

describe('Content-Security-Policy', () => {
  it('the violation listener notices a script the policy does not allow (so a pass means something)', async () => {
    const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const canary = await serveStatic(await mkdtemp(path.join(tmpdir(), 'ocop-csp-canary-')));
    const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html)![0];
    await writeFile(
      path.join(canary.root, 'index.html'),
      `<!doctype html><html><head>${policy}</head><body><script>document.title = 'ran'</script></body></html>`,
    );
    const previous = server;
    server = canary;
    try {
      const { violations } = await visit('/');
      expect(violations.join('\n')).toMatch(/script-src/);
    } finally {
      server = previous;
      await canary.close();
      await rm(canary.root, { recursive: true, force: true });
    }
  });

  it('every built page carries the hashed policy with the shared directives', async () => {
    // The public pages; the office's editor carries its own, looser policy (tested with the editor).
    const pages = (await readdir(distDir, { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && e.name.endsWith('.html') && !path.join(e.parentPath, e.name).startsWith(path.join(distDir, routes.editor())),
    );
    expect(pages.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const entry of pages) {
      const file = path.join(entry.parentPath, entry.name);
      const html = await readFile(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
      const complete =
        policy !== undefined &&
        sharedDirectives({}).every((directive) => policy.includes(directive)) &&
        /script-src 'self'/.test(policy) &&
        !/script-src[^;]*'(unsafe-inline|unsafe-eval|wasm-unsafe-eval)'/.test(policy);
      if (!complete) missing.push(path.relative(distDir, file));
    }
    expect(missing).toEqual([]);
  });

  it('pages of every template load without a violation or an outside request', async () => {
    const problems: string[] = [];
    for (const url of templatePaths(inject('contentDir'), inject('asOf'))) {
      const { violations, outside } = await visit(url);
      problems.push(...violations.map((v) => `${url}: ${v}`), ...outside.map((o) => `${url}: requested ${o}`));
    }
    expect(problems).toEqual([]);
  });

  it('search fetches its index and shows results without a violation, in both languages', async () => {
    for (const url of ['/tim-kiem/?q=mat+ong', '/en/search/?q=honey']) {
      const { violations, outside } = await visit(url, async (page) => {
        await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 15_000 });
      });
      expect(violations, url).toEqual([]);
      expect(outside, url).toEqual([]);
    }
  });

  it('the map draws tiles from the tile host only, without a violation', async () => {
    let tiles = 0;
    const { violations, outside } = await visit('/ban-do/', async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.leaflet-tile').length > 0, undefined, { timeout: 15_000 });
      tiles = await page.locator('.leaflet-tile').count();
    });
    expect(tiles).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });
});
