import { describe, expect, it } from 'vitest';
import { routes, translatePath, langOfPath, taxonomySegment } from '../../../src/i18n/routes.ts';
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
});
