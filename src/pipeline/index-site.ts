/**
 * Step "index": Pagefind over the built site, writing `<out>/pagefind/`.
 *
 * Pagefind holds every page it reads in memory until it writes the bundle: one
 * run over both languages of the 20,000-product site peaked at 4.3 GiB. It runs
 * once per language instead, each holding half. Each language's index files come
 * out the same as from a single run (they are named by their content hash); only
 * the entry file, which lists the languages, is written by each run for its own
 * language alone, so the two are merged (docs/performance.md, "National scale").
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';

const PAGEFIND_BIN = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/**
 * Which pages each run reads. English pages live under /en/ (src/i18n/routes.ts);
 * Vietnamese pages are everything else: top-level files, and every folder whose
 * name is not exactly "en" (Pagefind's globs have no "not", so: folders not
 * starting with e, starting with e but not en, or longer than en).
 */
export const LANGUAGE_GLOBS = {
  vi: '{*.html,[!e]*/**/*.html,e[!n]*/**/*.html,en?*/**/*.html}',
  en: 'en/**/*.html',
} as const;

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

export async function indexSite(options: { outDir?: string } = {}): Promise<void> {
  const outDir = options.outDir ?? process.env.OCOP_OUT_DIR ?? 'dist';
  const entryFile = path.join(outDir, 'pagefind', 'pagefind-entry.json');
  const languages: Record<string, unknown> = {};
  let entry: PagefindEntry | undefined;
  for (const glob of Object.values(LANGUAGE_GLOBS)) {
    // Product grids on listing pages repeat other pages' names: a province page
    // would otherwise match every product made there.
    await run(process.execPath, [PAGEFIND_BIN, '--site', outDir, '--glob', glob, '--exclude-selectors', 'ul.grid', '--silent']);
    entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
    Object.assign(languages, entry.languages);
  }
  // Languages in name order, as a single run writes them.
  const merged = { ...entry!, languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1))) };
  await writeFile(entryFile, JSON.stringify(merged));
}
