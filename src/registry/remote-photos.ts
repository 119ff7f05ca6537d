/**
 * Photos given as web links (offices paste them from their websites or drives):
 * each link is downloaded once into the photo download cache, a folder kept
 * between nights, under a name made of a hash of the link and the extension of
 * the type found in its bytes (`web-<32 hex>.jpg`). The importer then copies it
 * into the registry's `images/` like a photo from the export's own folder.
 *
 * Policy:
 * - A link found in the cache is never fetched again: a province's photo link
 *   rarely changes what it shows, and the site's output stays the same night
 *   after night. To take a new photo, give a new link (or put the file in
 *   `images/`); to fetch everything again, empty the cache folder.
 * - A link that failed is tried again the next night, after the links never
 *   tried, so dead links cannot starve new ones (`failures.json` in the cache).
 * - Limits: 10 MB, counted while the body streams in; 15 s per photo from
 *   connecting to the last byte; 8 downloads at once; 120 s for all of an
 *   import's downloads, after which the rest get the placeholder tonight.
 *   Only http and https, also for redirects (at most 3); a link holding a user
 *   name or password is refused. The answer must say `Content-Type: image/…`
 *   and its bytes must be a JPEG, PNG, WebP, AVIF or GIF within the pixel limit
 *   that decodes whole (a body cut short is not kept).
 * - Hosts on private networks (an office's LAN server) are allowed: the export's
 *   author can already put any file in `images/`, and nothing but a checked
 *   image is ever kept, so a link to an internal page gains nothing.
 * - No cookies or credentials are sent (Node's fetch keeps no cookie jar); the
 *   User-Agent names the catalogue.
 * Every failure is a reason for the report, never an exception.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../util/atomic-write.ts';
import { inParallel } from '../util/in-parallel.ts';
import { checkPhotoHeader, EXTENSION_OF, MAX_PHOTO_PIXELS, megabytes, type PhotoType } from './photo-file.ts';

export interface RemotePhotoOptions {
  /** The download cache, kept between nights. */
  cacheDir: string;
  /** One photo, from connecting to its last byte. */
  timeoutMs: number;
  /** All of one import's downloads together; links not fetched by then get the placeholder and are tried next time. */
  budgetMs: number;
  /** Downloads at once. */
  parallel: number;
  /** Largest photo body, in bytes. */
  maxBytes: number;
  maxRedirects: number;
  /** Sent with every request. */
  userAgent: string;
}

export const REMOTE_PHOTO_DEFAULTS: Omit<RemotePhotoOptions, 'cacheDir'> = {
  timeoutMs: 15_000,
  budgetMs: 120_000,
  parallel: 8,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 3,
  userAgent: 'OCOP-catalogue-photo-fetch/1 (open catalogue of OCOP products; downloads each product photo once)',
};

/** `OCOP_PHOTO_CACHE_DIR`, else `remote-photos/` in `OCOP_CACHE_DIR`, else in `.cache/`. */
export function defaultPhotoCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.OCOP_PHOTO_CACHE_DIR || path.join(env.OCOP_CACHE_DIR || '.cache', 'remote-photos'));
}

export type RemotePhoto = { ok: true; name: string; file: string } | { ok: false; reason: string };

const CACHED = /^web-([0-9a-f]{32})\.(jpg|png|webp|avif|gif)$/;
const FAILURES_FILE = 'failures.json';

/** Each link's photo in the cache (fetched now or on an earlier night), or why there is none. */
export async function fetchRemotePhotos(links: readonly string[], options: RemotePhotoOptions): Promise<Map<string, RemotePhoto>> {
  await mkdir(options.cacheDir, { recursive: true });
  const cached = new Map<string, string>();
  for (const name of await readdir(options.cacheDir)) {
    const match = CACHED.exec(name);
    if (match) cached.set(match[1]!, name);
  }
  const failures = await readFailures(options.cacheDir);
  const results = new Map<string, RemotePhoto>();
  const queue: string[] = [];
  for (const link of new Set(links)) {
    const name = cached.get(keyOf(link));
    if (name) results.set(link, { ok: true, name, file: path.join(options.cacheDir, name) });
    else queue.push(link);
  }
  // Links never tried first, then those that failed before, longest ago first.
  const failedAt = (link: string) => failures[keyOf(link)]?.at ?? '';
  queue.sort((a, b) => (failedAt(a) < failedAt(b) ? -1 : failedAt(a) > failedAt(b) ? 1 : 0));

  const budget = AbortSignal.timeout(options.budgetMs);
  const outOfTime = `was not fetched: the import's ${options.budgetMs / 1000} s for downloading photos ran out (tried again next import)`;
  await inParallel(queue, options.parallel, async (link) => {
    if (budget.aborted) return void results.set(link, { ok: false, reason: outOfTime });
    try {
      const { bytes, type } = await download(link, options, budget);
      const name = `web-${keyOf(link)}.${EXTENSION_OF[type]}`;
      await writeFileAtomically(path.join(options.cacheDir, name), bytes);
      delete failures[keyOf(link)];
      results.set(link, { ok: true, name, file: path.join(options.cacheDir, name) });
    } catch (error) {
      if (budget.aborted && !(error instanceof Refused)) return void results.set(link, { ok: false, reason: outOfTime });
      const reason = reasonOf(error, options);
      failures[keyOf(link)] = { link, reason, at: new Date().toISOString() };
      results.set(link, { ok: false, reason });
    }
  });
  if (queue.length > 0) await writeFileAtomically(path.join(options.cacheDir, FAILURES_FILE), `${JSON.stringify(failures, null, 2)}\n`);
  return results;
}

