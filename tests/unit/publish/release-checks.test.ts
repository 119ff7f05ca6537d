import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productPages } from '../../../src/publish/expected-pages.ts';
import { checkPages, checkRelease, checkSearchIndex } from '../../../src/publish/release-checks.ts';
import type { Product } from '../../../src/schemas/product.ts';

const AS_OF = '2026-11-23';
const expired: Product = {
  id: 'mat-ong-p01-001',
  name: 'Mật ong',
  producerId: 'htx-01',
  category: 'I.6',
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

describe('release checks of the pages and of the search index', () => {
  const input = () => ({ siteDir, otherFiles: [], products: [expired], producers: [], asOf: AS_OF });
  const problemsOf = (results: { name: string; problems: string[] }[]) =>
    results.flatMap((result) => result.problems.map((problem) => `${result.name}: ${problem}`));

  async function writeIndexFile(name: string, content: string): Promise<void> {
    await mkdir(path.join(siteDir, 'search-index', 'vi'), { recursive: true });
    await writeFile(path.join(siteDir, 'search-index', name), content);
  }

  it('the checks of the pages never read the search index, which is being written beside them', async () => {
    await writePages('<p>Đã thu hồi</p>');
    await writeIndexFile('vi.json', '{"pages": 3, "ver'); // half written
    await writeIndexFile('vi/d-0.json', '{"owner":"CCCD 039986987973"}');
    const problems = problemsOf(await checkPages(input()));
    expect(problems.filter((problem) => problem.includes('search-index'))).toEqual([]);
    expect(problems).toContain('open data is present: no open-data download (.csv or .json) was built');
  });

  it('the checks of the index find it missing, empty, or carrying personal data', async () => {
    expect(problemsOf(await checkSearchIndex(input()))).toEqual([
      'search index is present: the search index (/search-index/vi.json) is missing',
      'search index is present: the search index (/search-index/en.json) is missing',
    ]);
    await writeIndexFile('vi.json', '{"pages": 0}');
    await writeIndexFile('en.json', '{"pages": 12}');
    await writeIndexFile('vi/d-0.json', '{"owner":"CCCD 039986987973"}');
    expect(problemsOf(await checkSearchIndex(input()))).toEqual([
      'search index is present: the search index (/search-index/vi.json) has no pages',
      'no personal data in the search index: /search-index/vi/d-0.json: 12-digit ID number 039…73',
    ]);
  });

  it('all the checks together cover both', async () => {
    await writePages('<p>Đã thu hồi</p>');
    const names = (await checkRelease(input())).map((result) => result.name);
    expect(names).toEqual([
      'every catalogue page exists',
      'no withdrawn product shows stars',
      'internal links resolve',
      'open data is present',
      'no personal data',
      'search index is present',
      'no personal data in the search index',
    ]);
  });
});
