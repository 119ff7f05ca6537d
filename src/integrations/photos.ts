/**
 * The photos in the Astro build (src/pipeline/photos.ts does the work): the
 * product photos the importer copied, and the story photos beside the stories
 * (where the editor uploads them). Before pages render, every photo is encoded
 * into the cache if it is not there yet and one manifest is written where pages
 * read it, the story photos under `STORY_PHOTO_KEY`; after the build, the files
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
import { PHOTO_MANIFEST_ENV, PHOTOS_URL, STORY_PHOTO_KEY, type PhotoManifest } from '../images/product-images.ts';
import { preparePhotos, publishPhotos } from '../pipeline/photos.ts';

export function photos(options: { productImagesDir: string; storyImagesDir: string }): AstroIntegration {
  const cacheDir = buildCacheDir();
  let manifest: PhotoManifest = {};
  return {
    name: 'ocop-photos',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return; // type checks and syncs render no page
        const started = performance.now();
        logger.info('preparing product and story photos');
        // One after the other: both steps keep the sources' sizes in one file of the cache.
        const products = await preparePhotos(options.productImagesDir, cacheDir);
        const stories = await preparePhotos(options.storyImagesDir, cacheDir);
        manifest = { ...products.manifest };
        for (const [name, set] of Object.entries(stories.manifest)) manifest[`${STORY_PHOTO_KEY}images/${name}`] = set;
        // One manifest per pair of photo folders, so sites built side by side from one cache keep theirs.
        const folders = `${options.productImagesDir}\n${options.storyImagesDir}`;
        const file = path.join(cacheDir, 'photos', `manifest-${createHash('sha256').update(folders).digest('hex').slice(0, 12)}.json`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(manifest));
        process.env[PHOTO_MANIFEST_ENV] = file;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${products.photos} product and ${stories.photos} story photos, ${products.encoded + stories.encoded} files encoded, in ${seconds} s`);
        // One line per photo, naming the file: the office finds it in images/ and in the import report.
        for (const { file, reason } of products.skipped) logger.warn(`photo "${file}" ${reason}: its product shows the placeholder`);
        for (const { file, reason } of stories.skipped) logger.warn(`story photo "images/${file}" ${reason}: its story shows its product's photo`);
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
