/**
 * Global setup of the `site` test project (every file in tests/site/): builds the
 * sample site ONCE (import, astro build, search index) for a fixed build date
 * into .cache/test-site/, serves it on a free localhost port and hands the URL,
 * the folders and the date to the tests (`inject('baseUrl')`, `inject('distDir')`,
 * `inject('contentDir')`, `inject('asOf')`).
 * OCOP_TEST_SITE_REUSE=1 skips the build when a built site is already there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { importRegistry } from '../../src/registry/import.ts';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { indexSite } from '../../src/pipeline/index-site.ts';
import { serveStatic } from '../support/server.ts';

/** The build date of the test site: fixed, so star visibility is deterministic. */
export const TEST_AS_OF = '2026-11-23';
const ROOT = path.resolve('.cache/test-site');
const CONTENT_DIR = path.join(ROOT, 'registry');
const DIST_DIR = path.join(ROOT, 'dist');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    contentDir: string;
    asOf: string;
  }
}

async function buildTestSite(): Promise<void> {
  await rm(DIST_DIR, { recursive: true, force: true });
  await importRegistry({
    input: 'content/sources/sample-registry.csv',
    asOf: TEST_AS_OF,
    outDir: CONTENT_DIR,
    reportFile: path.join(ROOT, 'import-report.json'),
  });
  await buildSite({ contentDir: CONTENT_DIR, outDir: DIST_DIR, asOf: TEST_AS_OF, cacheDir: path.join(ROOT, 'astro-cache') });
  await indexSite({ outDir: DIST_DIR });
}

const LOCK = path.join(ROOT, 'build.lock');

function lockHolderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Two test runs started side by side must not build into the same folder at
 * once: the first takes the lock (an atomic mkdir) and builds; the others wait
 * for it and use its site. A lock left by a dead process is taken over.
 */
async function buildOnce(): Promise<void> {
  await mkdir(ROOT, { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      if (!lockHolderAlive()) {
        await rm(LOCK, { recursive: true, force: true });
        continue;
      }
      while (existsSync(LOCK) && lockHolderAlive()) await sleep(1000);
      if (existsSync(path.join(DIST_DIR, 'index.html'))) return;
    }
  }
  try {
    await writeFile(path.join(LOCK, 'pid'), String(process.pid));
    const started = Date.now();
    await buildTestSite();
    console.log(`test site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.OCOP_TEST_SITE_REUSE === '1' && existsSync(path.join(DIST_DIR, 'index.html'));
  if (!reuse) await buildOnce();
  const server = await serveStatic(DIST_DIR);
  project.provide('baseUrl', server.url);
  project.provide('distDir', DIST_DIR);
  project.provide('contentDir', CONTENT_DIR);
  project.provide('asOf', TEST_AS_OF);
  return server.close;
}
