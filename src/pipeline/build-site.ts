/**
 * Step "build": `astro build` in a child process. Astro reads its inputs from the
 * environment when it loads its config (OCOP_CONTENT_DIR, OCOP_OUT_DIR, OCOP_AS_OF,
 * OCOP_SITE_URL), so several sites can be built side by side.
 */
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';
import { prepareShareFonts } from './share-fonts.ts';

export interface SiteBuildOptions {
  contentDir?: string;
  outDir?: string;
  asOf?: string;
  /** Astro's cache (content store, processed images); give each site built side by side its own. */
  cacheDir?: string;
}

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export async function buildSite(options: SiteBuildOptions = {}): Promise<void> {
  // Share images are drawn with the site's own font, never the machine's.
  const fontConfig = await prepareShareFonts(process.env.OCOP_SHARE_FONTS_DIR ?? fileURLToPath(new URL('../../.cache/share-fonts/', import.meta.url)));
  await run(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
    ...(options.contentDir ? { OCOP_CONTENT_DIR: options.contentDir } : {}),
    ...(options.outDir ? { OCOP_OUT_DIR: options.outDir } : {}),
    ...(options.asOf ? { OCOP_AS_OF: options.asOf } : {}),
    ...(options.cacheDir ? { OCOP_CACHE_DIR: options.cacheDir } : {}),
    FONTCONFIG_FILE: fontConfig,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build run from inside a test runner inherits NODE_ENV=test, and Vite then
    // bundles React's development build (120 KB gz instead of ~60 KB) into the islands.
    NODE_ENV: 'production',
  });
}
