/**
 * Step "index": the search index of the built site, written to
 * `<out>/search-index/` (format: src/search/index/format.ts). Every HTML page
 * is read once; those whose `<main>` carries `data-search-body` give their
 * search record and text (src/search/index/page.ts).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inParallel } from '../util/in-parallel.ts';
import { urlPathOfFile } from '../built-site/url-path.ts';
import { buildSearchIndex, type PageToIndex } from '../search/index/build.ts';
import { INDEX_ROOT } from '../search/index/format.ts';
import { readIndexablePage } from '../search/index/page.ts';

/** Index files written at once: enough to keep the disk busy. */
const PARALLEL_WRITES = 16;

export async function indexSite(options: { outDir?: string } = {}): Promise<{ pages: number; files: number }> {
  const outDir = options.outDir ?? process.env.OCOP_OUT_DIR ?? 'dist';
  const pages = await readIndexablePages(outDir);
  const files = buildSearchIndex(pages);
  const root = path.join(outDir, INDEX_ROOT);
  await rm(root, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((url) => path.dirname(path.join(outDir, url))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await inParallel([...files], PARALLEL_WRITES, ([url, content]) => writeFile(path.join(outDir, url), content));
  return { pages: pages.length, files: files.size };
}

async function readIndexablePages(outDir: string): Promise<PageToIndex[]> {
  const htmlFiles = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages: PageToIndex[] = [];
  for (const file of htmlFiles) {
    // Synchronous like the release checks' reads (src/built-site/site-files.ts): far fewer round trips.
    const page = readIndexablePage(readFileSync(path.join(outDir, file), 'utf8'));
    if (page) pages.push({ url: urlPathOfFile(file), ...page });
  }
  return pages;
}
