/**
 * The search index end to end without a browser: pages in, files out, and the
 * browser's engine searching those files as if fetched.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type PageToIndex } from '../../../src/search/index/build.ts';
import { SearchIndex, type SearchOptions } from '../../../src/search/index/engine.ts';
import type { IndexManifest } from '../../../src/search/index/format.ts';
import type { SearchRecord } from '../../../src/search/search-record.ts';
import { findPersonalData, publicContacts } from '../../../src/built-site/personal-data.ts';

interface PageSpec {
  url: string;
  title: string;
  kind?: SearchRecord['kind'];
  lang?: SearchRecord['lang'];
  filters?: SearchRecord['filters'];
  related?: string[];
  body?: string;
}

function page({ url, title, kind = 'product', lang = 'vi', filters = {}, related = [], body = '' }: PageSpec): PageToIndex {
  return { url, record: { lang, kind, title, filters: { kind: [kind], ...filters }, meta: { title, kind }, related }, body: `${title} ${body}` };
}

const PAGES = [
  page({
    url: '/sp/ca-phe/',
    title: 'Cà phê rang xay Buôn Ma Thuột Đắk Lắk',
    related: ['Đắk Lắk', 'Dak Lak'],
    filters: { province: ['66'], stars: ['4'], standard: ['VietGAP'] },
  }),
  page({
    url: '/sp/mat-ong-hoa-ca-phe/',
    title: 'Mật ong hoa cà phê',
    related: ['Đắk Lắk'],
    body: 'Ong hút mật hoa cà phê ở Đắk Lắk.',
    filters: { province: ['66'], stars: ['3'] },
  }),
  page({
    url: '/sp/duong-phen/',
    title: 'Đường phèn mía Tây Ninh',
    related: ['Tây Ninh'],
    filters: { province: ['80'], stars: ['5'], standard: ['VietGAP', 'HACCP'] },
  }),
  page({ url: '/sp/nuoc-mam/', title: 'Nước mắm Phú Quốc cá cơm', related: ['An Giang', 'Kiên Giang'], filters: { province: ['91'], stars: ['4'] } }),
  page({ url: '/sp/ca-kho/', title: 'Cá khô Phú Quốc', related: ['An Giang'], filters: { province: ['91'] } }),
  page({
    url: '/sp/banh-pia/',
    title: 'Bánh pía sầu riêng',
    related: ['Cần Thơ', 'Sóc Trăng'],
    body: 'Nhân đậu xanh.',
    filters: { province: ['92'], stars: ['3'] },
  }),
  page({
    url: '/chu-the/htx-ca-phe/',
    title: 'HTX Cà phê Ea Tu',
    kind: 'producer',
    related: ['Đắk Lắk'],
    filters: { province: ['66'], type: ['cooperative'] },
  }),
  page({ url: '/tinh/hai-phong/', title: 'Hải Phòng', kind: 'province', related: ['Hai Phong', 'Hải Dương'], filters: { province: ['31'] } }),
  page({ url: '/en/products/coffee/', title: 'Buon Ma Thuot ground coffee', lang: 'en', related: ['Đắk Lắk'], filters: { province: ['66'], stars: ['4'] } }),
];

function withNames(indexed: PageToIndex, names: string[]): PageToIndex {
  return { ...indexed, record: { ...indexed.record, names } };
}

/** The built files, and an engine that reads them as the browser would fetch them, counting what it reads. */
function openIndex(pages: readonly PageToIndex[], lang: 'vi' | 'en' = 'vi', options?: Parameters<typeof buildSearchIndex>[1]) {
  const files = buildSearchIndex(pages, options);
  const fetched: string[] = [];
  const load = async (url: string) => {
    fetched.push(url);
    const content = files.get(url);
    if (content === undefined) throw new Error(`404 ${url}`);
    return JSON.parse(content) as unknown;
  };
  return { files, fetched, open: () => SearchIndex.open(lang, load) };
}

async function urls(index: SearchIndex, query: string, options?: SearchOptions): Promise<string[]> {
  const { hits } = await index.search(query, options);
  return Promise.all(hits.map(async (hit) => (await index.result(hit.page)).url));
}

