// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import path from 'node:path';

// Inputs come from the environment so the nightly job, the tests and the
// benchmarks can build several sites side by side (see scripts/build.ts).
const site = process.env.OCOP_SITE_URL ?? 'https://ocop.example.vn';
// The product photos the importer copied (encoded and published by the photos integration).
const registryImages = path.resolve(process.env.OCOP_CONTENT_DIR ?? 'content/registry', 'images');

export default defineConfig({
  site,
  outDir: process.env.OCOP_OUT_DIR ?? './dist',
  // Outside dist/ so processed images survive between nightly releases.
  cacheDir: (await import('./src/lib/drawn-file-cache.ts')).buildCacheDir(),
  trailingSlash: 'always',
  // Rendering is one thread, but each page also waits on the disk (mkdir, write);
  // eight pages in flight cut page generation by a third (docs/performance.md).
  build: { format: 'directory', concurrency: 8 },
  // Photos and shelf QR codes are made outside the bundler and the page renderer
  // (src/pipeline/photos.ts and src/pipeline/qr-codes.ts say why).
  integrations: [
    react(),
    (await import('./src/integrations/photos.ts')).productPhotos({ imagesDir: registryImages }),
    (await import('./src/integrations/qr-codes.ts')).qrCodes(),
  ],
  // `astro dev` watches the project: not the benchmark's generated sites and
  // caches, hundreds of thousands of files that exhaust the system's watchers.
  vite: { server: { watch: { ignored: ['**/fixtures-out/**', '**/bench-results/**', '**/.cache/**'] } } },
  // Hashed Content-Security-Policy on every page; the policy lives in one module
  // shared with the HTTP headers files (see docs/operations.md).
  security: (await import('./src/publish/security-policy.ts')).astroSecurity(),
});
