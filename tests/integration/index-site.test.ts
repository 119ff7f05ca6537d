/** The "index" step on a written site: every indexable page of both languages, searchable from the files it writes. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/pipeline/index-site.ts';
import { urlPathOfFile } from '../../src/built-site/url-path.ts';
import { SearchIndex } from '../../src/search/index/engine.ts';
import type { SearchRecord } from '../../src/search/search-record.ts';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function html(lang: 'vi' | 'en', title: string, indexable = true): string {
  const record: SearchRecord = { lang, kind: 'product', title, filters: { kind: ['product'] }, meta: { title, kind: 'product' }, related: [] };
  const main = indexable ? '<main data-search-body="">' : '<main>';
  return `<!doctype html><html lang="${lang}"><body>${main}<h1>${escapeAttribute(title)}</h1><div hidden data-search-ignore data-search-record="${escapeAttribute(JSON.stringify(record))}"></div><p>mật ong</p></main></body></html>`;
}

const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="vi"><body><main>Trang chủ</main></body></html>',
  'san-pham/mat-ong/index.html': html('vi', 'Mật ong rừng U Minh'),
  'san-pham/da-thu-hoi/index.html': html('vi', 'Mật ong đã thu hồi', false),
  'en/products/honey/index.html': html('en', 'U Minh forest honey'),
};

let site: string;
let written: { pages: number; files: number };
const load = (url: string) => readFile(path.join(site, url), 'utf8').then((text) => JSON.parse(text) as unknown);

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'index-site-'));
  for (const [file, content] of Object.entries(PAGES)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), content);
  }
  await mkdir(path.join(site, 'search-index', 'vi', 'old-version'), { recursive: true });
  written = await indexSite({ outDir: site });
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('indexSite', () => {
  it('indexes the pages marked for search, each in its language', async () => {
    expect(written.pages).toBe(2);
    const vi = await SearchIndex.open('vi', load);
    const { hits } = await vi.search('mat ong');
    expect(await Promise.all(hits.map(async (hit) => (await vi.result(hit.page)).url))).toEqual(['/san-pham/mat-ong/']);
    const en = await SearchIndex.open('en', load);
    expect((await en.result((await en.search('forest honey')).hits[0]!.page)).url).toBe('/en/products/honey/');
  });

  it('replaces the previous index rather than adding to it', async () => {
    expect(await readdir(path.join(site, 'search-index', 'vi'))).not.toContain('old-version');
  });

  it('gives a folder page its folder URL', () => {
    expect(urlPathOfFile(path.join('san-pham', 'x', 'index.html'))).toBe('/san-pham/x/');
    expect(urlPathOfFile('404.html')).toBe('/404.html');
    expect(urlPathOfFile('index.html')).toBe('/');
  });
});
