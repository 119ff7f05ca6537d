/**
 * Every text field of the registry, and every producer-written story, is hostile.
 * Thirty known XSS vectors go through the real import (in every text and link
 * column of a small export), straight into the imported content as a tampered
 * file would, and into a Markdown story; then through the real site build. No
 * vector may survive as executable markup: checked in a real browser with the
 * Content-Security-Policy bypassed, so escaping alone must hold.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { importRegistry } from '../../src/registry/import.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';
import { XSS_VECTORS } from '../fixtures/xss-vectors.ts';
import { launchBrowser } from '../support/browser.ts';
import { SAMPLE, writeExport } from '../support/exports.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const AS_OF = '2026-11-23';
const HOSTILE_COLUMNS = [
  'Tên sản phẩm',
  'Tên chủ thể',
  'Mô tả',
  'Địa chỉ',
  'Website',
  'Link TMĐT',
  'Truy xuất nguồn gốc',
  'Ảnh',
  'Huyện',
  'Tên tiếng Anh',
  'Mô tả tiếng Anh',
];

let work: string;
let outDir: string;
let products: Product[];
let producers: Producer[];
let html: Map<string, string>;

function toCsv(rows: string[][]): string {
  return `${rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n')}\n`;
}

/** The sample's first rows, each carrying one vector in every hostile column. */
async function hostileExport(dir: string): Promise<string> {
  const [header, ...rows] = parseCsv(await readFile(SAMPLE, 'utf8'));
  const columns = HOSTILE_COLUMNS.map((name) => header!.indexOf(name));
  expect(columns).not.toContain(-1);
  const hostile = rows.slice(0, XSS_VECTORS.length * 2).map((row, i) => {
    if (i >= XSS_VECTORS.length) return row; // tampered with after the import, below
    const { payload } = XSS_VECTORS[i]!;
    const cells = [...row];
    for (const column of columns) cells[column] = column === columns[0] || column === columns[1] ? `${cells[column]} ${payload}` : payload;
    return cells;
  });
  return writeExport(dir, 'hostile.csv', toCsv([header!, ...hostile]));
}

const STORY = 'cau-chuyen-doc-hai';

/** A producer's story in Markdown carrying every vector: in its title, its summary and its body. */
function hostileStory(product: Product): string {
  const body = XSS_VECTORS.map((v) => `Đoạn ${v.name}: ${v.payload}\n\n${v.payload}`).join('\n\n');
  const extra = ['![ảnh](javascript:alert(1))', '[xem](JaVaScRiPt:alert(1))', '<div onmouseover="alert(1)">rê chuột</div>'].join('\n\n');
  return [
    '---',
    `title: ${JSON.stringify(`Câu chuyện ${XSS_VECTORS[0]!.payload}`)}`,
    'lang: vi',
    `producer: ${product.producerId}`,
    `products: [${product.id}]`,
    `summary: ${JSON.stringify(XSS_VECTORS[21]!.payload)}`,
    'published: "2026-10-01"',
    `author: ${JSON.stringify(XSS_VECTORS[3]!.payload)}`,
    '---',
    body,
    extra,
    '',
  ].join('\n');
}

/** The same story's English version, as hostile. */
function hostileTranslation(): string {
  const body = XSS_VECTORS.map((v) => `Part ${v.name}: ${v.payload}`).join('\n\n');
  return [
    '---',
    `title: ${JSON.stringify(`The story ${XSS_VECTORS[5]!.payload}`)}`,
    `summary: ${JSON.stringify(XSS_VECTORS[22]!.payload)}`,
    `translator: ${JSON.stringify(XSS_VECTORS[4]!.payload)}`,
    '---',
    body,
    '',
  ].join('\n');
}

