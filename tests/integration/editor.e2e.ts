/**
 * The office's content editor, driven in Chromium as a member of staff would:
 * against Decap's local backend (decap-server, writing into a copy of the
 * content folders), create a story for a sample product, publish it; the next
 * build shows the story on the product's page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorBackendFrom } from '../../src/formats/editor-config.ts';
import { routes } from '../../src/i18n/routes.ts';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { writeEditor } from '../../src/pipeline/editor.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { importRegistry } from '../../src/registry/import.ts';
import type { Product } from '../../src/schemas/product.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { SAMPLE } from '../support/exports.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const AS_OF = '2026-11-23';
const TITLE = 'Cà phê Đak Đoa kể lại từ trình soạn thảo';
const SLUG = 'ca-phe-dak-doa-ke-lai-tu-trinh-soan-thao';
const require = createRequire(import.meta.url);

let work: string;
let repo: string;
let backend: ChildProcess;
let editorSite: StaticServer;
let browser: Browser;
let product: Product;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForBackend(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the local backend did not answer at ${url}`);
}

beforeAll(async () => {
  await mkdir('.cache/test-builds', { recursive: true });
  work = path.resolve(await mkdtemp('.cache/test-builds/editor-'));
  // The "repository" the editor writes into: the content folders, as in a checkout.
  repo = path.join(work, 'repo');
  for (const folder of ['stories', 'events', 'points']) await cp(path.join('content', folder), path.join(repo, 'content', folder), { recursive: true });
  // A small registry: the sample's first rows.
  const lines = (await readFile(SAMPLE, 'utf8')).split('\n');
  const exportFile = path.join(work, 'export.csv');
  await writeFile(exportFile, `${lines.slice(0, 12).join('\n')}\n`);
  await importRegistry({ input: exportFile, asOf: AS_OF, outDir: path.join(work, 'registry'), reportFile: path.join(work, 'report.json') });
  const products = JSON.parse(await readFile(path.join(work, 'registry', 'products.json'), 'utf8')) as Product[];
  product = products.find((p) => p.certificate.status === 'active' && p.certificate.expiresOn >= AS_OF)!;
  expect(parseCsv(lines.slice(0, 2).join('\n')).length).toBe(2);

  const port = await freePort();
  const localUrl = `http://127.0.0.1:${port}/api/v1`;
  backend = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await waitForBackend(localUrl);
  const siteDir = path.join(work, 'editor-site');
  await writeEditor(siteDir, editorBackendFrom({ OCOP_EDITOR_LOCAL_URL: localUrl }), 'https://ocop.example.vn');
  editorSite = await serveStatic(siteDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await editorSite?.close();
  backend?.kill();
  await rm(work, { recursive: true, force: true });
});

describe('the content editor', () => {
  it('creates a story for a sample product, and the next build shows it on the product page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${editorSite.url}${routes.editor()}`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // The stories already in the folder are listed, under the Vietnamese names.
    await expect.poll(() => page.getByText('Mật ong rừng Ba Bể', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page
      .getByRole('link', { name: /Tạo mới câu chuyện|Câu chuyện mới|Tạo/i })
      .first()
      .click();
    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page.getByLabel('Mã chủ thể kể chuyện').fill(product.producerId);
    await page.getByLabel('Mã sản phẩm được kể').fill(product.id);
    await page.getByLabel('Tóm tắt').fill('Hợp tác xã kể về mùa thu hoạch năm nay.');
    await page.getByLabel('Ngày đăng').fill('2026-11-20');
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('Mùa này hợp tác xã hái chín từng quả.');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();

    const file = path.join(repo, 'content', 'stories', `${SLUG}.md`);
    await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain(TITLE);
    expect(errors).toEqual([]);
    await page.close();

    const outDir = path.join(work, 'dist');
    const previous = { OCOP_CACHE_DIR: process.env.OCOP_CACHE_DIR, OCOP_STORIES_DIR: process.env.OCOP_STORIES_DIR };
    process.env.OCOP_CACHE_DIR = path.join(work, 'astro-cache');
    process.env.OCOP_STORIES_DIR = path.join(repo, 'content', 'stories');
    try {
      await buildSite({ contentDir: path.join(work, 'registry'), outDir, asOf: AS_OF });
    } finally {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const productPage = await readFile(path.join(outDir, routes.product('vi', product.id), 'index.html'), 'utf8');
    expect(productPage).toContain(TITLE);
    expect(productPage).toContain(`href="${routes.story('vi', SLUG)}"`);
    const storyPage = await readFile(path.join(outDir, routes.story('vi', SLUG), 'index.html'), 'utf8');
    expect(storyPage).toContain('Mùa này hợp tác xã hái chín từng quả.');
  }, 300_000);

  it('its sign-in page says what it is in Vietnamese and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${editorSite.url}${routes.editor()}`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, nofollow');
    expect(await page.title()).toContain('Quản trị nội dung');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
