import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENHANCEMENTS_MAX_GZ, OFFLINE_WORKER_MAX_GZ, PAGE_BUDGETS } from '../../../src/budgets/budgets.ts';
import { checkBudgets } from '../../../src/budgets/check-dist.ts';
import { scanPage } from '../../../src/built-site/html-scan.ts';
import { pageKind } from '../../../src/budgets/page-kind.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-';

/** Seeded text that weighs about `gzBytes` once gzipped (a little more, never less). */
function noise(gzBytes: number, seed = 1): string {
  let state = seed;
  const characters: string[] = [];
  // Six bits of entropy per character: gzip keeps about 3/4 of the bytes.
  let wanted = Math.ceil(gzBytes * 1.3);
  while (true) {
    while (characters.length < wanted) {
      // xorshift32: stays within 32-bit integers, so the sequence never collapses.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      characters.push(ALPHABET[(state >>> 8) & 63]!);
    }
    const text = characters.join('');
    if (gzipSync(text).length >= gzBytes) return text;
    wanted += Math.ceil(gzBytes * 0.1);
  }
}

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><title>t</title>${head}</head><body><main>${body}</main></body></html>`;
}

const jsonLd = '<script type="application/ld+json">{"@type":"Product","name":"Mật ong"}</script>';

describe('the budget checker on a built site', () => {
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'ocop-budgets-'));
  });
  afterEach(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  async function write(relative: string, content: string): Promise<void> {
    await mkdir(path.dirname(path.join(dist, relative)), { recursive: true });
    await writeFile(path.join(dist, relative), content);
  }

  it('passes a small product page whose only script is JSON-LD', async () => {
    await write('san-pham/mat-ong-hg-001/index.html', page('<h1>Mật ong</h1>', jsonLd));
    const report = await checkBudgets(dist);
    expect(report.pages).toBe(1);
    expect(report.byKind.product?.pages).toBe(1);
    expect(report.breaches).toEqual([]);
  });

  it('fails a product page whose HTML and CSS together exceed the compressed budget', async () => {
    const limit = PAGE_BUDGETS.product.maxHtmlCssGz!;
    await write('_astro/site.css', `body{}/*${noise(limit / 2)}*/`);
    // Each half fits alone; the page fails only because the stylesheet counts too.
    await write('en/products/big-hg-002/index.html', page(`<p>${noise(limit * 0.6, 7)}</p>`, '<link rel="stylesheet" href="/_astro/site.css">'));
    const report = await checkBudgets(dist);
    expect(report.breaches).toHaveLength(1);
    expect(report.breaches[0]).toMatchObject({ page: '/en/products/big-hg-002/', kind: 'product', rule: 'html+css', limit });
    expect(report.breaches[0]!.actual).toBeGreaterThan(limit);
  });

  it('fails pages that should have no JavaScript when a script, an island or an inline handler appears', async () => {
    await write('cau-chuyen/a/index.html', page('<p>ok</p>', '<script type="module" src="/_astro/x.js"></script>'));
    await write('tinh/lam-dong/index.html', page('<astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island>'));
    await write('danh-muc/index.html', page('<button onclick="go()">Go</button>'));
    await write('_astro/x.js', 'console.log(1)');
    const report = await checkBudgets(dist);
    expect(report.breaches.map((breach) => [breach.page, breach.rule])).toEqual([
      ['/cau-chuyen/a/', 'no-script'],
      ['/danh-muc/', 'no-script'],
      ['/tinh/lam-dong/', 'no-script'],
    ]);
  });

  it('lets the header search and, on producer pages, the small map enhance a script-free page, but not a product page', async () => {
    const search = '<script type="module" src="/_astro/SearchEnhance.astro_astro_type_script_index_0_lang.A1.js"></script>';
    const map = '<script type="module" src="/_astro/SmallMap.astro_astro_type_script_index_0_lang.B2.js"></script>';
    await write('_astro/SearchEnhance.astro_astro_type_script_index_0_lang.A1.js', 'document.querySelector("form")');
    await write('_astro/SmallMap.astro_astro_type_script_index_0_lang.B2.js', 'import("./leaflet.js")');
    await write('chu-the/htx-a-01/index.html', page('<p>HTX</p>', search + map));
    await write('san-pham/a-hn-001/index.html', page('<p>A</p>', search + map));
    await write('tinh/ha-noi/index.html', page('<p>Hà Nội</p>', search));
    const report = await checkBudgets(dist);
    expect(report.breaches.map((breach) => [breach.page, breach.rule, breach.detail])).toEqual([
      ['/san-pham/a-hn-001/', 'no-script', '<script src> /_astro/SmallMap.astro_astro_type_script_index_0_lang.B2.js'],
    ]);
  });

  it("lets the service worker's inline registration ride on every script-free page, but no other inline script", async () => {
    const registration =
      '<script type="module">var e=document.documentElement.dataset.serviceWorker;e&&`serviceWorker`in navigator&&window.addEventListener(`load`,()=>{navigator.serviceWorker.register(e)})</script>';
    await write('san-pham/a-hn-001/index.html', page('<p>A</p>', registration));
    await write('san-pham/b-hn-002/index.html', page('<p>B</p>', '<script type="module">document.title="x"</script>'));
    const report = await checkBudgets(dist);
    expect(report.breaches.map((breach) => [breach.page, breach.rule])).toEqual([['/san-pham/b-hn-002/', 'no-script']]);
  });

  it('weighs the service worker against its budget when the build has one', async () => {
    await write('san-pham/a-hn-001/index.html', page('<p>A</p>'));
    expect((await checkBudgets(dist)).offlineWorker).toBeUndefined();
    await write('sw.js', `/*${noise(OFFLINE_WORKER_MAX_GZ + 512, 5)}*/`);
    const report = await checkBudgets(dist);
    expect(report.offlineWorker?.gz).toBeGreaterThan(OFFLINE_WORKER_MAX_GZ);
    expect(report.breaches).toEqual([expect.objectContaining({ page: '/sw.js', rule: 'offline-worker', limit: OFFLINE_WORKER_MAX_GZ })]);
  });

  it('fails a script-free page whose enhancements grow past their budget', async () => {
    await write('_astro/SearchEnhance.astro_astro_type_script_index_0_lang.C3.js', `/*${noise(ENHANCEMENTS_MAX_GZ + 512, 21)}*/`);
    await write(
      'cau-chuyen/b/index.html',
      page('<p>b</p>', '<script type="module" src="/_astro/SearchEnhance.astro_astro_type_script_index_0_lang.C3.js"></script>'),
    );
    const report = await checkBudgets(dist);
    expect(report.breaches).toEqual([expect.objectContaining({ page: '/cau-chuyen/b/', rule: 'enhancements', limit: ENHANCEMENTS_MAX_GZ })]);
  });

  it('counts the modules a map page imports statically against the map budget, but not dynamic imports', async () => {
    const limit = PAGE_BUDGETS.map.maxJsGz!;
    await write('ban-do/index.html', page('<div id="map"></div>', '<script type="module" src="/_astro/map.js"></script>'));
    await write('_astro/map.js', `import{a}from"./leaflet.js";import("./later.js");/*${noise(limit * 0.5, 3)}*/`);
    await write('_astro/leaflet.js', `export const a=1;/*${noise(limit * 0.6, 5)}*/`);
    await write('_astro/later.js', `/*${noise(limit * 2, 9)}*/`);
    const report = await checkBudgets(dist);
    const breach = report.breaches.find((candidate) => candidate.page === '/ban-do/');
    expect(breach).toMatchObject({ rule: 'js', limit });
    // Both static modules, not the dynamically imported one (which alone is 2× the limit).
    expect(breach!.actual).toBeGreaterThan(limit);
    expect(breach!.actual).toBeLessThan(limit * 1.5);
  });

  it('adds the index manifest and a typical query to the search page and fails when the first search is too heavy', async () => {
    await write('tim-kiem/index.html', page('<form></form>'));
    await write('search-index/vi.json', JSON.stringify({ version: 'v1', pages: 3 }));
    const word = noise(80 * 1024, 13);
    const result = noise(1000, 14);
    await write('search-index/vi/v1/p-ca.json', word);
    await write('search-index/vi/v1/d-0.json', result);
    await write('search-index/vi/v1/facets.json', '{}');
    const report = await checkBudgets(dist);
    expect(report.search).toHaveLength(1);
    const gz = (text: string) => gzipSync(text).length;
    expect(report.search[0]!.queryGz).toBe(3 * gz(word) + 10 * gz(result));
    expect(report.breaches.map((breach) => breach.rule).sort()).toEqual(['first-search', 'search-further-query']);
  });

  it('weighs the map data against 150 KB per 5,000 places, allowing more for more places', async () => {
    // About 50 incompressible bytes a row: 6,000 rows are well over their 180 KB.
    const row = (i: number) => [10 + (i % 13) / 1.7, 105 + (i % 7) / 3.1, i % 2, '01', i, `Điểm ${noise(40, i + 1)}`, `diem-${i}`];
    await write('map-points.json', JSON.stringify({ v: 1, rows: Array.from({ length: 6000 }, (_, i) => row(i)) }));
    const report = await checkBudgets(dist);
    expect(report.mapData?.places).toBe(6000);
    expect(report.mapData?.limit).toBe(Math.round(150 * 1024 * 1.2));
    expect(report.breaches.filter((breach) => breach.rule === 'map-data')).toEqual([
      expect.objectContaining({ page: '/map-points.json', actual: report.mapData!.gz, limit: report.mapData!.limit }),
    ]);
    expect(report.mapData!.gz).toBeGreaterThan(report.mapData!.limit);
  });

  it('notes, without failing, the budgets it could not check on a partial build', async () => {
    await write('index.html', page('<h1>OCOP</h1>'));
    const report = await checkBudgets(dist);
    expect(report.breaches).toEqual([]);
    expect(report.notes.join('\n')).toMatch(/no map page/);
  });
});

describe('reading a page for scripts', () => {
  it('ignores JSON-LD, prose about scripts and words that start with "on"', () => {
    const html = page('<p data-name="onion">&lt;script&gt; online</p><textarea><script>x</script></textarea>', jsonLd);
    expect(scanPage(html).scripts).toEqual([]);
  });

  it('finds javascript: links and modulepreload links', () => {
    const html = page('<a href="javascript:alert(1)">x</a>', '<link rel="modulepreload" href="/_astro/a.js">');
    expect(scanPage(html).scripts.map((use) => use.reason)).toEqual(['<link rel=modulepreload>', 'javascript: link on <a>']);
  });
});

describe('the kind of a page from its URL', () => {
  it.each([
    ['/', 'home'],
    ['/en/', 'home'],
    ['/san-pham/mat-ong-hg-001/', 'product'],
    ['/en/catalogue/sectors/food/page/2/', 'catalogue'],
    ['/en/events/hoi-cho-ocop-2026/', 'event'],
    ['/diem-ban/', 'point'],
    ['/en/map/', 'map'],
    ['/gioi-thieu/', 'other'],
  ])('%s is classed as a %s page', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });
});
