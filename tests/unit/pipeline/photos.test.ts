/** The photo step: encode once, by content; never upscale; publish by linking. */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preparePhotos, publishPhotos } from '../../../src/pipeline/photos.ts';

let root: string;
let images: string;
let cache: string;

const photo = (width: number, height: number, red: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: red, g: 120, b: 60 } } }).jpeg().toBuffer();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'photos-'));
  images = path.join(root, 'images');
  cache = path.join(root, 'cache');
  await mkdir(images);
  await writeFile(path.join(images, 'large.jpg'), await photo(1600, 1200, 200));
  await writeFile(path.join(images, 'small.jpg'), await photo(300, 300, 40));
  await writeFile(path.join(images, 'broken.jpg'), 'not a photo');
  await writeFile(path.join(images, 'notes.txt'), 'not a photo either');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('product photos', () => {
  it('encodes 4:3 WebP variants that are never upscaled, and a 1.91:1 JPEG share image', async () => {
    const { manifest, skipped } = await preparePhotos(images, cache);
    expect(Object.keys(manifest)).toEqual(['large.jpg', 'small.jpg']);
    expect(skipped).toEqual(['broken.jpg']);
    expect(manifest['large.jpg']!.variants.map((v) => [v.width, v.height])).toEqual([[160, 120], [480, 360], [720, 540]]);
    expect(manifest['small.jpg']!.variants.map((v) => [v.width, v.height])).toEqual([[160, 120]]);
    expect(manifest['large.jpg']!.share).toMatchObject({ width: 1200, height: 628 });
    const share = await sharp(path.join(cache, 'photos', path.basename(manifest['large.jpg']!.share.url))).metadata();
    expect([share.format, share.width, share.height]).toEqual(['jpeg', 1200, 628]);
    const small = await sharp(path.join(cache, 'photos', path.basename(manifest['small.jpg']!.variants[0]!.url))).metadata();
    expect([small.format, small.width, small.height]).toEqual(['webp', 160, 120]);
  });

  it('encodes nothing the second time, and only the changed photo after a change', async () => {
    const first = await preparePhotos(images, cache);
    expect(first.encoded).toBe(4 + 2);
    expect((await preparePhotos(images, cache)).encoded).toBe(0);
    await writeFile(path.join(images, 'small.jpg'), await photo(300, 300, 41));
    const after = await preparePhotos(images, cache);
    expect(after.encoded).toBe(2);
    expect(after.manifest['large.jpg']).toEqual(first.manifest['large.jpg']);
  });

  it('gives a changed photo new file names, so a year of caching never shows the old one', async () => {
    const before = (await preparePhotos(images, cache)).manifest['small.jpg']!.share.url;
    await writeFile(path.join(images, 'small.jpg'), await photo(300, 300, 90));
    expect((await preparePhotos(images, cache)).manifest['small.jpg']!.share.url).not.toBe(before);
  });

  it('publishes by hard link: the site holds the cache files, not copies', async () => {
    const { manifest } = await preparePhotos(images, cache);
    const site = path.join(root, 'site');
    expect(await publishPhotos(manifest, cache, site)).toBe(6);
    const published = await readdir(path.join(site, 'photos'));
    expect(published).toHaveLength(6);
    const name = path.basename(manifest['large.jpg']!.variants[1]!.url);
    const [inSite, inCache] = await Promise.all([stat(path.join(site, 'photos', name)), stat(path.join(cache, 'photos', name))]);
    expect(inSite.ino).toBe(inCache.ino);
  });
});
