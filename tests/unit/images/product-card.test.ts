/** A product's share card: what it says (read in the SVG before drawing), its size, and the build cache. */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { productCardFile, productCardSvg, type ProductCard } from '../../../src/images/product-card.ts';
import { productCardOf, type ProductFacts } from '../../../src/pipeline/product-files.ts';

const AS_OF = '2026-11-23';
const product = (certificate: Partial<ProductFacts['certificate']>): ProductFacts => ({
  id: 'mat-ong-rung-ba-be-bk-001',
  name: 'Mật ong rừng Ba Bể',
  category: 'I.2.b',
  address: { provinceCode: '19', communeCode: '01906', asWritten: 'Xã Khang Ninh, Bắc Kạn' },
  certificate: { stars: 4, decisionNumber: '462/QĐ-UBND', decisionDate: '2024-12-20', expiresOn: '2027-12-20', status: 'active', ...certificate },
});
/** The card's words, in the order they are laid out. */
const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const stars = (svg: string) => svg.match(/<polygon /g)?.length ?? 0;

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'product-card-'));
  vi.stubEnv('OCOP_CACHE_DIR', cacheDir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(cacheDir, { recursive: true, force: true });
});

describe("a product's share card", () => {
  it('a current product: its name, the stars as shapes and in words, the province and the last valid day', () => {
    const svg = productCardSvg(productCardOf(product({}), AS_OF, 'vi', undefined));
    // The name wraps over the lines its length needs; the rest follows in reading order. Bắc Kạn (code 19) is in Thái Nguyên since 2025.
    expect(words(svg).join(' ')).toContain('Mật ong rừng Ba Bể 4 sao Thái Nguyên Còn hiệu lực đến 20/12/2027');
    expect(stars(svg)).toBe(4);
  });

  it('in English on English pages', () => {
    const card = productCardOf(product({}), AS_OF, 'en', undefined);
    const text = words(productCardSvg(card));
    expect(text).toContain('4 stars');
    expect(text).toContain('Valid until 20 December 2027');
    expect(text).toContain('Vietnam OCOP Catalogue');
    expect(text).toContain('Food');
    expect(text).toContain(card.province);
  });

  it('names the product in English where the registry gives an English name, and in Vietnamese where it does not', () => {
    const named = { ...product({}), nameEn: 'Ba Be wild forest honey' };
    expect(words(productCardSvg(productCardOf(named, AS_OF, 'en', undefined))).join(' ')).toContain('Ba Be wild forest honey');
    expect(words(productCardSvg(productCardOf(named, AS_OF, 'vi', undefined))).join(' ')).toContain('Mật ong rừng Ba Bể');
    expect(words(productCardSvg(productCardOf(product({}), AS_OF, 'en', undefined))).join(' ')).toContain('Mật ong rừng Ba Bể');
  });

  it('a withdrawn product: says so, since when, and shows no stars', () => {
    const expired = productCardSvg(productCardOf(product({ expiresOn: '2026-06-30' }), AS_OF, 'vi', undefined));
    expect(words(expired)).toContain('Không còn chứng nhận OCOP');
    expect(words(expired)).toContain('Hết hiệu lực từ 01/07/2026');
    expect(words(expired).join(' ')).not.toMatch(/sao|Còn hiệu lực/);
    expect(stars(expired)).toBe(0);
    const revoked = productCardSvg(productCardOf(product({ status: 'revoked', revokedOn: '2026-03-15' }), AS_OF, 'en', undefined));
    expect(words(revoked)).toContain('No longer OCOP certified');
    expect(words(revoked)).toContain('Revoked on 15 March 2026');
    expect(stars(revoked)).toBe(0);
  });

  it('under re-rating, past expiry: stars kept, with the grace as the last day, and says so', () => {
    const svg = productCardSvg(productCardOf(product({ status: 'pending-rerating', expiresOn: '2026-07-01' }), AS_OF, 'vi', undefined));
    expect(words(svg)).toContain('Còn hiệu lực đến 28/12/2026');
    expect(words(svg)).toContain('Đang đánh giá lại');
    expect(stars(svg)).toBe(4);
  });

  it('without a photo, a panel in its sector’s colour; with one, the panel is left to the photo', () => {
    const food = productCardSvg(productCardOf(product({}), AS_OF, 'vi', undefined));
    const drinks = productCardSvg(productCardOf({ ...product({}), category: 'II' }, AS_OF, 'vi', undefined));
    const fill = (svg: string) => /<rect width="540" height="630" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    expect(fill(food)).toBeDefined();
    expect(fill(drinks)).toBeDefined();
    expect(fill(food)).not.toBe(fill(drinks));
    expect(fill(productCardSvg(productCardOf(product({}), AS_OF, 'vi', '/cache/photos/abc-720.webp')))).toBeUndefined();
  });

  it('is drawn at 1200×630, once: an unchanged card is read back from the cache, a changed one drawn anew', async () => {
    const card: ProductCard = productCardOf(product({}), AS_OF, 'vi', undefined);
    const file = await productCardFile(card);
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    const before = await stat(file);

    expect(await productCardFile(productCardOf(product({}), AS_OF, 'vi', undefined))).toBe(file);
    const again = await stat(file);
    expect([again.ino, again.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

    // Tomorrow the certificate has lapsed: a new card, and the old one is kept for a rollback.
    const lapsed = await productCardFile(productCardOf(product({ expiresOn: '2026-11-22' }), AS_OF, 'vi', undefined));
    expect(lapsed).not.toBe(file);
    const cards = await readdir(path.join(cacheDir, 'drawn', 'product-card'), { recursive: true, withFileTypes: true });
    expect(cards.filter((e) => e.isFile())).toHaveLength(2);
  });

  it('lays a photo into the left panel, grey when the product is withdrawn', async () => {
    const photo = path.join(cacheDir, 'photo-720.png');
    await sharp({ create: { width: 720, height: 540, channels: 3, background: { r: 220, g: 30, b: 30 } } })
      .png()
      .toFile(photo);
    const pixel = async (file: string) => {
      const { data } = await sharp(file).extract({ left: 100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      return [...data];
    };
    const [r, g] = await pixel(await productCardFile(productCardOf(product({}), AS_OF, 'vi', photo)));
    expect(r! - g!).toBeGreaterThan(100); // red photo
    const [wr, wg, wb] = await pixel(await productCardFile(productCardOf(product({ status: 'revoked' }), AS_OF, 'vi', photo)));
    expect(Math.max(wr!, wg!, wb!) - Math.min(wr!, wg!, wb!)).toBeLessThan(8); // grey
  });
});
