/** The share cards and badges put into the site: every product and language, drawn once. */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../src/i18n/routes.ts';
import { publishProductFiles, type ProductFacts } from '../../../src/pipeline/product-files.ts';

const AS_OF = '2026-11-23';
const product = (id: string, expiresOn: string): ProductFacts => ({
  id,
  name: `Sản phẩm ${id}`,
  category: 'II',
  address: { provinceCode: '01', communeCode: '00004', asWritten: 'Hà Nội' },
  certificate: { stars: 3, decisionNumber: '1/QĐ', decisionDate: '2023-01-10', expiresOn, status: 'active' },
});
const PRODUCTS = [product('che-con-hieu-luc', '2027-01-10'), product('mam-het-han', '2026-01-10')];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'product-files-'));
  vi.stubEnv('OCOP_CACHE_DIR', path.join(root, 'cache'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

const cachedCards = async () =>
  (await readdir(path.join(root, 'cache', 'drawn', 'product-card'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;

describe('product share cards and badges in the built site', () => {
  it('gives every product, current or withdrawn, a card and a badge in both languages', async () => {
    const out = path.join(root, 'site');
    expect(await publishProductFiles(PRODUCTS, AS_OF, out)).toEqual({ cards: 4, badges: 4 });
    for (const lang of ['vi', 'en'] as const) {
      for (const { id } of PRODUCTS) expect((await stat(path.join(out, routes.productShareCard(lang, id)))).size).toBeGreaterThan(10_000);
    }
    expect(await readFile(path.join(out, routes.badge('vi', 'che-con-hieu-luc')), 'utf8')).toContain('còn hiệu lực đến 10/01/2027');
    expect(await readFile(path.join(out, routes.badge('vi', 'mam-het-han')), 'utf8')).toContain('hết hiệu lực từ 11/01/2026');
    expect(await readFile(path.join(out, routes.badge('en', 'mam-het-han')), 'utf8')).toContain('expired since 11 January 2026');
  });

  it('an unchanged night draws no card again: the new site links the cached files', async () => {
    await publishProductFiles(PRODUCTS, AS_OF, path.join(root, 'night-1'));
    expect(await cachedCards()).toBe(4);
    const second = path.join(root, 'night-2');
    await publishProductFiles(PRODUCTS, AS_OF, second);
    expect(await cachedCards()).toBe(4);
    const first = await stat(path.join(root, 'night-1', routes.productShareCard('vi', 'che-con-hieu-luc')));
    const again = await stat(path.join(second, routes.productShareCard('vi', 'che-con-hieu-luc')));
    expect(again.ino).toBe(first.ino);
    // The night a certificate lapses, only its two cards are drawn.
    await publishProductFiles(PRODUCTS, '2027-01-11', path.join(root, 'night-3'));
    expect(await cachedCards()).toBe(6);
  });
});
