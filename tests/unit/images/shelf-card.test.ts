/** The shelf cards as PDF: what a reader extracts from them, their page sizes, their font, their bytes, their cache. */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROVINCES } from '../../../src/domain/admin-units.ts';
import { LANGS, t } from '../../../src/i18n/index.ts';
import {
  A4,
  A6,
  drawShelfCard,
  drawShelfSheet,
  missingGlyphs,
  SHELF_CARD_WORKER,
  shelfCardFile,
  type ShelfCard,
  type ShelfDrawing,
} from '../../../src/images/shelf-card.ts';
import { workerPool } from '../../../src/util/worker-pool.ts';
import { readCsvSheet } from '../../../src/registry/read/csv-sheet.ts';
import { readPdf } from '../../support/pdf.ts';

const card = (overrides: Partial<ShelfCard> = {}): ShelfCard => ({
  lang: 'vi',
  title: 'Thẻ kệ hàng OCOP: Nước mắm Phú Quốc',
  kicker: 'Sản phẩm OCOP',
  name: 'Nước mắm cá cơm Phú Quốc',
  stars: 4,
  starsText: '4 sao',
  facts: [
    { label: 'Số quyết định công nhận', value: '1234/QĐ-UBND' },
    { label: 'Chứng nhận còn hiệu lực đến', value: '28/10/2028' },
    { label: 'Tỉnh, thành phố', value: 'An Giang' },
  ],
  url: 'https://ocop.example.vn/san-pham/nuoc-mam-ca-com-phu-quoc-1a2b/',
  scanText: 'Quét mã để kiểm tra chứng nhận còn hiệu lực trên ocop.example.vn',
  dated: '2025-10-28',
  ...overrides,
});

describe('a shelf card', () => {
  it('is one A6 page whose text holds the name, the stars in words, the decision, the date and the province', async () => {
    const pages = await readPdf(await drawShelfCard(card()));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page!.size[0]).toBeCloseTo(297.64, 1);
    expect(page!.size[1]).toBeCloseTo(419.53, 1);
    for (const words of ['Nước mắm cá cơm Phú Quốc', '4 sao', '1234/QĐ-UBND', '28/10/2028', 'An Giang']) expect(page!.text).toContain(words);
  });

  it('holds the words of its language', async () => {
    const [page] = await readPdf(
      await drawShelfCard(card({ lang: 'en', starsText: '5 stars', stars: 5, facts: [{ label: 'Certificate valid until', value: '28 October 2028' }] })),
    );
    expect(page!.text).toContain('5 stars');
    expect(page!.text).toContain('28 October 2028');
  });

  it('is the same bytes drawn in a worker thread as in this one', async () => {
    const pool = workerPool<ShelfDrawing, Uint8Array>(SHELF_CARD_WORKER, 1);
    try {
      expect(Buffer.from(await pool.run({ card: card() })).equals(await drawShelfCard(card()))).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('is the same bytes for the same card, whatever was drawn before, and other bytes for another date', async () => {
    const first = await drawShelfCard(card());
    await drawShelfCard(card({ name: 'Mật ong hoa nhãn Hưng Yên', stars: 3 }));
    expect((await drawShelfCard(card())).equals(first)).toBe(true);
    expect((await drawShelfCard(card({ facts: [{ label: 'Hiệu lực đến', value: '29/10/2028' }] }))).equals(first)).toBe(false);
  });
});

describe('a sheet of shelf cards', () => {
  it('puts four cards on each A4 page and every card’s name on its page', async () => {
    const names = ['Chè Tân Cương', 'Gạo ST25', 'Mắm tôm Hậu Lộc', 'Bánh đậu xanh', 'Rượu cần Đắk Lắk'];
    const bytes = await drawShelfSheet({ lang: 'vi', title: 'Thẻ kệ hàng', dated: '2025-10-28', cards: names.map((name) => card({ name })) });
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.size[0]).toBeCloseTo(A4.width, 1);
      expect(page.size[1]).toBeCloseTo(A4.height, 1);
    }
    expect(A4.width).toBeCloseTo(595.28, 1);
    expect(A4.height).toBeCloseTo(841.89, 1);
    for (const name of names.slice(0, 4)) expect(pages[0]!.text).toContain(name);
    expect(pages[0]!.text).not.toContain(names[4]);
    expect(pages[1]!.text).toContain(names[4]);
    // Four A6 cards fit an A4 page: its width exactly, its height with half a millimetre to spare.
    expect(2 * A6.width).toBeCloseTo(A4.width, 6);
    expect(2 * A6.height).toBeLessThan(A4.height);
  });
});

describe('the font of the shelf cards', () => {
  const sample = readFileSync('content/sources/sample-registry.csv', 'utf8');
  const rows = readCsvSheet(sample, 'sample', 'sample-registry.csv').rows.map((row) => row.cells);
  const header = rows[0]!;
  const column = (name: string) => rows.slice(1).map((cells) => cells[header.indexOf(name)] ?? '');

  it('has every glyph of the sample’s product names and decision numbers', () => {
    const names = column('Tên sản phẩm');
    expect(names.length).toBeGreaterThan(100);
    const text = [...names, ...column('Số QĐ')].join('');
    for (const letter of ['ư', 'ơ', 'đ', 'ặ', 'ữ', 'Đ']) expect(text.normalize('NFC')).toContain(letter);
    expect(missingGlyphs(text)).toEqual([]);
  });

  it('has every letter of Vietnamese, each vowel with each tone, in both cases (ư ơ đ ặ ỗ ữ among them)', () => {
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
    const letters = vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC'))).concat('đ');
    const alphabet = [...letters, ...letters.map((letter) => letter.toUpperCase())];
    expect(alphabet).toHaveLength(146);
    for (const letter of ['ư', 'ơ', 'đ', 'ặ', 'ỗ', 'ữ']) expect(alphabet).toContain(letter);
    expect(missingGlyphs(alphabet.join(''))).toEqual([]);
  });

  it('has every glyph of the provinces’ names and of the card’s own words, in both languages', () => {
    const words = LANGS.flatMap((lang) => {
      const d = t(lang).shelfCard;
      return [d.kicker, d.decisionNumber, d.validUntil, d.province, d.scan('ocop.gov.vn'), d.cardTitle(''), t(lang).stars(5), t(lang).underRerating];
    });
    expect(missingGlyphs([...words, ...PROVINCES.flatMap((p) => [p.name, p.nameEn])].join(''))).toEqual([]);
  });

  it('lacks the star glyph, which is why the stars are drawn as shapes, and the check finds what is missing', () => {
    expect(missingGlyphs('Chè ★ 茶')).toEqual(['★', '茶']);
  });
});

describe('the shelf-card cache', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'shelf-card-cache-'));
    vi.stubEnv('OCOP_CACHE_DIR', cacheDir);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(cacheDir, { recursive: true, force: true });
  });
  const files = async () => (await readdir(cacheDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  it('draws a card once for the same input, and again when what it prints changes', async () => {
    const first = await shelfCardFile(card());
    const drawnAt = (await stat(first)).mtimeMs;
    expect(await shelfCardFile(card())).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(drawnAt); // read back, not drawn again
    expect(await files()).toHaveLength(1);

    const later = await shelfCardFile(card({ facts: [{ label: 'Chứng nhận còn hiệu lực đến', value: '28/10/2031' }] }));
    expect(later).not.toBe(first);
    expect(await files()).toHaveLength(2);
    expect((await readPdf(readFileSync(later)))[0]!.text).toContain('28/10/2031');
  });
});
