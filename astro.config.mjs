// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import path from 'node:path';

// Inputs come from the environment so the nightly job, the tests and the
// benchmarks can build several sites side by side (see scripts/build.ts).
const site = process.env.OCOP_SITE_URL ?? 'https://ocop.example.vn';
// The product photos the importer copied; pages reach them as `@registry-images/*`.
const registryImages = path.resolve(process.env.OCOP_CONTENT_DIR ?? 'content/registry', 'images');

export default defineConfig({
  site,
  outDir: process.env.OCOP_OUT_DIR ?? './dist',
  // Outside dist/ so processed images survive between nightly releases.
  cacheDir: process.env.OCOP_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
  vite: { resolve: { alias: { '@registry-images': registryImages } } },
  // AVIF at sharp's default effort (4) was ~85% of a cold build's image time;
  // effort 2 encodes ~6x faster for ~6% larger files (docs/performance.md, National scale).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  // Hashed Content-Security-Policy on every page; the policy lives in one module
  // shared with the HTTP headers files (see docs/operations.md).
  security: (await import('./src/publish/security-policy.ts')).astroSecurity(),
});
