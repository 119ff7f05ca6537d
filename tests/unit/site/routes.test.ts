import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { routes, translatePath, langOfPath, taxonomySegment, ROUTES, routePatterns, fixedPages, sectionOfPath } from '../../../src/i18n/routes.ts';
import { LANGS } from '../../../src/i18n/index.ts';

const samples = (lang: 'vi' | 'en') => [
  routes.home(lang),
  routes.catalogue(lang),
  routes.catalogue(lang, 3),
  routes.category(lang, 'I.3.b'),
  routes.category(lang, 'IV.1', 2),
  routes.unplaced(lang, 'I'),
  routes.unplaced(lang, 'I.3', 2),
  routes.stars(lang, 5),
  routes.stars(lang, 4, 2),
  routes.product(lang, 'banh-gai-tu-ky-hd-001'),
  routes.producer(lang, 'htx-a-52'),
  routes.stories(lang),
  routes.story(lang, 'x'),
  routes.events(lang),
  routes.event(lang, 'festival'),
  routes.points(lang),
  routes.point(lang, 'p'),
  routes.provinces(lang),
  routes.province(lang, 'Đắk Lắk'),
  routes.province(lang, 'Hà Nội', 2),
  routes.aToZ(lang),
  routes.aToZ(lang, 2),
  routes.search(lang),
  routes.map(lang),
  routes.check(lang),
  routes.openData(lang),
  routes.about(lang),
];

describe('routes', () => {
  it('puts Vietnamese at the root and English under /en/, always ending in a slash', () => {
    for (const lang of LANGS) {
      for (const path of samples(lang)) {
        expect(path.endsWith('/')).toBe(true);
        expect(langOfPath(path)).toBe(lang);
      }
    }
  });

  it('follows the shared URL contract', () => {
    expect(routes.product('vi', 'a-1')).toBe('/san-pham/a-1/');
    expect(routes.product('en', 'a-1')).toBe('/en/products/a-1/');
    expect(routes.producer('vi', 'b')).toBe('/chu-the/b/');
    expect(routes.events('en')).toBe('/en/events/');
    expect(routes.check('vi')).toBe('/tra-cuu-chung-nhan/');
    expect(routes.openData('en')).toBe('/en/open-data/');
    expect(routes.province('vi', 'Đắk Lắk')).toBe('/tinh/dak-lak/');
  });

  it('leaves page 1 out of listing URLs so a listing has one address', () => {
    expect(routes.catalogue('vi', 1)).toBe(routes.catalogue('vi'));
    expect(routes.category('en', 'I', 2)).toBe('/en/catalogue/i/2/');
    expect(routes.aToZ('vi', 1)).toBe('/san-pham-a-z/');
    expect(routes.aToZ('en', 3)).toBe('/en/products-a-z/3/');
  });

  it('translates every page to its twin in the other language and back', () => {
    const vi = samples('vi');
    const en = samples('en');
    vi.forEach((path, i) => {
      expect(translatePath(path, 'en')).toBe(en[i]);
      expect(translatePath(en[i]!, 'vi')).toBe(path);
    });
  });

  it('gives the products of a sector or group not yet in a set their own listing below it', () => {
    expect(routes.unplaced('vi', 'I')).toBe('/danh-muc/i/chua-xep-bo/');
    expect(routes.unplaced('en', 'I.3', 2)).toBe('/en/catalogue/i-3/not-in-a-set/2/');
  });

  it('writes taxonomy keys as lower-case URL segments', () => {
    expect(taxonomySegment('III.2')).toBe('iii-2');
  });

  it('gives every route of the table a template or endpoint that exists, and no two routes one pattern', () => {
    const patterns = ROUTES.flatMap((route) => routePatterns(route).map(({ pattern }) => pattern));
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const route of ROUTES) expect(existsSync(route.entrypoint), route.entrypoint).toBe(true);
  });

  it('injects each page in both languages with its section word, and each shared file once', () => {
    const product = ROUTES.find((route) => route.kind === 'page' && route.section === 'product')!;
    expect(routePatterns(product)).toEqual([
      { lang: 'vi', pattern: '/san-pham/[id]' },
      { lang: 'en', pattern: '/en/products/[id]' },
    ]);
    const sitemap = ROUTES.find((route) => route.kind === 'file' && route.path === routes.sitemap())!;
    expect(routePatterns(sitemap)).toEqual([{ lang: 'vi', pattern: '/sitemap-index.xml' }]);
  });

  it('names the pages that always exist: every route without a parameter, in both languages', () => {
    const fixed = fixedPages();
    for (const lang of LANGS) {
      for (const path of [
        routes.home(lang),
        routes.catalogue(lang),
        routes.aToZ(lang),
        routes.search(lang),
        routes.map(lang),
        routes.stories(lang),
        routes.provinces(lang),
        routes.about(lang),
      ]) {
        expect(fixed).toContain(path);
      }
    }
    expect(fixed.some((path) => path.includes('['))).toBe(false);
  });

  it('tells the section of a path in either language, and none for files', () => {
    expect(sectionOfPath(routes.product('en', 'x'))).toBe('product');
    expect(sectionOfPath(routes.category('vi', 'I.3'))).toBe('catalogue');
    expect(sectionOfPath(routes.home('en'))).toBe('home');
    expect(sectionOfPath('/og/site.png')).toBeUndefined();
    // A Vietnamese word under /en/ is not an English page.
    expect(sectionOfPath('/en/san-pham/x/')).toBeUndefined();
  });

  it('reads the language of a route pattern as of a path', () => {
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/en/catalogue/[...slug]')).toBe('en');
    expect(langOfPath('/engine/')).toBe('vi');
  });
});
