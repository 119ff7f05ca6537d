/** The photo step: encode once, by content; never upscale; publish by linking; one bad photo never fails it. */
import { mkdir, mkdtemp, readdir, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preparePhotos, publishPhotos } from '../../../src/pipeline/photos.ts';

let root: string;
let images: string;
let cache: string;

const photo = (width: number, height: number, red: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: red, g: 120, b: 60 } } })
    .jpeg()
    .toBuffer();

/** A photo with detail (so its compressed data is long), cut in half: the header is whole, the pixels are not. */
async function truncated(format: 'png' | 'jpeg'): Promise<Buffer> {
  const noise = Buffer.from(Array.from({ length: 400 * 300 * 3 }, (_, i) => (i * 7919) % 251));
  const bytes = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } })
    .toFormat(format)
    .toBuffer();
  return bytes.subarray(0, bytes.length >> 1);
}

/** A PNG whose header says 30000×30000: a decompression bomb needs nothing more to be refused. */
function bombPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (grey)
  const body = Buffer.concat([Buffer.from('IHDR'), ihdr]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13]), body, crc]);
}

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
    expect(skipped).toEqual([{ file: 'broken.jpg', reason: 'is not a JPEG, PNG, WebP, AVIF or GIF image (it is text)' }]);
    expect(manifest['large.jpg']!.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 120],
      [480, 360],
      [720, 540],
    ]);
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

  it('survives a truncated PNG and a truncated JPEG: both are skipped by name, the other photos are encoded', async () => {
    await writeFile(path.join(images, 'cut.png'), await truncated('png'));
    await writeFile(path.join(images, 'cut.jpg'), await truncated('jpeg'));
    const { manifest, skipped } = await preparePhotos(images, cache);
    expect(Object.keys(manifest)).toEqual(['large.jpg', 'small.jpg']);
    expect(skipped.map((s) => s.file)).toEqual(['broken.jpg', 'cut.jpg', 'cut.png']);
    expect(skipped.filter((s) => s.file.startsWith('cut.')).map((s) => s.reason)).toEqual(Array(2).fill('is damaged or cut short (it cannot be decoded)'));
  });

  it('skips a folder named like a photo, a link, a decompression bomb and a file over 20 MB without reading them whole', async () => {
    await mkdir(path.join(images, 'dir.jpg'));
    await symlink('/etc/passwd', path.join(images, 'passwd.jpg'));
    await symlink(path.join(images, 'large.jpg'), path.join(images, 'alias.jpg'));
    await writeFile(path.join(images, 'bomb.png'), bombPng());
    await writeFile(path.join(images, 'huge.jpg'), await photo(64, 48, 10));
    await truncate(path.join(images, 'huge.jpg'), 21 * 1024 * 1024); // sparse: costs no disk
    const { manifest, skipped } = await preparePhotos(images, cache);
    expect(Object.keys(manifest)).toEqual(['large.jpg', 'small.jpg']);
    expect(skipped).toEqual([
      { file: 'alias.jpg', reason: 'is not a regular file' },
      { file: 'bomb.png', reason: 'is 30000×30000 pixels, more than the 100 megapixels a photo may have' },
      { file: 'broken.jpg', reason: expect.stringContaining('is not a JPEG') },
      { file: 'dir.jpg', reason: 'is not a regular file' },
      { file: 'huge.jpg', reason: 'is 21 MB, more than the 20 MB a photo may have' },
      { file: 'passwd.jpg', reason: 'is not a regular file' },
    ]);
  });

  it('encodes GIF, PNG and WebP photos as well as JPEG', async () => {
    const source = sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a6' } });
    await writeFile(path.join(images, 'a.gif'), await source.clone().gif().toBuffer());
    await writeFile(path.join(images, 'b.png'), await source.clone().png().toBuffer());
    await writeFile(path.join(images, 'c.webp'), await source.clone().webp().toBuffer());
    const { manifest } = await preparePhotos(images, cache);
    expect(Object.keys(manifest)).toEqual(['a.gif', 'b.png', 'c.webp', 'large.jpg', 'small.jpg']);
    expect(manifest['a.gif']!.variants.map((v) => v.width)).toEqual([160, 480]);
  });
});
