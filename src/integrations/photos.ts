/**
 * The product photos in the Astro build (src/pipeline/photos.ts does the work):
 * before pages render, every photo is encoded into the cache if it is not there
 * yet and the manifest is written where pages read it; after the build, the files
 * are linked into the site. In `astro dev`, /photos/ is served from the cache.
 * A photo that cannot be used is a warning naming the file, never a failed build.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCacheDir } from '../images/drawn-file-cache.ts';
import { PHOTO_MANIFEST_ENV, PHOTOS_URL, type PhotoManifest } from '../images/product-images.ts';
import { preparePhotos, publishPhotos } from '../pipeline/photos.ts';

export function productPhotos(options: { imagesDir: string }): AstroIntegration {
  const cacheDir = buildCacheDir();
  let manifest: PhotoManifest = {};
  return {
    name: 'ocop-product-photos',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return; // type checks and syncs render no page
        const started = performance.now();
        logger.info('preparing product photos');
        const result = await preparePhotos(options.imagesDir, cacheDir);
        manifest = result.manifest;
        // One manifest per photo folder, so sites built side by side from one cache keep theirs.
        const file = path.join(cacheDir, 'photos', `manifest-${createHash('sha256').update(options.imagesDir).digest('hex').slice(0, 12)}.json`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(manifest));
        process.env[PHOTO_MANIFEST_ENV] = file;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${result.photos} photos, ${result.encoded} files encoded, in ${seconds} s`);
        // One line per photo, naming the file: the office finds it in images/ and in the import report.
        for (const { file, reason } of result.skipped) logger.warn(`photo "${file}" ${reason}: its product shows the placeholder`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(PHOTOS_URL, (request, response, next) => {
          const name = path.basename(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''));
          if (!/^[0-9a-f]+-[\w]+\.(webp|jpg)$/.test(name)) return next();
          response.setHeader('Content-Type', name.endsWith('.jpg') ? 'image/jpeg' : 'image/webp');
          createReadStream(path.join(cacheDir, 'photos', name))
            .on('error', () => next())
            .pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('linking photos into the site');
        const linked = await publishPhotos(manifest, cacheDir, fileURLToPath(dir));
        logger.info(`${linked} photo files linked into the site`);
      },
    },
  };
}
