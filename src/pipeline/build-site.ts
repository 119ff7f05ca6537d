/**
 * Step "build": `astro build` in a child process. Astro reads its inputs from the
 * environment when it loads its config (OCOP_CONTENT_DIR, OCOP_OUT_DIR, OCOP_AS_OF,
 * OCOP_SITE_URL), so several sites can be built side by side.
 */
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';

export interface SiteBuildOptions {
  contentDir?: string;
  outDir?: string;
  asOf?: string;
}

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export async function buildSite(options: SiteBuildOptions = {}): Promise<void> {
  await run(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
    ...(options.contentDir ? { OCOP_CONTENT_DIR: options.contentDir } : {}),
    ...(options.outDir ? { OCOP_OUT_DIR: options.outDir } : {}),
    ...(options.asOf ? { OCOP_AS_OF: options.asOf } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}
