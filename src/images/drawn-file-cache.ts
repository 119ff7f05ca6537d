/**
 * Files the build draws from a little text (share images, QR codes) are kept in the
 * build cache, outside dist/, keyed by a hash of everything that decides their bytes.
 * A night where a story or a product URL did not change reads the file back instead
 * of drawing it again: a share image costs ~70 ms to draw, a QR code ~2 ms, a read
 * ~0.1 ms (docs/performance.md, "Where the time goes").
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../util/atomic-write.ts';

/**
 * Astro's cache folder (processed images, content store); survives between nightly releases.
 * The default is in the code folder (a developer's build); astro.config.mjs makes the
 * variable absolute for everything bundled, whose own location says nothing.
 */
export const buildCacheDir = (): string =>
  process.env.OCOP_CACHE_DIR ? path.resolve(process.env.OCOP_CACHE_DIR) : fileURLToPath(new URL('../../.cache/astro', import.meta.url));

/** The installed version of a package that draws or shapes a file, for the cache key. */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
  }
  // A package whose `exports` hide its package.json (pdfkit): the nearest one above its entry point.
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
    if (found === name) return version;
  }
  throw new Error(`no package.json found for ${name}`);
}

/**
 * The path of the cached file for `input`, drawing and storing it first when
 * missing. `input` must name everything that changes the output, including the
 * drawing's own version, because the cache is never invalidated any other way.
 */
export async function drawnFile(kind: string, input: string, draw: () => Promise<Buffer | string>): Promise<string> {
  const key = createHash('sha256').update(input).digest('hex');
  const file = path.join(buildCacheDir(), 'drawn', kind, key.slice(0, 2), key);
  try {
    await access(file);
    return file;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const body = Buffer.from(await draw());
  await mkdir(path.dirname(file), { recursive: true });
  // A build killed halfway must never leave half a file for the next night to reuse.
  await writeFileAtomically(file, body);
  return file;
}

/** The bytes of the cached file for `input` (see `drawnFile`). */
export async function cachedDrawing(kind: string, input: string, draw: () => Promise<Buffer | string>): Promise<Buffer> {
  return readFile(await drawnFile(kind, input, draw));
}
