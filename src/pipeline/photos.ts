/**
 * Product photos, outside the bundler: each photo of `<registry>/images/` is
 * encoded once into `<cache>/photos/`, named by a hash of its bytes and of the
 * encoding, and linked into the built site's `/photos/`. An unchanged photo is
 * never encoded again, a changed one gets new names (so hosts can cache photos
 * for a year), and publishing costs a hard link per file, not a copy.
 *
 * One photo never fails the build: a file that is not a regular file (a folder,
 * a link: the importer writes neither), larger than 20 MB, not an image by its
 * header, over the pixel limit, or whose data turns out damaged or cut short
 * while decoding is left out of the manifest (its product shows the
 * placeholder) and listed in `skipped` with the reason. The importer has already
 * reported the cheap cases to the office (src/registry/images.ts); decoding is
 * the one check only this step can afford.
 *
 * Astro's own image pipeline did the same through the bundler: at 20,000
 * products it made every photo a module (40 s of bundling, 6.6 GiB at 50,000),
 * called the image service from every card, and copied each cached variant
 * into the new site (25–35 s); docs/performance.md, "National scale".
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { inParallel } from '../util/in-parallel.ts';
import { linkOrCopy } from '../util/link-or-copy.ts';
import sharp, { type Sharp } from 'sharp';
import { writeFileAtomically } from '../util/atomic-write.ts';
import { PHOTOS_URL, photoHeight, photoWidths, shareSize, type PhotoFile, type PhotoManifest } from '../images/product-images.ts';
import { checkPhotoHeader, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, megabytes } from '../registry/photo-file.ts';

const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;
/** Photos encoded at once; sharp spreads each over the cores as well. */
const PARALLEL_PHOTOS = 4;
/** Everything besides the photo's bytes that decides the output: change it and every photo is encoded anew. */
const ENCODING = `webp-q80 jpeg-q80 cover-centre ${JSON.stringify(sharp.versions)}`;
/** sharp's own guard against decompression bombs, at the importer's limit (its default allows 268 megapixels). */
const decode = (bytes: Buffer) => sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).autoOrient();

/** A photo left out, and why (for the build log). */
export interface SkippedPhoto {
  file: string;
  reason: string;
}

export interface PhotoStepResult {
  manifest: PhotoManifest;
  photos: number;
  encoded: number;
  skipped: SkippedPhoto[];
}

interface SourceSize {
  width: number;
  height: number;
}

/** Encodes what the cache lacks and returns every usable photo's set. */
export async function preparePhotos(imagesDir: string, cacheDir: string): Promise<PhotoStepResult> {
  const store = path.join(cacheDir, 'photos');
  await mkdir(store, { recursive: true });
  const entries = (await readdir(imagesDir, { withFileTypes: true }).catch(() => [])).filter((entry) => PHOTO_EXTENSIONS.test(entry.name));
  const cached = new Set(await readdir(store));
  const sizes = await readSizes(store);
  const manifest: PhotoManifest = {};
  const skipped: SkippedPhoto[] = [];
  let encoded = 0;
  const files = entries.map((entry) => entry.name).sort();
  const regular = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  await inParallel(files, PARALLEL_PHOTOS, async (name) => {
    try {
      if (!regular.has(name)) throw new Skip('is not a regular file');
      const bytes = await readPhoto(path.join(imagesDir, name));
      const key = createHash('sha256').update(ENCODING).update(bytes).digest('hex').slice(0, 20);
      const size = sizes.get(key) ?? (await sourceSize(bytes));
      sizes.set(key, size);
      const variants = photoWidths(size.width).map((width) => ({ name: `${key}-${width}.webp`, width, height: photoHeight(width) }));
      const share = { name: `${key}-share.jpg`, ...shareSize(size.width) };
      for (const file of variants) {
        if (cached.has(file.name)) continue;
        await writeFileAtomically(
          path.join(store, file.name),
          await encodeOrSkip(decode(bytes).resize(file.width, file.height, { fit: 'cover' }).webp({ quality: 80 })),
        );
        encoded++;
      }
      if (!cached.has(share.name)) {
        await writeFileAtomically(
          path.join(store, share.name),
          await encodeOrSkip(decode(bytes).resize(share.width, share.height, { fit: 'cover' }).jpeg({ quality: 80 })),
        );
        encoded++;
      }
      const published = (file: { name: string; width: number; height: number }): PhotoFile => ({
        url: `${PHOTOS_URL}${file.name}`,
        width: file.width,
        height: file.height,
      });
      manifest[name] = { variants: variants.map(published), share: published(share) };
    } catch (error) {
      // The page shows the placeholder. Anything but a photo's own fault (a full disk, a cache
      // that cannot be written) is still a reason to stop the build.
      if (!(error instanceof Skip)) throw error;
      skipped.push({ file: name, reason: error.message });
    }
  });
  await writeSizes(store, sizes);
  skipped.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { manifest: sortedByKey(manifest), photos: Object.keys(manifest).length, encoded, skipped };
}

/** Why one photo is left out. */
class Skip extends Error {}

/** The photo's bytes, after the checks that need no decoding (the size before reading it). */
async function readPhoto(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_PHOTO_BYTES) throw new Skip(`is ${megabytes(size)}, more than the ${megabytes(MAX_PHOTO_BYTES)} a photo may have`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Skip) throw error;
    throw new Skip(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const header = checkPhotoHeader((offset, length) => bytes.subarray(offset, offset + length));
  if ('problem' in header) throw new Skip(header.problem);
  return bytes;
}

async function encodeOrSkip(pipeline: Sharp): Promise<Buffer> {
  try {
    return await pipeline.toBuffer();
  } catch {
    // Data cut short or damaged past a good header. sharp's own words ("VipsJpeg: …", "Warning
    // treated as error due to failOn setting") vary by format and say nothing to the office.
    throw new Skip('is damaged or cut short (it cannot be decoded)');
  }
}

/** Links every file of the manifest into `<outDir>/photos/` (copies where the cache is on another disk). */
export async function publishPhotos(manifest: PhotoManifest, cacheDir: string, outDir: string): Promise<number> {
  const store = path.join(cacheDir, 'photos');
  const target = path.join(outDir, PHOTOS_URL);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const names = [...new Set(Object.values(manifest).flatMap((set) => [...set.variants, set.share].map((file) => file.url.slice(PHOTOS_URL.length))))];
  await inParallel(names, 16, async (name) => {
    await linkOrCopy(path.join(store, name), path.join(target, name));
  });
  return names.length;
}

/** The size of a photo as shown: EXIF orientation applied, so a portrait photo is taller than wide. */
async function sourceSize(bytes: Buffer): Promise<SourceSize> {
  let size: SourceSize | undefined;
  try {
    const { autoOrient } = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).metadata();
    if (autoOrient.width && autoOrient.height) size = { width: autoOrient.width, height: autoOrient.height };
  } catch {
    throw new Skip('is damaged (its header cannot be read)');
  }
  if (!size) throw new Skip('has no width and height');
  return size;
}

/** Source sizes by key, kept beside the files so a warm night does not decode 20,000 headers. */
const SIZES_FILE = 'sizes.json';

async function readSizes(store: string): Promise<Map<string, SourceSize>> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(path.join(store, SIZES_FILE), 'utf8')) as Record<string, SourceSize>));
  } catch {
    return new Map();
  }
}

async function writeSizes(store: string, sizes: Map<string, SourceSize>): Promise<void> {
  await writeFileAtomically(path.join(store, SIZES_FILE), JSON.stringify(Object.fromEntries(sizes)));
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
