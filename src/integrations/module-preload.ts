/**
 * After the build, the pages whose first paint waits on a script (the search
 * pages: their first results come from the search panel's script) list every
 * module that script imports as `<link rel="modulepreload">`
 * (src/built-site/module-preload.ts says why). Only these pages are rewritten:
 * the other pages' scripts are small enhancements that load their code when
 * used, and rewriting tens of thousands of pages would cost the nightly build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticImportsOf } from '../built-site/html-scan.ts';
import { addModulePreloads } from '../built-site/module-preload.ts';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';

/** The pages to rewrite, by URL path. */
export const PRELOADING_PAGES: readonly string[] = LANGS.map((lang) => routes.search(lang));

export function modulePreloads(): AstroIntegration {
  return {
    name: 'ocop-module-preloads',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const importsOf = async (url: string) => staticImportsOf(await readFile(path.join(root, url), 'utf8').catch(() => ''));
        for (const page of PRELOADING_PAGES) {
          const file = path.join(root, page, 'index.html');
          const html = await readFile(file, 'utf8');
          const rewritten = await addModulePreloads(html, importsOf);
          if (rewritten !== html) await writeFile(file, rewritten);
        }
      },
    },
  };
}
