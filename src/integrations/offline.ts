/**
 * The service worker in the Astro build (src/pipeline/service-worker.ts does
 * the work), once the pages and the other build steps' files are written.
 * `OCOP_OFFLINE` switches it (src/queries/offline-switch.ts); the build date
 * and the shell's hash name the build's caches, or `OCOP_BUILD_ID` when set.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from '../pipeline/service-worker.ts';
import { offlineMode } from '../queries/offline-switch.ts';

export function offlineWorker(): AstroIntegration {
  return {
    name: 'ocop-offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { BUILD_DATE } = await import('../queries/build-info.ts'); // reads the registry's meta.json: builds only
        const buildId = process.env.OCOP_BUILD_ID?.trim() || undefined;
        const result = await writeServiceWorker({ outDir: fileURLToPath(dir), asOf: BUILD_DATE, mode: offlineMode(), ...(buildId ? { buildId } : {}) });
        if (result) logger.info(`service worker for build ${result.buildId}: ${result.shellFiles} shell files (${Math.round(result.shellBytes / 1024)} KB)`);
        else logger.info('no service worker (OCOP_OFFLINE=off)');
      },
    },
  };
}