/** Why a link gave no photo, as the end of "image link … ". */
class Refused extends Error {}

async function download(link: string, options: RemotePhotoOptions, budget: AbortSignal): Promise<{ bytes: Buffer; type: PhotoType }> {
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), budget]);
  let url = new URL(link);
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refused(`leads to a ${url.protocol} link; only http and https are fetched`);
    if (url.username || url.password) throw new Refused('holds a user name or password; such links are not fetched');
    const response = await fetch(url, {
      redirect: 'manual',
      signal,
      credentials: 'omit',
      headers: { 'User-Agent': options.userAgent, Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,image/*;q=0.8' },
    });
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new Refused(`answered ${response.status} (redirect) without saying where to`);
      if (redirects >= options.maxRedirects) throw new Refused(`redirects more than ${options.maxRedirects} times`);
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Refused(`answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!contentType.startsWith('image/')) {
      await response.body?.cancel();
      throw new Refused(
        contentType === 'text/html'
          ? 'opens a web page, not the photo itself (link the image file)'
          : `is served as "${contentType || 'no type'}", not as an image`,
      );
    }
    const bytes = await readBody(response, options.maxBytes);
    const header = checkPhotoHeader((offset, length) => bytes.subarray(offset, offset + length));
    if ('problem' in header) throw new Refused(header.problem);
    // Loaded here, not at the top: an import without links does not pay for loading libvips (60 MiB).
    const { default: sharp } = await import('sharp');
    try {
      // Whole, as the photo step will: a body cut short or damaged data is not kept.
      await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).resize(64, 64, { fit: 'inside' }).toBuffer();
    } catch {
      throw new Refused('is damaged or cut short (it cannot be decoded)');
    }
    return { bytes, type: header.type };
  }
}

/** The body, stopped as soon as it passes the limit (a declared length is checked before reading). */
async function readBody(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = `is larger than the ${megabytes(maxBytes)} a downloaded photo may have`;
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Refused(tooLarge);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new Refused(tooLarge); // leaving the loop cancels the stream
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

function reasonOf(error: unknown, options: RemotePhotoOptions): string {
  if (error instanceof Refused) return error.message;
  if (error instanceof Error && error.name === 'TimeoutError') return `did not arrive within ${options.timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not be fetched: host "${hostOf(error)}" not found`;
  if (code === 'ECONNREFUSED') return 'could not be fetched: the server refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'could not be fetched: the server closed the connection';
  if (/CERT|SSL|TLS/i.test(code)) return `could not be fetched: the site's HTTPS certificate is not valid (${code})`;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not be fetched: ${message}`;
}

function hostOf(error: unknown): string {
  const cause = (error as { cause?: { hostname?: string } }).cause;
  return cause?.hostname ?? '?';
}

/** The cache key: a hash of the link as a URL (so `HTTPS://Host/a.jpg` and `https://host/a.jpg` are one). */
function keyOf(link: string): string {
  let href = link;
  try {
    href = new URL(link).href;
  } catch {
    // not a URL: download() refuses it; the key only has to be stable
  }
  return createHash('sha256').update(href).digest('hex').slice(0, 32);
}

interface Failure {
  link: string;
  reason: string;
  /** When it last failed (ISO time). */
  at: string;
}

async function readFailures(cacheDir: string): Promise<Record<string, Failure>> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir, FAILURES_FILE), 'utf8')) as Record<string, Failure>;
  } catch {
    return {};
  }
}
