/**
 * The queries people type, and what should come first, on the sample site
 * (content/sources/sample-registry.csv). Each row opens the search page with the
 * query in its address, as the header box does, and reads the first result the
 * island shows: the index, the joined-syllable reading, the second look
 * (src/search/rerank.ts) and the English set labels all take part.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { hydrated } from '../support/page.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  base = inject('baseUrl');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const FIRST_TITLE = 'main [role="listbox"] [role="option"] .search-result-title';

interface Row {
  query: string;
  /** What the first result's title must match. */
  first: RegExp;
  /** Filters added to the address, e.g. `{ kind: 'province' }`. */
  filters?: Record<string, string>;
}

const PHU_QUOC_FISH_SAUCE = /^Nước mắm Phú Quốc cá cơm 40 độ đạm$/; // 5★, among 3★ and 4★ namesakes
const BUON_MA_THUOT_COFFEE = /^Cà phê rang xay Buôn Ma Thuột Đắk Lắk$/; // 5★, among 3★ and 4★ coffees

const VIETNAMESE: Array<[group: string, rows: Row[]]> = [
  [
    'typed without diacritics',
    [
      { query: 'mat ong', first: /^Mật ong /u },
      { query: 'nuoc mam', first: PHU_QUOC_FISH_SAUCE },
      { query: 'nuoc mam phu quoc', first: PHU_QUOC_FISH_SAUCE },
      { query: 'duong phen', first: /^Đường phèn mía Tây Ninh$/ },
      { query: 'ca phe', first: BUON_MA_THUOT_COFFEE },
      { query: 'ca phe dak lak', first: BUON_MA_THUOT_COFFEE },
      { query: 'ca cao', first: /^Ca cao nguyên chất Krông Pắc$/ },
      { query: 'banh pia', first: /^Bánh pía Sóc Trăng$/ },
      { query: 'banh gai', first: /^Bánh gai Tứ Kỳ$/ },
      { query: 'gom bat trang', first: /^Gốm sứ Bát Tràng men lam$/ },
      { query: 'mien dong', first: /^Miến dong (Côn Minh|Minh Hồng)$/ },
      { query: 'sua chua moc chau', first: /^Sữa chua Mộc Châu$/ },
      { query: 'ruou vang da lat', first: /^Rượu vang Đà Lạt$/ },
      { query: 'non la', first: /^Nón lá Chuông$/ },
      { query: 'tho cam', first: /Thổ cẩm/i },
      { query: 'keo dua', first: /^Kẹo dừa Mỹ Xuyên$/ },
      { query: 'sau rieng', first: /^Sầu riêng Krông Pắc$/ },
      { query: 'vai thieu thanh ha', first: /^Vải thiều Thanh Hà$/ },
      { query: 'tra o long', first: /^Trà Ô long Bảo Lộc$/ },
      { query: 'ngoc trai', first: /^Ngọc trai nuôi An Thới$/ },
    ],
  ],
  [
    'typed with diacritics',
    [
      { query: 'cà phê', first: BUON_MA_THUOT_COFFEE },
      { query: 'Đắk Lắk', first: BUON_MA_THUOT_COFFEE },
      { query: 'hồ tiêu', first: /^Hồ tiêu / },
    ],
  ],
  [
    'syllables typed without spaces',
    [
      { query: 'caphe', first: BUON_MA_THUOT_COFFEE },
      { query: 'matong', first: /^Mật ong / },
      { query: 'nuocmam', first: PHU_QUOC_FISH_SAUCE },
      { query: 'nuocmam phu quoc', first: PHU_QUOC_FISH_SAUCE },
      { query: 'duongphen', first: /^Đường phèn mía Tây Ninh$/ },
      { query: 'banhpia', first: /^Bánh pía Sóc Trăng$/ },
      { query: 'hotieu', first: /^Hồ tiêu / },
      { query: 'gaost25', first: /^Gạo ST25 Mỹ Xuyên$/ },
      { query: 'ruouvang', first: /^Rượu vang Đà Lạt$/ },
      { query: 'suachua', first: /^Sữa chua / },
    ],
  ],
  [
    'producer names',
    [
      { query: 'htx ca phe ea kiet', first: /^HTX Cà phê Ea Kiết$/ },
      { query: 'vang lam vien', first: /^Công ty TNHH Vang Lâm Viên$/ },
      { query: 'hong dao', first: /^Công ty Cổ phần Nước mắm Hồng Đảo Phú Quốc$/ },
      { query: 'gom men lam', first: /^Gốm sứ Bát Tràng men lam$/ },
    ],
  ],
  [
    'places, current and former provinces',
    [
      { query: 'moc chau', first: /Mộc Châu$/ },
      { query: 'da lat', first: /Đà Lạt/ },
      { query: 'an giang', first: /^Sản phẩm OCOP An Giang$/ },
      { query: 'lam dong', first: /^Sản phẩm OCOP Lâm Đồng$/ },
      { query: 'hai duong', filters: { kind: 'province' }, first: /^Sản phẩm OCOP Hải Phòng$/ },
      { query: 'kien giang', first: /^Sản phẩm OCOP An Giang$/ },
      { query: 'bac kan', filters: { kind: 'province' }, first: /^Sản phẩm OCOP Thái Nguyên$/ },
      { query: 'ha giang', filters: { kind: 'province' }, first: /^Sản phẩm OCOP Tuyên Quang$/ },
    ],
  ],
];

