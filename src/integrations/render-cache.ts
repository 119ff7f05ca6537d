/**
 * The render cache in the Astro build (`experimental.incrementalBuild`; the keys
 * are src/routes/render-keys.ts, docs/operations.md "The render cache" says
 * how it works). Before pages render it hashes the code that draws them and
 * hands the hash to the pages' keys; with `OCOP_FULL_RENDER=1` it removes
 * Astro's manifest of last night's pages, so every page is rendered and the
 * cache is written afresh for the next night.
 *
 * Astro overwrites a page's cached copy as soon as it renders it, but writes
 * the manifest of keys only once every page is done: a build that dies in
 * between leaves copies newer than their keys, and a later night whose data
 * went back to the old key would be given the newer page. So the build marks
 * the cache as being written while it renders, and a build that finds the
 * mark of one that never finished reuses nothing.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CODE_HASH_ENV, codeHash } from '../pipeline/code-hash.ts';

/** Astro's manifest of the pages it keeps, in its cache folder (astro/dist/core/build/incremental.js). */
export const RENDER_MANIFEST = 'incremental-build.json';

/** Present while a build renders into the cache (beside the manifest). */
export const RENDERING_MARK = 'render-cache-writing';

/** Added to the code's hash when set: another value renders every page, as a change of code would (the tests use it). */
export const RENDER_CACHE_SALT_ENV = 'OCOP_RENDER_CACHE_SALT';

export function renderCache(options: { codeDir: string }): AstroIntegration {
  let mark: string | undefined;
  return {
    name: 'ocop-render-cache',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const salt = process.env[RENDER_CACHE_SALT_ENV];
        const hash = await codeHash(options.codeDir);
        process.env[CODE_HASH_ENV] = salt ? `${hash}+${salt}` : hash;
        const cacheDir = fileURLToPath(config.cacheDir);
        mark = path.join(cacheDir, RENDERING_MARK);
        const unfinished = await stat(mark).then(
          () => true,
          () => false,
        );
        if (process.env.OCOP_FULL_RENDER === '1' || unfinished) {
          await rm(path.join(cacheDir, RENDER_MANIFEST), { force: true });
          logger.info(
            unfinished
              ? 'the last build stopped while rendering: every page is rendered, none reused'
              : 'OCOP_FULL_RENDER=1: every page is rendered, none reused',
          );
        } else {
          logger.info(`render cache: pages unchanged since the last build are reused (code ${hash.slice(0, 12)})`);
        }
        await mkdir(cacheDir, { recursive: true });
        await writeFile(mark, `${process.pid}\n`);
      },
      // Astro has written the manifest by now: the copies and their keys agree again.
      'astro:build:done': async () => {
        if (mark) await rm(mark, { force: true });
      },
    },
  };
}
