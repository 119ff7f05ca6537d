import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { shareCardSvg, storyShareCard } from '../../src/images/share-image.ts';
import { htmlFiles, read, urlPathOf } from '../support/site.ts';
import { examples } from '../support/examples.ts';
import { routes } from '../../src/i18n/routes.ts';

const distDir = inject('distDir');
const { products, expired, current } = examples(inject('contentDir'), inject('asOf'));
// The public pages: the office's editor is noindex and shares nothing.
const pages = htmlFiles(distDir)
  .map((file) => ({ path: urlPathOf(distDir, file), html: read(file) }))
  .filter((page) => !page.path.startsWith(routes.editor()));

/** The content of a `<meta property=…>` tag, entities left as written (only emptiness and equality are compared). */
function meta(html: string, property: string): string | undefined {
  return html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
}

/** The page's twin in the other language, as its hreflang link names it. */
function twinPath(html: string, lang: 'vi' | 'en'): string | undefined {
  const href = html.match(new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`))?.[1];
  return href && new URL(href).pathname;
}

describe('share images, as each page declares them', () => {
  const declared = pages.map((page) => ({
    ...page,
    url: meta(page.html, 'og:image'),
    width: meta(page.html, 'og:image:width'),
    height: meta(page.html, 'og:image:height'),
    alt: meta(page.html, 'og:image:alt'),
  }));

  it('name a width, a height and a non-empty alt on every page', () => {
    expect(declared.length).toBeGreaterThan(100);
    for (const page of declared) {
      expect(page.url, page.path).toBeTruthy();
      expect(Number(page.width), page.path).toBeGreaterThan(0);
      expect(Number(page.height), page.path).toBeGreaterThan(0);
      expect(page.alt?.trim(), page.path).toBeTruthy();
    }
  });

  it("give the alt in the page's language: a page and its twin in the other language differ", () => {
    const byPath = new Map(declared.map((page) => [page.path, page]));
    const pairs = declared.filter((page) => page.path.startsWith('/en/')).map((en) => [byPath.get(twinPath(en.html, 'vi') ?? ''), en] as const);
    const twins = pairs.filter(([vi]) => vi !== undefined);
    expect(twins.length).toBeGreaterThan(50);
    for (const [vi, en] of twins) expect(en.alt, en.path).not.toBe(vi!.alt);
  });

  it("declare each image's real size, read from the file's header", async () => {
    const sizes = new Map<string, string>();
    for (const page of declared) {
      const file = new URL(page.url!).pathname;
      if (!sizes.has(file)) {
        const { width, height } = await sharp(path.join(distDir, file)).metadata();
        sizes.set(file, `${width}×${height}`);
      }
      expect(`${page.width}×${page.height}`, `${page.path} → ${file}`).toBe(sizes.get(file));
    }
    // The site's card, the stories' cards and every product's card in both languages were read.
    expect([...sizes.keys()].filter((file) => file.startsWith('/og/')).length).toBeGreaterThan(1);
    expect([...sizes.keys()].filter((file) => /^(\/en)?\/og\/product-/.test(file)).length).toBe(2 * products.length);
    for (const file of sizes.keys()) if (file.includes('/og/product-')) expect(sizes.get(file), file).toBe('1200×630');
  });
});

describe("a product's shared link", () => {
  const ogImage = (lang: 'vi' | 'en', id: string) => {
    const html = read(path.join(distDir, routes.product(lang, id), 'index.html'));
    return { url: new URL(meta(html, 'og:image')!).pathname, alt: meta(html, 'og:image:alt') };
  };

  it('shows its own drawn card, current or withdrawn, in the page’s language', () => {
    for (const product of [current[0]!, expired]) {
      for (const lang of ['vi', 'en'] as const) expect(ogImage(lang, product.id).url).toBe(routes.productShareCard(lang, product.id));
      expect(ogImage('vi', product.id).alt).toContain('Thẻ giới thiệu sản phẩm');
      expect(ogImage('en', product.id).alt).toContain('Share card of');
    }
  });

  it('is drawn per language: the English page’s card is not the Vietnamese one', async () => {
    for (const product of [current[0]!, expired]) {
      const vi = await sharp(path.join(distDir, routes.productShareCard('vi', product.id)))
        .raw()
        .toBuffer();
      const en = await sharp(path.join(distDir, routes.productShareCard('en', product.id)))
        .raw()
        .toBuffer();
      expect(vi.equals(en), product.id).toBe(false);
    }
  });
});

describe("a story's share card", () => {
  const product = { name: 'Mật ong hoa cà phê', stars: 4, province: 'Đắk Lắk' };

  it("shows the story's title large, and the product it tells about under it", () => {
    const card = storyShareCard('Mùa hoa cà phê ở Buôn Ma Thuột', product, 'OCOP');
    const svg = shareCardSvg(card);
    expect(svg).toContain('font-size="64" font-weight="700">Mùa hoa cà phê ở Buôn Ma</text>');
    expect(svg).toContain('Thuột</text>');
    expect(svg).toContain('font-size="40">Mật ong hoa cà phê · Đắk Lắk</text>');
    expect(svg.match(/<polygon /g)).toHaveLength(4);
  });

  it('is drawn again when the title changes, not only when the product does', () => {
    const one = shareCardSvg(storyShareCard('Mùa hoa cà phê', product, 'OCOP'));
    const other = shareCardSvg(storyShareCard('Người giữ nghề nuôi ong', product, 'OCOP'));
    expect(one).not.toBe(other);
  });

  it('draws no stars for a product no longer certified, and no subtitle for a story with no product', () => {
    expect(shareCardSvg(storyShareCard('Mùa hoa', { ...product, stars: undefined }, 'OCOP'))).not.toContain('<polygon');
    const alone = storyShareCard('Mùa hoa', undefined, 'OCOP');
    expect(alone.subtitle).toBeUndefined();
    expect(shareCardSvg(alone)).not.toContain('font-size="40"');
  });
});