/** A content file edited by hand past the importer: raw vectors in the name and description. */
async function tamperWithContent(contentDir: string): Promise<void> {
  const file = path.join(contentDir, 'products.json');
  const list = JSON.parse(await readFile(file, 'utf8')) as Product[];
  const clean = list.filter((p) => !XSS_VECTORS.some((v) => p.name.includes(v.payload)));
  clean.slice(0, XSS_VECTORS.length).forEach((product, i) => {
    product.name = `${product.name} ${XSS_VECTORS[i]!.payload}`;
    product.description = XSS_VECTORS[i]!.payload;
    product.nameEn = `English ${XSS_VECTORS[i]!.payload}`;
    product.descriptionEn = XSS_VECTORS[i]!.payload;
  });
  await writeFile(file, `${JSON.stringify(list, null, 2)}\n`);
}

async function readHtml(root: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const full = path.join(entry.parentPath, entry.name);
      pages.set(`/${path.relative(root, full).replace(/index\.html$/, '')}`, await readFile(full, 'utf8'));
    }
  }
  return pages;
}

beforeAll(async () => {
  // Inside the project: Astro keeps a build's intermediate files beside an output
  // folder it contains, but in the shared .astro/ for one outside it.
  await mkdir('.cache/test-builds', { recursive: true });
  work = path.resolve(await mkdtemp('.cache/test-builds/xss-'));
  const contentDir = path.join(work, 'registry');
  outDir = path.join(work, 'dist');
  await mkdir(contentDir);
  const input = await hostileExport(path.join(work, 'export'));
  await importRegistry({ input, asOf: AS_OF, outDir: contentDir, reportFile: path.join(work, 'report.json') });
  await tamperWithContent(contentDir);
  products = JSON.parse(await readFile(path.join(contentDir, 'products.json'), 'utf8'));
  producers = JSON.parse(await readFile(path.join(contentDir, 'producers.json'), 'utf8'));
  const storiesDir = path.join(work, 'stories');
  await mkdir(storiesDir);
  await writeFile(path.join(storiesDir, `${STORY}.md`), hostileStory(products[0]!));
  await mkdir(path.join(storiesDir, 'en'));
  await writeFile(path.join(storiesDir, 'en', `${STORY}.md`), hostileTranslation());
  // The child build inherits these: its own Astro cache, and the hostile story instead of content/stories/.
  const previous = { OCOP_CACHE_DIR: process.env.OCOP_CACHE_DIR, OCOP_STORIES_DIR: process.env.OCOP_STORIES_DIR };
  process.env.OCOP_CACHE_DIR = path.join(work, 'astro-cache');
  process.env.OCOP_STORIES_DIR = storiesDir;
  try {
    await buildSite({ contentDir, outDir, asOf: AS_OF });
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  html = await readHtml(outDir);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('hostile registry text and stories never become executable markup', () => {
  it('the vectors reach the built pages as text (so the test tests something)', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(20);
    const withVector = products.filter((p) => XSS_VECTORS.some((v) => p.name.includes(v.payload) || p.description === v.payload));
    expect(withVector.length).toBeGreaterThanOrEqual(XSS_VECTORS.length);
    const escapedScript = [...html.values()].some((page) => page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    expect(escapedScript).toBe(true);
    expect(html.get(`/cau-chuyen/${STORY}/`), 'the hostile story has a page').toMatch(/Câu chuyện/);
    expect(html.get(`/en/stories/${STORY}/`), 'and its English version').toMatch(/<h1>The story /);
    expect(products.filter((p) => p.nameEn?.startsWith('English ')).length, 'English names from the export and the tampered file').toBeGreaterThanOrEqual(
      XSS_VECTORS.length,
    );
  });

  describe('in a real browser, with the Content-Security-Policy bypassed', () => {
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await serveStatic(outDir);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('no page with a vector runs script, carries an event handler, links to javascript: or data:, or has a script the build did not make', async () => {
      const hostileProducts = products.filter((p) => XSS_VECTORS.some((v) => p.name.includes(v.payload) || p.description === v.payload));
      const hostileProducers = producers.filter((p) => XSS_VECTORS.some((v) => p.name.includes(v.payload)));
      const pages = [
        ...hostileProducts.flatMap((p) => [`/san-pham/${p.id}/`, `/en/products/${p.id}/`]),
        ...hostileProducers.map((p) => `/chu-the/${p.id}/`),
        `/cau-chuyen/${STORY}/`,
        `/en/stories/${STORY}/`,
        '/cau-chuyen/',
        '/en/stories/',
        ...['/', '/en/', '/danh-muc/', '/en/catalogue/'],
      ].filter((page) => html.has(page));
      expect(pages.length).toBeGreaterThan(XSS_VECTORS.length);
      expect(await inspectPages(browser, server.url, pages)).toEqual([]);
    });

    it('the same inspection catches a vector that does get through (so a pass means something)', async () => {
      const canary = path.join(outDir, 'xss-canary');
      await mkdir(canary, { recursive: true });
      const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html.get('/')!)?.[0] ?? '';
      await writeFile(
        path.join(canary, 'index.html'),
        `<!doctype html><html><head>${policy}</head><body><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>` +
          `<script type="application/ld+json">{"name": "</script><script>alert(2)</script>"}</script></body></html>`,
      );
      const problems = (await inspectPages(browser, server.url, ['/xss-canary/'])).join('\n');
      expect(problems).toMatch(/a dialog opened: 1/);
      expect(problems).toMatch(/<img onerror>/);
      expect(problems).toMatch(/<a href="javascript:alert\(1\)">/);
      expect(problems).toMatch(/JSON-LD that does not parse/);
      expect(problems).toMatch(/inline script the build did not hash: alert\(2\)/);
    });
  });
});

/** Loads each page and lists every way hostile markup could run on it. */
async function inspectPages(browser: Browser, origin: string, pages: string[]): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('dialog', async (dialog) => {
    problems.push(`${new URL(page.url()).pathname}: a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await context.route(/xss\.invalid/, async (route) => {
    problems.push(`${new URL(page.url()).pathname}: requested ${route.request().url()}`);
    await route.abort();
  });
  for (const url of pages) {
    await page.goto(origin + url, { waitUntil: 'load' });
    const found = await page.evaluate(async () => {
      const issues: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          const value = attribute.value.trim().toLowerCase();
          if (attribute.name.startsWith('on')) issues.push(`<${element.localName} ${attribute.name}>`);
          if (
            /^(href|src|action|formaction|data|xlink:href)$/.test(attribute.name) &&
            /^(javascript|data|vbscript):/.test(value) &&
            !/^data:image\//.test(value)
          ) {
            issues.push(`<${element.localName} ${attribute.name}="${value.slice(0, 40)}">`);
          }
        }
        if (['iframe', 'object', 'embed', 'base'].includes(element.localName)) issues.push(`<${element.localName}> element`);
        if (element.localName === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') issues.push('<meta http-equiv=refresh>');
      }
      // Every script is the site's own: from /_astro/, inline with a hash in
      // the page's policy, or JSON-LD data that parses (a `</script>` breakout would not).
      const policy = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
      for (const script of Array.from(document.scripts)) {
        const body = script.textContent ?? '';
        if (script.type === 'application/ld+json') {
          try {
            JSON.parse(body);
          } catch {
            issues.push(`JSON-LD that does not parse: ${body.slice(0, 60)}`);
          }
        } else if (script.src) {
          if (!/^\/_astro\//.test(new URL(script.src).pathname)) issues.push(`script from ${script.src}`);
        } else {
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
          const hash = `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
          if (!policy.includes(hash)) issues.push(`inline script the build did not hash: ${body.slice(0, 60)}`);
        }
      }
      return issues;
    });
    problems.push(...found.map((issue) => `${url}: ${issue}`));
  }
  await context.close();
  return problems;
}
