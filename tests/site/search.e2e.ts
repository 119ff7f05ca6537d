import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { hydrated, watchedPage, type WatchedPage } from '../support/page.ts';
import { site } from '../../src/i18n/vi/site.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

let browser: Browser;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject('baseUrl');
});
afterAll(async () => {
  await browser?.close();
});

const OPTION = '[role="listbox"] [role="option"]';
const COMBOBOX = 'main [role="combobox"]';

async function open(path: string, options = {}): Promise<WatchedPage> {
  const watched = await watchedPage(browser, options);
  await watched.page.goto(new URL(path, base).href);
  await hydrated(watched.page);
  return watched;
}

async function resultCount(page: Page): Promise<number> {
  const status = page.locator('main [role="status"]').first();
  await expect.poll(async () => /\d/.test((await status.textContent()) ?? ''), { timeout: 15_000 }).toBe(true);
  return Number(((await status.textContent()) ?? '').replace(/\D+/g, ''));
}

async function titles(page: Page): Promise<string[]> {
  await page.locator(OPTION).first().waitFor({ timeout: 15_000 });
  return page.locator(`${OPTION} .search-result-title`).allTextContents();
}

describe('search understands Vietnamese typed without diacritics', () => {
  const cases: Array<[string, RegExp]> = [
    ['ca phe dak lak', /^Cà phê .*Đắk Lắk/],
    ['mat ong', /^Mật ong/],
    ['duong phen', /^Đường phèn/],
    ['nuoc mam phu quoc', /^Nước mắm Phú Quốc/],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" returns the expected product first`, async () => {
      const { page, context, errors } = await open('/tim-kiem/');
      await page.locator(COMBOBOX).fill(query);
      await expect.poll(async () => (await titles(page))[0], { timeout: 15_000 }).toMatch(expected);
      expect(await page.locator(`${OPTION} .search-result-facts`).first().textContent()).toContain('Sản phẩm');
      expect(page.url()).toContain(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('finds products of Hải Phòng by the old province name Hải Dương', async () => {
    const { page, context } = await open('/tim-kiem/?q=hai+duong&kind=product&province=31');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await context.close();
  });

  it('searches the English index on English pages and links to English pages', async () => {
    const { page, context, errors } = await open('/en/search/?q=mat+ong');
    await titles(page);
    await page.locator(COMBOBOX).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/products\/mat-ong-/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('filters and the URL', () => {
  it('narrows the results with a filter, keeps it in the URL, and the back button undoes it', async () => {
    const { page, context, errors } = await open('/tim-kiem/?q=ca+phe');
    const all = await resultCount(page);
    const toggle = page.getByRole('button', { name: 'Bộ lọc' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.getByRole('checkbox', { name: /★★★★★/ }).check();
    await page.waitForURL(/stars=5/);
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const five = await resultCount(page);
    expect(five).toBeGreaterThan(0);
    const stars = await page.locator(`${OPTION} .search-result-stars .vh`).allTextContents();
    expect(stars.every((text) => text.startsWith('5'))).toBe(true);

    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(all);
    expect(page.url()).not.toContain('stars=5');

    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(five);
    await expect.poll(() => page.getByRole('checkbox', { name: /★★★★★/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by stars, best first', async () => {
    const { page, context } = await open('/tim-kiem/?q=ca+phe&sort=stars');
    await titles(page);
    const stars = (await page.locator(`${OPTION} .search-result-stars .vh`).allTextContents()).map((text) => Number.parseInt(text, 10));
    expect(stars.length).toBeGreaterThan(1);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
    await context.close();
  });

  it('restores a shared URL: query, filters and sort', async () => {
    const { page, context } = await open('/tim-kiem/?q=ca+phe&sort=name&kind=product');
    await expect.poll(() => page.locator(COMBOBOX).inputValue()).toBe('ca phe');
    await expect.poll(() => page.getByRole('combobox', { name: /Sắp xếp/ }).inputValue()).toBe('name');
    const names = await titles(page);
    const folded = names.map((n) =>
      n
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase(),
    );
    expect(folded).toEqual([...folded].sort());
    await context.close();
  });

  it('says when nothing matches and offers to remove each filter', async () => {
    const { page, context, errors } = await open('/tim-kiem/?q=mat+ong&stars=5&province=01');
    await expect(page.getByText(/Không có kết quả/).waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    const remove = page.getByRole('button', { name: /Bỏ lọc: ★★★★★/ });
    await remove.click();
    await page.waitForURL((url) => !url.search.includes('stars=5'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads exactly the filtered list of a product set as CSV', async () => {
    const { page, context } = await open('/tim-kiem/?set=I.6');
    const count = await resultCount(page);
    const { rows } = await downloadCsv(page);
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row[row.length - 1]!.includes('/san-pham/'))).toBe(true);
    await context.close();
  });

  it('gives a trade partner what to check and whom to call, in a file named after the filter and the date', async () => {
    const contentDir = inject('contentDir');
    const products = JSON.parse(readFileSync(path.join(contentDir, 'products.json'), 'utf8')) as Product[];
    const producers = JSON.parse(readFileSync(path.join(contentDir, 'producers.json'), 'utf8')) as Producer[];
    // A coffee whose producer publishes a phone, an e-mail and a website.
    const product = products.find((p) => p.id === 'ca-phe-rang-xay-buon-ma-thuot-dak-lak-dl-001')!;
    const producer = producers.find((p) => p.id === product.producerId)!;
    const { page, context } = await open(`/tim-kiem/?set=I.6&province=${product.address.provinceCode}`);
    await resultCount(page);
    const { fileName, header, rows } = await downloadCsv(page);
    expect(fileName).toMatch(new RegExp(`^ocop-ca-phe[a-z0-9-]*-dak-lak-${inject('asOf')}\\.csv$`));
    const row = rows.find((cells) => cells.at(-1)!.endsWith(`/san-pham/${product.id}/`));
    expect(row).toBeDefined();
    const cell = (name: string) => row![header.indexOf(name)];
    expect(cell('Hiệu lực đến')).toBe(product.certificate.expiresOn);
    expect(cell('Số quyết định')).toBe(product.certificate.decisionNumber);
    expect(cell('Cơ quan công nhận')).toBe(product.certificate.issuer);
    expect(cell('Loại chủ thể')).toBe(site.producerTypes[producer.type]);
    expect(cell('Điện thoại')).toBe(producer.contact?.phone);
    expect(cell('Thư điện tử')).toBe(producer.contact?.email);
    expect(cell('Trang web')).toBe(producer.website);
    await context.close();
  });
});

/** Clicks the download button and reads the file back: its name, header and rows (RFC 4180 cells). */
async function downloadCsv(page: Page): Promise<{ fileName: string; header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  return { fileName: download.suggestedFilename(), header: header!, rows };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((l) => l.length > 0)) {
    const cells: string[] = [];
    for (const match of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
      const raw = match[1]!;
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    }
    rows.push(cells);
  }
  return rows;
}

describe('search by keyboard alone', () => {
  it('reaches the box with Tab, moves through results with the arrows and opens one with Enter', async () => {
    const { page, context, errors } = await open('/tim-kiem/');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox' && !!document.activeElement.closest('main'))) break;
    }
    await page.keyboard.type('duong phen');
    // On a busy machine the results of a shorter query ("duong") can show while
    // the rest is still being typed: wait for those of the whole query.
    await page
      .locator(OPTION)
      .first()
      .filter({ hasText: /Đường phèn/ })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    const combobox = page.locator(COMBOBOX);
    const active = await combobox.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/san-pham\/duong-phen-/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('before the island runs', () => {
  for (const [path, loading] of [
    ['/tim-kiem/', 'Đang tải chỉ mục tìm kiếm…'],
    ['/en/search/', 'Loading the search index…'],
  ] as const) {
    it(`${path} says it is loading in its server HTML, and stops saying so once the island runs`, async () => {
      const html = await (await fetch(new URL(path, base))).text();
      expect(html).toMatch(new RegExp(`role="status"[^>]*>${loading}<`));
      const { page, context, errors } = await open(path);
      await expect.poll(async () => page.locator('main [role="status"]').first().textContent(), { timeout: 15_000 }).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('before the script runs', () => {
  /** A page whose panel script is held back until `release()`: what a slow phone shows meanwhile. */
  async function held(path: string) {
    const watched = await watchedPage(browser, { viewport: { width: 360, height: 800 } });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await watched.page.route(/\/_astro\/SearchPage\.astro_astro_type_script_[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    // A module script holds back DOMContentLoaded: wait for the panel's HTML instead.
    await watched.page.goto(new URL(path, base).href, { waitUntil: 'commit' });
    await watched.page.locator('main [role="status"]').waitFor();
    return { ...watched, release };
  }

  it('shows the box, the sort and the loading line at once, and a query typed meanwhile is searched', async () => {
    const { page, context, errors, release } = await held('/tim-kiem/');
    expect(await page.locator('main [role="status"]').textContent()).toBe('Đang tải chỉ mục tìm kiếm…');
    expect(await page.locator(COMBOBOX).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: /Sắp xếp/ }).isVisible()).toBe(true);
    expect(await page.locator(OPTION).count()).toBe(0);
    await page.locator(COMBOBOX).fill('duong phen');
    release();
    await expect.poll(async () => (await titles(page))[0], { timeout: 15_000 }).toMatch(/^Đường phèn/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('duong phen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks for the index manifest from the head, once, and the panel script's modules with the page", async () => {
    const html = await (await fetch(new URL('/en/search/', base))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<link rel="preload" href="\/search-index\/en\.json" as="fetch"[^>]* crossorigin="anonymous"/);
    const entry = /<script type="module" src="(\/_astro\/SearchPage\.astro_astro_type_script_[^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // Every chunk the panel's script imports is announced up front, not found one level at a time.
    const imports = [...(await (await fetch(new URL(entry!, base))).text()).matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]}`);
    expect(imports.length).toBeGreaterThan(0);
    for (const chunk of imports) expect(head).toContain(`<link rel="modulepreload" href="${chunk}">`);

    const { page, context, errors } = await watchedPage(browser);
    const manifests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/search-index/en.json')) manifests.push(request.url());
    });
    await page.goto(new URL('/en/search/?q=honey', base).href);
    await titles(page);
    // The preload matches fetch()'s mode, so the search uses it instead of asking again.
    expect(manifests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the panel on a phone', () => {
  it('makes the sort, the filter toggle and every filter a 44 px target', async () => {
    const { page, context } = await open('/tim-kiem/?q=ca+phe', { viewport: { width: 360, height: 800 } });
    await resultCount(page);
    const height = async (selector: string) => (await page.locator(selector).first().boundingBox())?.height ?? 0;
    expect(await height('main select[name="sort"]')).toBeGreaterThanOrEqual(44);
    expect(await height('main .search-filter-toggle')).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    await page.locator('.search-filter-option:not([hidden])').first().waitFor({ timeout: 15_000 });
    const rows = await page.locator('.search-filter-option:not([hidden]) label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toBeGreaterThanOrEqual(44);
    for (const summary of await page.locator('.search-filters summary').all()) {
      if (await summary.isVisible()) expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    // Only values with results are offered: a count of zero is never shown for an unchosen value.
    expect(await page.locator('.search-filter-option:not([hidden]) .search-count').allTextContents()).not.toContain('(0)');
    await context.close();
  });
});

describe('accessibility of the search pages', () => {
  for (const path of ['/tim-kiem/?q=mat+ong', '/en/search/?q=honey']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}`, async () => {
      const { page, context, errors } = await open(path);
      await resultCount(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the header search box on every page', () => {
  it('shows live results as the visitor types and opens one by keyboard', async () => {
    const { page, context, errors } = await open('/');
    const box = page.locator('header form.search-form input[name="q"]');
    await box.focus();
    await page.keyboard.type('duong phen');
    const options = page.locator('header [role="listbox"] [role="option"]');
    await options.first().waitFor({ timeout: 15_000 });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().textContent()).toMatch(/^Đường phèn/);
    expect(await options.last().textContent()).toContain('duong phen');
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/san-pham\/duong-phen-/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still submits to the search page when no live result is chosen, and the focus lands in its box', async () => {
    const { page, context, errors } = await open('/en/');
    await page.locator('header form.search-form input[name="q"]').fill('mat ong');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=mat\+ong/);
    await hydrated(page);
    // Not on the page's body, 13 Tabs away: in the search page's box, the query kept.
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('main [role="combobox"]') ?? false), { timeout: 15_000 }).toBe(true);
    expect(await page.locator(COMBOBOX).inputValue()).toBe('mat ong');
    await page.locator(OPTION).first().waitFor({ timeout: 15_000 });
    // The arrow keys go straight on to the results.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(COMBOBOX).getAttribute('aria-activedescendant')).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });
});