describe('the search index', () => {
  it('finds names typed without diacritics, including đ typed as d', async () => {
    const index = await openIndex(PAGES).open();
    expect((await urls(index, 'ca phe dak lak'))[0]).toBe('/sp/ca-phe/');
    expect((await urls(index, 'duong phen'))[0]).toBe('/sp/duong-phen/');
    expect((await urls(index, 'mat ong'))[0]).toBe('/sp/mat-ong-hoa-ca-phe/');
    expect((await urls(index, 'nuoc mam phu quoc'))[0]).toBe('/sp/nuoc-mam/');
  });

  it('ranks titles spelled exactly as typed first', async () => {
    const index = await openIndex(PAGES).open();
    expect((await urls(index, 'cá phú quốc'))[0]).toBe('/sp/ca-kho/');
    expect((await urls(index, 'cà phê'))[0]).not.toBe('/sp/ca-kho/');
    const [first, second] = await urls(index, 'cá');
    expect([first, second]).toEqual(expect.arrayContaining(['/sp/ca-kho/', '/sp/nuoc-mam/']));
  });

  it('needs every word, and ranks a word in the title above the same word in the text', async () => {
    const index = await openIndex(PAGES).open();
    expect(await urls(index, 'banh dau xanh')).toEqual(['/sp/banh-pia/']);
    expect(await urls(index, 'banh mat ong')).toEqual([]);
    expect(await urls(index, '… !!')).toEqual([]);
    const coffee = await urls(index, 'ca phe');
    expect(coffee.indexOf('/sp/ca-phe/')).toBeLessThan(coffee.indexOf('/sp/mat-ong-hoa-ca-phe/'));
  });

  it('keeps, for several words that some pages name, only pages naming most of them', async () => {
    const pages = [
      page({ url: '/sp/mat-ong/', title: 'Mật ong rừng Ba Bể', related: ['Thái Nguyên'] }),
      // Both words only in a broad set label and the text: "mật" and "ong" scattered.
      page({
        url: '/sp/bo-kho/',
        title: 'Bò một nắng Chư Sê',
        related: ['Gia Lai'],
        body: 'Tẩm mật, phơi nắng; đóng gói ong.',
      }),
      page({ url: '/sp/cha-ca/', title: 'Chả cá', related: ['Quảng Ninh'] }),
    ];
    pages[1]!.record.categories = ['Chế biến từ thịt, thủy sản, trứng, sữa, mật ong và nông sản thực phẩm khác'];
    const index = await openIndex(pages).open();
    expect(await urls(index, 'mat ong')).toEqual(['/sp/mat-ong/']);
    // With no page naming them, scattered words are still better than nothing.
    expect(await urls(index, 'mat nang')).toEqual(['/sp/bo-kho/']);
  });

  it('ranks a name above a product-set label, which a related name outranks', async () => {
    const pages = [
      page({ url: '/sp/tuong/', title: 'Tương Nam Đàn', related: ['Nghệ An'] }),
      page({ url: '/sp/nuoc-mam/', title: 'Nước mắm Cửa Tùng', related: ['Quảng Trị'] }),
      page({ url: '/chu-the/tuong/', title: 'Cơ sở chế biến', kind: 'producer', related: ['Tương Nghi Văn'] }),
    ];
    pages[1]!.record.categories = ['Tương, nước mắm, gia vị dạng lỏng khác'];
    const index = await openIndex(pages).open();
    expect(await urls(index, 'tuong')).toEqual(['/sp/tuong/', '/chu-the/tuong/', '/sp/nuoc-mam/']);
  });

  it('reads syllables typed without spaces as the words they make', async () => {
    const index = await openIndex(PAGES).open();
    expect((await urls(index, 'caphe'))[0]).toBe('/sp/ca-phe/');
    expect((await urls(index, 'matong'))[0]).toBe('/sp/mat-ong-hoa-ca-phe/');
    expect(await urls(index, 'nuocmam')).toEqual(['/sp/nuoc-mam/']);
    expect(await urls(index, 'nuocmamphuquoc')).toEqual(['/sp/nuoc-mam/']);
    // The last part may still be being typed.
    expect((await urls(index, 'duongph'))[0]).toBe('/sp/duong-phen/');
  });

  it('suggests the nearest words of the index when a word is in no page', async () => {
    const index = await openIndex(PAGES).open();
    const response = await index.search('nuoc mamm ');
    expect(response.hits).toEqual([]);
    expect(response.suggestion).toBe('nuoc mắm');
    expect((await urls(index, response.suggestion!))[0]).toBe('/sp/nuoc-mam/');
    expect((await index.search('qqqqq ')).suggestion).toBeNull();
    expect((await index.search('ca phe')).suggestion).toBeNull();
    // Every word is known, never all on one page: drop the one that keeps them apart.
    expect(await urls(index, 'banh mat ong ')).toEqual([]);
    expect((await index.search('banh mat ong ')).suggestion).toBe('mat ong');
  });

  it('takes the last word as the start of a word while it is being typed', async () => {
    const index = await openIndex(PAGES).open();
    expect((await urls(index, 'duong ph'))[0]).toBe('/sp/duong-phen/');
    expect(await urls(index, 'duong ph ')).toEqual([]);
  });

  it('finds a province by a former name, and products by their province', async () => {
    const index = await openIndex(PAGES).open();
    expect(await urls(index, 'hai duong')).toEqual(['/tinh/hai-phong/']);
    expect(await urls(index, 'kien giang')).toEqual(['/sp/nuoc-mam/']);
  });

  it('filters with any value of a filter and every filter, and counts what each value would give', async () => {
    const index = await openIndex(PAGES).open();
    expect(await urls(index, 'ca', { filters: { province: ['66'], kind: ['product'] } })).toEqual(['/sp/ca-phe/', '/sp/mat-ong-hoa-ca-phe/']);
    expect(await urls(index, '', { filters: { standard: ['HACCP'] } })).toEqual(['/sp/duong-phen/']);
    const { hits, counts } = await index.search('', { filters: { province: ['66'] }, counts: true });
    expect(hits).toHaveLength(3);
    // Province counts ignore the province filter; the others respect it.
    expect(counts!.province).toMatchObject({ '66': 3, '80': 1, '91': 2, '92': 1, '31': 1 });
    expect(counts!.kind).toEqual({ product: 2, producer: 1 });
    expect(counts!.stars).toEqual({ '4': 1, '3': 1 });
    expect(counts!.standard).toEqual({ VietGAP: 1 });
  });

  it('sorts by name (products first) and by stars (best first, pages without stars left out)', async () => {
    const index = await openIndex(PAGES).open();
    expect(await urls(index, 'ca ', { sort: 'name' })).toEqual([
      '/sp/ca-kho/',
      '/sp/ca-phe/',
      '/sp/mat-ong-hoa-ca-phe/',
      '/sp/nuoc-mam/',
      '/chu-the/htx-ca-phe/',
    ]);
    expect(await urls(index, '', { filters: { kind: ['product'] }, sort: 'stars' })).toEqual([
      '/sp/duong-phen/',
      '/sp/ca-phe/',
      '/sp/nuoc-mam/',
      '/sp/banh-pia/',
      '/sp/mat-ong-hoa-ca-phe/',
    ]);
  });

  it('finds a page by its other names as by its title: the Vietnamese name of a product titled in English', async () => {
    const english = [
      withNames(page({ url: '/en/products/banh-gai-tu-ky/', title: 'Tu Ky ramie leaf cake', lang: 'en' }), ['Bánh gai Tứ Kỳ']),
      page({ url: '/en/products/banh-gai-ninh-giang/', title: 'Bánh gai Ninh Giang', lang: 'en' }),
      page({ url: '/en/products/banh-tet/', title: 'Bánh tét', lang: 'en', body: 'Not a gai cake from Tứ Kỳ.' }),
    ];
    const index = await openIndex(english, 'en').open();
    expect(await urls(index, 'ramie cake')).toEqual(['/en/products/banh-gai-tu-ky/']);
    expect((await urls(index, 'banh gai tu ky'))[0]).toBe('/en/products/banh-gai-tu-ky/');
    // As strong as a title: above the page that names "bánh" in its title and "gai" only in its text.
    const gai = await urls(index, 'banh gai');
    expect(gai.indexOf('/en/products/banh-gai-tu-ky/')).toBeLessThan(gai.indexOf('/en/products/banh-tet/'));
  });

  it('keeps each language in its own index', async () => {
    const built = openIndex(PAGES, 'en');
    const en = await built.open();
    expect(en.pageCount).toBe(1);
    expect(await urls(en, 'coffee dak lak')).toEqual(['/en/products/coffee/']);
    const vi = JSON.parse(built.files.get('/search-index/vi.json')!) as IndexManifest;
    expect(vi.pages).toBe(PAGES.length - 1);
  });

  it('reads only the files a query needs when the words are spread over many files', async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      page({ url: `/sp/${i}/`, title: `Sản phẩm ${['cà phê', 'chè', 'cá', 'cam', 'mật ong'][i % 5]} số ${i}`, body: `lô ${i * 7919} mã ${i}` }),
    );
    const built = openIndex(many, 'vi', { wordFileBytes: 600, blockSize: 16 });
    const manifest = JSON.parse(built.files.get('/search-index/vi.json')!) as IndexManifest;
    expect(manifest.prefixes.length + manifest.words.length).toBeGreaterThan(50);
    const index = await built.open();
    const found = await urls(index, 'ca phe so 35 ');
    expect(found).toEqual(['/sp/35/']);
    const wordFiles = built.fetched.filter((url) => /\/[pw]-/.test(url));
    expect(wordFiles.length).toBeLessThanOrEqual(10);
    expect(built.fetched.filter((url) => /\/d-\d+\.json$/.test(url))).toHaveLength(1);
  });

  it('never looks like personal data to the release checks, however its facets fall', () => {
    // Each of 34 provinces in runs of 9, 10 and 12 pages, each run between two
    // pages without a province: every facet character standing alone, as long as
    // an ID or a phone number.
    const runs = Array.from({ length: 34 * 3 }, (_, i) => Array<string | undefined>([9, 10, 12][i % 3]!).fill(String((i % 34) + 1)));
    const provinces = runs.flatMap((run) => [undefined, ...run]);
    const many = provinces.map((province, i) => {
      const name = `Sản phẩm ${String(i).padStart(4, '0')}`; // page order is name order
      return page({ url: `/sp/${i}/`, title: name, filters: province ? { province: [province] } : {} });
    });
    const { files } = openIndex(many);
    expect(findPersonalData(files, publicContacts([]))).toEqual([]);
  });

  it('is the same files for the same pages, whatever order they were read in', () => {
    const a = buildSearchIndex(PAGES);
    const b = buildSearchIndex([...PAGES].reverse());
    expect([...a]).toEqual([...b]);
  });
});
