import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productPages } from '../../../src/publish/expected-pages.ts';
import { checkRelease } from '../../../src/publish/release-checks.ts';
import type { Product } from '../../../src/schemas/product.ts';

const AS_OF = '2026-11-23';
const expired: Product = {
  id: 'mat-ong-p01-001',
  name: 'Mật ong',
  producerId: 'htx-01',
  productSet: 'I.6',
  certificate: { stars: 4, decisionNumber: '1/QĐ', decisionDate: '2022-01-10', expiresOn: '2025-01-10', status: 'active' },
  address: { provinceCode: '01' },
  ecommerce: [],
  standards: [],
  sourceRow: 2,
};

const head = '<head><meta name="robots" content="noindex"></head>';
const otherProductsGrid =
  '<ul class="grid"><li class="card"><h3><a href="/san-pham/tra-p01-002/">Trà</a></h3><span class="stars" data-stars="4"><span aria-hidden="true">★★★★</span></span></li></ul>';

let siteDir: string;
beforeEach(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'release-checks-'));
});
afterEach(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

async function writePages(body: string): Promise<void> {
  for (const page of productPages(expired.id)) {
    await mkdir(path.join(siteDir, page), { recursive: true });
    await writeFile(path.join(siteDir, page, 'index.html'), `<html>${head}<body><h1>Mật ong</h1>${body}</body></html>`);
  }
}

async function starProblems(): Promise<string[]> {
  const results = await checkRelease({ siteDir, otherFiles: [], products: [expired], producers: [], asOf: AS_OF });
  return results.find((result) => result.name === 'no withdrawn product shows stars')!.problems;
}

describe('release check: no withdrawn product shows stars', () => {
  it('passes a withdrawn page that lists the producer’s other, current products with their stars', async () => {
    await writePages(`<p>Đã thu hồi</p>${otherProductsGrid}`);
    expect(await starProblems()).toEqual([]);
  });

  it('fails a withdrawn page that shows its own stars, even next to other products', async () => {
    await writePages(`<p><span class="stars" data-stars="4">★★★★</span></p>${otherProductsGrid}`);
    const problems = await starProblems();
    expect(problems).toContain(`/san-pham/${expired.id}/ shows star glyphs although the certificate is withdrawn`);
    expect(problems).toContain(`/en/products/${expired.id}/ carries a star rating although the certificate is withdrawn`);
  });
});
