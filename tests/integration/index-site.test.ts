import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { indexSite, LANGUAGE_GLOBS } from '../../src/pipeline/index-site.ts';
import { run } from '../../src/pipeline/run.ts';

// Folders chosen to sit on the edges of the "everything but en/" pattern.
const PAGES: Record<string, 'vi' | 'en'> = {
  'index.html': 'vi',
  'san-pham/mat-ong/index.html': 'vi',
  'e-shop/index.html': 'vi',
  'enzyme/index.html': 'vi',
  'en/index.html': 'en',
  'en/products/honey/index.html': 'en',
  'en/products/tea/index.html': 'en',
};

let site: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'index-site-'));
  for (const [file, lang] of Object.entries(PAGES)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), `<!doctype html><html lang="${lang}"><head><title>${file}</title></head><body><main data-pagefind-body><h1>${file}</h1><p>mật ong honey</p></main></body></html>`);
  }
  await indexSite({ outDir: site });
}, 60_000);
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('indexSite: one Pagefind run per language, one bundle', () => {
  it('lists both languages in the entry file, each with exactly its own pages', async () => {
    const entry = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; hash: string }> };
    expect(Object.keys(entry.languages)).toEqual(['en', 'vi']);
    expect(entry.languages.vi!.page_count).toBe(Object.values(PAGES).filter((lang) => lang === 'vi').length);
    expect(entry.languages.en!.page_count).toBe(Object.values(PAGES).filter((lang) => lang === 'en').length);
  });

  it('keeps every language’s index files side by side', async () => {
    const entry = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const files = await readdir(path.join(site, 'pagefind'));
    for (const { hash } of Object.values(entry.languages)) expect(files).toContain(`pagefind.${hash}.pf_meta`);
  });

  it('gives each run only its own language’s pages (so each run holds half the site)', async () => {
    const bin = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
    for (const [lang, glob] of Object.entries(LANGUAGE_GLOBS)) {
      await run(process.execPath, [bin, '--site', site, '--glob', glob, '--output-subdir', `only-${lang}`, '--silent']);
      const entry = JSON.parse(await readFile(path.join(site, `only-${lang}/pagefind-entry.json`), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages)).toEqual([lang]);
      expect(entry.languages[lang]!.page_count).toBe(Object.values(PAGES).filter((pageLang) => pageLang === lang).length);
    }
  }, 60_000);
});
