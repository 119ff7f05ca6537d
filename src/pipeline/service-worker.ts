/**
 * Step "offline": after the pages, the service worker at `<out>/sw.js`
 * (src/islands/offline/service-worker.ts), bundled for the browser and given
 * its precache list by workbox-build: the shell only, the site's styles,
 * fonts and scripts and the two offline pages, never the pages themselves
 * (75,000 at national scale: they are kept as the visitor opens them).
 *
 * The build id names every cache the worker makes, so the next release's worker
 * tells its caches from the older ones. It is the build date with a hash of
 * the shell, which changes when any file of it changes (or the caller's, from
 * `OCOP_BUILD_ID`): not the nightly release's id, so two builds of the same
 * export on the same date are the same site, as the nightly job checks.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest, injectManifest, type ManifestEntry, type ManifestTransform } from 'workbox-build';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { PHOTOS_URL } from '../images/product-images.ts';
import { tileConfig, tileOriginPattern } from '../map/map-config.ts';
import { isBuildId, type WorkerSettings } from '../domain/offline-caches.ts';
import type { OfflineMode } from '../queries/offline-switch.ts';

const CODE = fileURLToPath(new URL('../../', import.meta.url));
const WORKER_SOURCE = { on: 'src/islands/offline/service-worker.ts', remove: 'src/islands/offline/removing-worker.ts' } as const;

/** The shell, as paths inside the built site. The offline pages are the only pages in it. */
export const SHELL_PATTERNS: readonly string[] = [
  '_astro/**/*.{js,css}',
  'fonts/*.woff2',
  'favicon.svg',
  ...LANGS.map((lang) => `${routes.offline(lang).slice(1)}index.html`),
];

export interface ServiceWorkerResult {
  buildId: string;
  /** Files in the precache, and their bytes (uncompressed). */
  shellFiles: number;
  shellBytes: number;
  /** The worker file's bytes (uncompressed). */
  workerBytes: number;
}

export async function writeServiceWorker(options: {
  outDir: string;
  asOf: string;
  mode: OfflineMode;
  buildId?: string;
}): Promise<ServiceWorkerResult | undefined> {
  const swDest = path.join(options.outDir, routes.serviceWorker().slice(1));
  if (options.mode === 'off') {
    await rm(swDest, { force: true });
    return undefined;
  }
  const shell = { globDirectory: options.outDir, globPatterns: [...SHELL_PATTERNS], manifestTransforms: [asSiteUrls] };
  const { manifestEntries = [], size } = await getManifest(shell);
  const buildId = options.buildId ?? `${options.asOf}-${shellHash(manifestEntries)}`;
  if (!isBuildId(buildId)) throw new Error(`a build id is letters, digits, dots and dashes (it names the caches); got "${buildId}"`);
  const settings: WorkerSettings = { buildId, tileOriginPattern: tileOriginPattern(tileConfig().url), photosUrl: PHOTOS_URL };
  // The bundler's scratch files go to a folder of this build's, never the code folder (it may be read-only).
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-sw-'));
  try {
    if (options.mode === 'remove') {
      await writeFile(swDest, await bundleWorker(WORKER_SOURCE.remove, settings, work));
    } else {
      const swSrc = path.join(work, 'sw.js');
      await writeFile(swSrc, await bundleWorker(WORKER_SOURCE.on, settings, work));
      // No revisions in the worker's list: its shell cache is named with the build, so each
      // release fetches its shell anew, and a fetch without a revision may be answered by
      // the browser's cache (hashed files for a year, the others after a 304), sparing
      // the bytes a release did not change. The revisions still make the build id.
      await injectManifest({ ...shell, swSrc, swDest, dontCacheBustURLsMatching: /./ });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { buildId, shellFiles: manifestEntries.length, shellBytes: size, workerBytes: (await stat(swDest)).size };
}

/** Site paths (`/ngoai-tuyen/`), as the pages ask for them, instead of file paths (`ngoai-tuyen/index.html`). */
const asSiteUrls: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}` })),
  warnings: [],
});

function shellHash(entries: readonly ManifestEntry[]): string {
  const lines = entries.map((entry) => `${entry.url} ${entry.revision ?? ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 10);
}

/** One classic script (a worker may not be a module everywhere), minified, with the settings written in. */
async function bundleWorker(entry: string, settings: WorkerSettings, scratch: string): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    root: CODE,
    cacheDir: path.join(scratch, 'vite'),
    publicDir: false,
    logLevel: 'warn',
    define: { __OCOP_WORKER__: JSON.stringify(settings), 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: path.join(CODE, entry), formats: ['iife'], name: 'ocopWorker', fileName: () => 'sw.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const chunk of result.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`bundling ${entry} gave no script`);
}