const ENGLISH: Row[] = [
  { query: 'coffee', filters: { kind: 'product' }, first: BUON_MA_THUOT_COFFEE },
  { query: 'coffee dak lak', first: BUON_MA_THUOT_COFFEE },
  // Among products: the English story "Phu Quoc fish sauce: …" names both words in its title, and comes first of all pages.
  { query: 'fish sauce', filters: { kind: 'product' }, first: PHU_QUOC_FISH_SAUCE },
  // The honey set also holds palm sugar ("other syrups"); either is a right answer, meat is not.
  { query: 'honey', first: /^(Mật ong |Đường thốt nốt )/ },
  { query: 'tea', first: /^(Chè|Trà) / },
  { query: 'rice', first: /^Gạo ST25 Mỹ Xuyên$/ },
  { query: 'rice spirits', first: /^Rượu / },
  { query: 'mat ong', first: /^Mật ong / },
  { query: 'nuocmam', first: PHU_QUOC_FISH_SAUCE },
  { query: 'haiphong', first: /^OCOP products of Haiphong$/ },
];

// Products the sample's export names in English (its Tên tiếng Anh column): found
// by that name, and by the certified Vietnamese name the page keeps beside it; and
// the stories with an English version (content/stories/en/).
const ENGLISH_NAMES: Row[] = [
  { query: 'ramie leaf cake', first: /^Tu Ky ramie leaf cake$/ },
  { query: 'cultured pearls', first: /^An Thoi cultured pearls$/ },
  { query: 'brocade', filters: { kind: 'product' }, first: /^Kon Gang hand-woven brocade$/ },
  { query: 'banh gai tu ky', first: /^Tu Ky ramie leaf cake$/ },
  { query: 'gốm sứ bát tràng men lam', first: /^Bat Trang blue-glazed porcelain$/ },
  // A story's English version is what the English index holds of it.
  { query: 'fish sauce', first: /^Phu Quoc fish sauce: twelve months in wooden vats$/ },
];

function searchUrl(path: string, { query, filters = {} }: Row): string {
  return new URL(`${path}?${new URLSearchParams({ q: query, ...filters })}`, base).href;
}

async function firstTitle(url: string): Promise<string> {
  await page.goto(url);
  await hydrated(page);
  const first = page.locator(FIRST_TITLE).first();
  await first.waitFor({ timeout: 15_000 });
  return (await first.textContent()) ?? '';
}

for (const [group, rows] of VIETNAMESE) {
  describe(`Vietnamese search: ${group}`, () => {
    for (const row of rows) {
      it(`"${row.query}"${row.filters ? ` (${new URLSearchParams(row.filters)})` : ''} puts ${row.first} first`, async () => {
        expect(await firstTitle(searchUrl('/tim-kiem/', row))).toMatch(row.first);
      });
    }
  });
}

describe('English search finds Vietnamese-named products by their English product sets', () => {
  for (const row of ENGLISH) {
    it(`"${row.query}"${row.filters ? ` (${new URLSearchParams(row.filters)})` : ''} puts ${row.first} first`, async () => {
      expect(await firstTitle(searchUrl('/en/search/', row))).toMatch(row.first);
    });
  }
});

describe('English search finds what has English words: products by the English name the registry gives (and their Vietnamese one), stories by their English version', () => {
  for (const row of ENGLISH_NAMES) {
    it(`"${row.query}"${row.filters ? ` (${new URLSearchParams(row.filters)})` : ''} puts ${row.first} first`, async () => {
      expect(await firstTitle(searchUrl('/en/search/', row))).toMatch(row.first);
    });
  }
});

describe('what is left out, and what is offered instead', () => {
  it('keeps "mat ong" from listing meat or sugar whose broad product set mentions honey', async () => {
    await firstTitle(searchUrl('/tim-kiem/', { query: 'mat ong', first: /./ }));
    const titles = await page.locator(FIRST_TITLE).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Mật ong|Ong mật/);
  });

  for (const [path, query, suggestion, button, first] of [
    ['/tim-kiem/', 'nuoc mamm', 'nuoc mắm', 'Tìm “nuoc mắm”', PHU_QUOC_FISH_SAUCE],
    ['/en/search/', 'nuoc mamm', 'nuoc mắm', 'Search for “nuoc mắm”', PHU_QUOC_FISH_SAUCE],
    // Every word known, never all three on one page: the word keeping them apart goes.
    ['/tim-kiem/', 'banh mat ong', 'mat ong', 'Tìm “mat ong”', /^Mật ong /],
  ] as const) {
    it(`offers "${suggestion}" for "${query}" on ${path} and runs it when chosen`, async () => {
      await page.goto(searchUrl(path, { query, first: /./ }));
      await hydrated(page);
      const offer = page.getByRole('button', { name: button });
      await offer.waitFor({ timeout: 15_000 });
      expect(await page.locator(FIRST_TITLE).count()).toBe(0);
      await offer.click();
      await expect.poll(async () => page.locator(FIRST_TITLE).first().textContent(), { timeout: 15_000 }).toMatch(first);
      expect(new URL(page.url()).searchParams.get('q')).toBe(suggestion);
      // The box holds the new query and keeps the focus for the next edit.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(suggestion);
    });
  }
});
