/**
 * Product photos. The Ảnh column holds a file name in the `images/` folder beside
 * the export, or an http(s) link. A file is used only when it is a regular file
 * inside that folder (a symbolic link is followed only to a file that is itself
 * inside the folder, never out of it; the folder itself may be a link), at most
 * 20 MB, and a JPEG, PNG, WebP, AVIF or GIF of at most 100 megapixels by its own
 * header (src/registry/photo-file.ts). A link is downloaded once into the photo
 * download cache (src/registry/remote-photos.ts). Either way the photo is copied
 * into the output's `images/` and the product's `image` is its file name there;
 * anything else leaves the product with the placeholder and gives the row a
 * warning saying why. A photo never stops an import.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { RowIssue } from './errors.ts';
import type { IdentifiedRecord } from './record.ts';
import { checkPhotoHeader, MAX_PHOTO_BYTES, megabytes } from './photo-file.ts';
import { defaultPhotoCacheDir, fetchRemotePhotos, REMOTE_PHOTO_DEFAULTS, type RemotePhoto, type RemotePhotoOptions } from './remote-photos.ts';

/** One photo of the output: its file name in `images/` and the checked file it is copied from. */
export interface PhotoCopy {
  name: string;
  from: string;
}

export interface ImagePlan {
  /** Product id → the value of its public `image` field: a file name in the output's `images/`. */
  imageOf: Map<string, string>;
  /** The output's photo file names, sorted. */
  files: string[];
  /** Where each of `files` comes from (the export's `images/` or the download cache), sorted by name. */
  copies: PhotoCopy[];
  /** The export's own `images/` folder. */
  sourceDir: string;
  warnings: RowIssue[];
}

export interface PhotoOptions {
  /**
   * Photos given as links: how they are downloaded (REMOTE_PHOTO_DEFAULTS, the
   * cache folder from the environment), or false to fetch none; the environment
   * variable `OCOP_PHOTO_FETCH=off` does the same.
   */
  remote?: Partial<RemotePhotoOptions> | false;
}

const isLink = (image: string) => /^https?:\/\//i.test(image);

export async function planImages(records: IdentifiedRecord[], exportFile: string, column: string, options: PhotoOptions = {}): Promise<ImagePlan> {
  const sourceDir = path.join(path.dirname(exportFile), 'images');
  const named = records.map((record) => record.image).filter((image): image is string => !!image);
  const local = checkLocalPhotos(
    sourceDir,
    named.filter((image) => !isLink(image)),
  );
  const remote = await fetchLinks(named.filter(isLink), options);

  const imageOf = new Map<string, string>();
  const copies = new Map<string, string>();
  const warnings: RowIssue[] = [];
  for (const record of records) {
    const image = record.image;
    if (!image) continue;
    const photo = isLink(image) ? remote.get(image)! : local.get(image)!;
    if (photo.ok) {
      imageOf.set(record.id, photo.name);
      if (!copies.has(photo.name)) copies.set(photo.name, photo.file);
    } else {
      const what = isLink(image) ? `image link ${image}` : `image "${image}"`;
      warnings.push({ row: record.row, column, reason: `${what} ${photo.reason}; left out` });
    }
  }
  const files = [...copies.keys()].sort();
  return { imageOf, files, copies: files.map((name) => ({ name, from: copies.get(name)! })), sourceDir, warnings };
}

type Checked = { ok: true; name: string; file: string } | { ok: false; reason: string };

/**
 * The cheap, certain checks, once per distinct name. Synchronous on purpose: a
 * few system calls a file, 0.3 s for 20,000 photos, where the promise API
 * spends five times that going back and forth to the thread pool.
 */
function checkLocalPhotos(sourceDir: string, names: string[]): Map<string, Checked> {
  let root: string | null = null;
  try {
    root = realpathSync(sourceDir);
  } catch {
    // no images/ folder: every name is reported as missing
  }
  const checked = new Map<string, Checked>();
  for (const name of names) {
    if (checked.has(name)) continue;
    const result = root ? checkLocalPhoto(root, name) : { problem: 'is not in images/ beside the export' };
    checked.set(name, 'file' in result ? { ok: true, name, file: result.file } : { ok: false, reason: result.problem });
  }
  return checked;
}

/** Reused by every check (they run one after another), so 20,000 checks allocate no buffers. */
const FIRST_BYTES = Buffer.alloc(4096);

function checkLocalPhoto(root: string, name: string): { file: string } | { problem: string } {
  if (name !== path.basename(name) || name === '.' || name === '..' || name.includes('\\')) return { problem: 'is not a plain file name' };
  let file = path.join(root, name);
  let entry: Stats;
  try {
    entry = lstatSync(file);
  } catch {
    return { problem: 'is not in images/ beside the export' };
  }
  if (entry.isSymbolicLink()) {
    try {
      file = realpathSync(file);
    } catch {
      return { problem: 'is a link to a file that does not exist' };
    }
    const relative = path.relative(root, file);
    if (!relative || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
      return { problem: 'is a link to a file outside images/ (links out of the folder are never followed)' };
    }
  }
  let fd: number;
  try {
    // O_NOFOLLOW: the path is already resolved, so a link swapped in meanwhile is refused; O_NONBLOCK: a pipe cannot hang the import.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `cannot be opened (${code ?? 'error'})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { problem: 'is a folder, not a photo' };
    if (!stats.isFile()) return { problem: 'is not a regular file' };
    if (stats.size === 0) return { problem: 'is empty' };
    if (stats.size > MAX_PHOTO_BYTES) return { problem: `is ${megabytes(stats.size)}, more than the ${megabytes(MAX_PHOTO_BYTES)} a photo may have` };
    // One read of the first 4 KB answers most headers, a JPEG's segments included; EXIF can push its frame further.
    const firstLength = readSync(fd, FIRST_BYTES, 0, FIRST_BYTES.length, 0);
    const first = FIRST_BYTES;
    const header = checkPhotoHeader((offset, length) => {
      if (offset + length <= firstLength) return first.subarray(offset, offset + length);
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    });
    return 'problem' in header ? header : { file };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

async function fetchLinks(links: string[], options: PhotoOptions): Promise<Map<string, RemotePhoto>> {
  const refuseAll = (reason: string) => new Map(links.map((link): [string, RemotePhoto] => [link, { ok: false, reason }]));
  if (links.length === 0) return new Map();
  if (options.remote === false || /^(off|no|false|0)$/i.test(process.env.OCOP_PHOTO_FETCH ?? '')) {
    return refuseAll('was not fetched: downloading photos is turned off (OCOP_PHOTO_FETCH=off)');
  }
  const settings: RemotePhotoOptions = { ...REMOTE_PHOTO_DEFAULTS, cacheDir: defaultPhotoCacheDir(), ...options.remote };
  try {
    return await fetchRemotePhotos(links, settings);
  } catch (error) {
    // The cache folder itself is unusable (read-only disk, permissions): no photo from links tonight, but the import goes on.
    return refuseAll(
      `was not fetched: the photo download cache ${settings.cacheDir} cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}
