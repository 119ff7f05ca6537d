/**
 * Product photos, outside the bundler: each photo of `<registry>/images/` is
 * encoded once into `<cache>/photos/`, named by a hash of its bytes and of the
 * encoding, and linked into the built site's `/photos/`. An unchanged photo is
 * never encoded again, a changed one gets new names (so hosts can cache photos
 * for a year), and publishing costs a hard link per file, not a copy.
 *
 * Astro's own image pipeline did the same through the bundler: at 20,000
 * products it made every photo a module (40 s of bundling, 6.6 GiB at 50,000),
 * called the image service from every card, and copied each cached variant
 * into the new site (25–35 s); docs/performance.md, "National scale".
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { inParallel } from '../lib/in-parallel.ts';
import { linkOrCopy } from '../lib/link-or-copy.ts';
import sharp from 'sharp';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import { PHOTOS_URL, photoHeight, photoWidths, shareSize, type PhotoFile, type PhotoManifest } from '../lib/product-images.ts';

const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|avif)$/i;
/** Photos encoded at once; sharp spreads each over the cores as well. */
const PARALLEL_PHOTOS = 4;
/** Everything besides the photo's bytes that decides the output: change it and every photo is encoded anew. */
const ENCODING = `webp-q80 jpeg-q80 cover-centre ${JSON.stringify(sharp.versions)}`;

export interface PhotoStepResult {
  manifest: PhotoManifest;
  photos: number;
  encoded: number;
  skipped: string[];
}

interface SourceSize {
  width: number;
  height: number;
}

/** Encodes what the cache lacks and returns every usable photo's set. */
export async function preparePhotos(imagesDir: string, cacheDir: string): Promise<PhotoStepResult> {
  const store = path.join(cacheDir, 'photos');
  await mkdir(store, { recursive: true });
  const files = (await readdir(imagesDir).catch(() => [] as string[])).filter((name) => PHOTO_EXTENSIONS.test(name)).sort();
  const cached = new Set(await readdir(store));
  const sizes = await readSizes(store);
  const manifest: PhotoManifest = {};
  const skipped: string[] = [];
  let encoded = 0;
  await inParallel(files, PARALLEL_PHOTOS, async (name) => {
    const bytes = await readFile(path.join(imagesDir, name));
    const key = createHash('sha256').update(ENCODING).update(bytes).digest('hex').slice(0, 20);
    let size = sizes.get(key);
    try {
      size ??= await sourceSize(bytes);
    } catch {
      skipped.push(name); // not an image sharp can read: the page shows the placeholder
      return;
    }
    sizes.set(key, size);
    const variants = photoWidths(size.width).map((width) => ({ name: `${key}-${width}.webp`, width, height: photoHeight(width) }));
    const share = { name: `${key}-share.jpg`, ...shareSize(size.width) };
    for (const file of variants) {
      if (cached.has(file.name)) continue;
      await writeFileAtomically(path.join(store, file.name), await sharp(bytes).autoOrient().resize(file.width, file.height, { fit: 'cover' }).webp({ quality: 80 }).toBuffer());
      encoded++;
    }
    if (!cached.has(share.name)) {
      await writeFileAtomically(path.join(store, share.name), await sharp(bytes).autoOrient().resize(share.width, share.height, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer());
      encoded++;
    }
    const published = (file: { name: string; width: number; height: number }): PhotoFile => ({ url: `${PHOTOS_URL}${file.name}`, width: file.width, height: file.height });
    manifest[name] = { variants: variants.map(published), share: published(share) };
  });
  await writeSizes(store, sizes);
  return { manifest: sortedByKey(manifest), photos: Object.keys(manifest).length, encoded, skipped: skipped.sort() };
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
  const { autoOrient } = await sharp(bytes).metadata();
  if (!autoOrient.width || !autoOrient.height) throw new Error('no size');
  return { width: autoOrient.width, height: autoOrient.height };
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
