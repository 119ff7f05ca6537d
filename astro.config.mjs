// @ts-check
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Inputs come from the environment so the nightly job, the tests and the
// benchmarks can build several sites side by side (see scripts/build.ts).
const site = process.env.OCOP_SITE_URL ?? 'https://ocop.example.vn';

// Every folder is absolute, and the defaults are in the code folder (this file's),
// never the working folder: `npm run build` and the nightly job run Astro with a
// private work folder as its root (src/pipeline/build-site.ts), `astro dev` and
// `astro check` with the checkout. The variables are written back so that what
// Astro bundles and runs later (the content config, the pages) reads the same
// absolute paths.
const code = fileURLToPath(new URL('./', import.meta.url));
/** A folder from the environment (relative to where the command runs), else the code folder's default. @param {string} name @param {string} fallback */
const folder = (name, fallback) => (process.env[name] = process.env[name] ? path.resolve(process.env[name]) : path.resolve(code, fallback));
const contentDir = folder('OCOP_CONTENT_DIR', 'content/registry');
const handwrittenDir = folder('OCOP_HANDWRITTEN_DIR', 'content');
const storiesDir = folder('OCOP_STORIES_DIR', path.join(handwrittenDir, 'stories'));
const outDir = folder('OCOP_OUT_DIR', 'dist');
// Outside dist/ so processed images survive between nightly releases.
const cacheDir = folder('OCOP_CACHE_DIR', '.cache/astro');

export default defineConfig({
  site,
  srcDir: path.join(code, 'src'),
  publicDir: path.join(code, 'public'),
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Rendering is one thread, but each page also waits on the disk (mkdir, write);
  // eight pages in flight cut page generation by a third (docs/performance.md).
  build: { format: 'directory', concurrency: 8 },
  // Photos, shelf QR codes and shelf cards are made outside the bundler and the page renderer
  // (src/pipeline/photos.ts and src/pipeline/qr-codes.ts say why).
  // Pages whose render key (src/routes/render-keys.ts) is the same as the last build's are
  // reused from the cache folder, not rendered again (docs/operations.md, "The render cache").
  experimental: { incrementalBuild: true },
  integrations: [
    codeFolderAsRoot(),
    (await import('./src/integrations/render-cache.ts')).renderCache({ codeDir: code }),
    // Every page and file, in both languages, from the route table (src/i18n/routes.ts).
    (await import('./src/integrations/routes.ts')).routeTable({ codeDir: code }),
    // The product photos the importer copied and the story photos beside the stories (encoded and published by the photos integration).
    (await import('./src/integrations/photos.ts')).photos({
      productImagesDir: path.join(contentDir, 'images'),
      storyImagesDir: path.join(storiesDir, 'images'),
    }),
    (await import('./src/integrations/qr-codes.ts')).qrCodes(),
    // The office's editor at /quan-tri/, written beside the pages, never loaded by them.
    (await import('./src/integrations/editor.ts')).contentEditor(),
    // The search pages ask for their script's modules at once, not one import level at a time.
    (await import('./src/integrations/module-preload.ts')).modulePreloads(),
    // Each product's share card and verification badge (src/pipeline/product-files.ts).
    (await import('./src/integrations/product-files.ts')).productFiles(),
    (await import('./src/integrations/shelf-cards.ts')).shelfCards(),
    // Last: the service worker and its precache list of the shell, once every file is written.
    (await import('./src/integrations/offline.ts')).offlineWorker(),
  ],
  // `astro dev` watches the project: not the benchmark's generated sites and
  // caches, hundreds of thousands of files that exhaust the system's watchers,
  // nor the work folder of a build running beside it (`.dist-build-…`).
  vite: {
    server: { watch: { ignored: ['**/fixtures-out/**', '**/bench-results/**', '**/.cache/**', '**/.*-build-*/**'] } },
    // Beside Astro's cache, not in the code folder's node_modules/.vite/ (the code folder may be read-only).
    cacheDir: path.join(cacheDir, 'vite'),
  },
  // Hashed Content-Security-Policy on every page; the policy lives in one module
  // shared with the HTTP headers files (see docs/operations.md).
  security: (await import('./src/publish/security-policy.ts')).astroSecurity(),
});

/**
 * A build runs with a private work folder as Astro's root (src/pipeline/build-site.ts)
 * so that what Astro writes beside its root (`.astro/`: types and the content modules
 * it imports) is the build's own. Astro has placed that folder by the time it sets up
 * integrations; the root then goes back to the code folder, so every other path Astro
 * derives from it is what it is in the checkout: component names (which decide the
 * hashes of scoped styles), content entry paths (kept in the cache), the packages it
 * bundles (read from the code's package.json). A build from the checkout changes nothing.
 * @returns {import('astro').AstroIntegration}
 */
function codeFolderAsRoot() {
  return {
    name: 'ocop-code-folder-as-root',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (fileURLToPath(config.root) !== code) updateConfig({ root: pathToFileURL(code) });
      },
    },
  };
}
