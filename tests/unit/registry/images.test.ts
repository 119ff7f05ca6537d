/**
 * Photos at import: the cheap, certain checks on files in images/ beside the
 * export, and photo links downloaded once into the cache, against a local
 * server. Every problem is a warning on the row naming the file or link; none
 * stops the import.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdentifiedRecord } from '../../../src/registry/record.ts';
import { planImages, type PhotoOptions } from '../../../src/registry/images.ts';
import { checkPhotoHeader } from '../../../src/registry/photo-file.ts';

const COLUMN = 'Ảnh';
let root: string;
let exportFile: string;
let images: string;
let cacheDir: string;

/** One product row per photo, rows numbered from 2 as in a sheet. */
const rows = (...photos: string[]) => photos.map((image, i) => ({ id: `p${i + 2}`, row: i + 2, image }) as IdentifiedRecord);
const jpeg = (width = 400, height = 300) =>
  sharp({ create: { width, height, channels: 3, background: '#b84' } })
    .jpeg()
    .toBuffer();

function bombPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr[8] = 8;
  const body = Buffer.concat([Buffer.from('IHDR'), ihdr]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13]), body, crc]);
}

async function truncatedPng(): Promise<Buffer> {
  const noise = Buffer.from(Array.from({ length: 200 * 150 * 3 }, (_, i) => (i * 7919) % 251));
  const bytes = await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } })
    .png()
    .toBuffer();
  return bytes.subarray(0, bytes.length >> 1);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'import-photos-'));
  exportFile = path.join(root, 'export.csv');
  images = path.join(root, 'images');
  cacheDir = path.join(root, 'photo-cache');
  await mkdir(images);
  await writeFile(exportFile, 'Tên SP,Ảnh\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('photos in images/ beside the export', () => {
  it('copies a good photo and gives the product its file name', async () => {
    await writeFile(path.join(images, 'banh-gai.jpg'), await jpeg());
    const plan = await planImages(rows('banh-gai.jpg', 'banh-gai.jpg'), exportFile, COLUMN);
    expect(plan.imageOf).toEqual(
      new Map([
        ['p2', 'banh-gai.jpg'],
        ['p3', 'banh-gai.jpg'],
      ]),
    );
    expect(plan.files).toEqual(['banh-gai.jpg']);
    expect(plan.copies).toEqual([{ name: 'banh-gai.jpg', from: path.join(images, 'banh-gai.jpg') }]);
    expect(plan.warnings).toEqual([]);
  });

  it('reports a missing photo and a folder named dir.jpg instead of crashing', async () => {
    await mkdir(path.join(images, 'dir.jpg'));
    const plan = await planImages(rows('missing.jpg', 'dir.jpg'), exportFile, COLUMN);
    expect(plan.files).toEqual([]);
    expect(plan.warnings).toEqual([
      { row: 2, column: COLUMN, reason: 'image "missing.jpg" is not in images/ beside the export; left out' },
      { row: 3, column: COLUMN, reason: 'image "dir.jpg" is a folder, not a photo; left out' },
    ]);
  });

  it('never follows a link out of images/, and follows one to another photo inside it', async () => {
    await writeFile(path.join(images, 'real.jpg'), await jpeg());
    await symlink('/etc/passwd', path.join(images, 'passwd.jpg'));
    await symlink('../export.csv', path.join(images, 'up.jpg'));
    await symlink('real.jpg', path.join(images, 'alias.jpg'));
    await symlink('nowhere.jpg', path.join(images, 'dangling.jpg'));
    const plan = await planImages(rows('passwd.jpg', 'up.jpg', 'alias.jpg', 'dangling.jpg'), exportFile, COLUMN);
    expect(plan.copies).toEqual([{ name: 'alias.jpg', from: path.join(images, 'real.jpg') }]);
    expect(plan.imageOf).toEqual(new Map([['p4', 'alias.jpg']]));
    expect(plan.warnings.map((w) => [w.row, w.reason])).toEqual([
      [2, 'image "passwd.jpg" is a link to a file outside images/ (links out of the folder are never followed); left out'],
      [3, 'image "up.jpg" is a link to a file outside images/ (links out of the folder are never followed); left out'],
      [5, 'image "dangling.jpg" is a link to a file that does not exist; left out'],
    ]);
  });

  it('accepts an images/ folder that is itself a link (photos on another disk)', async () => {
    const elsewhere = path.join(root, 'mounted-photos');
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'a.jpg'), await jpeg());
    await rm(images, { recursive: true });
    await symlink(elsewhere, images);
    const plan = await planImages(rows('a.jpg'), exportFile, COLUMN);
    expect(plan.copies).toEqual([{ name: 'a.jpg', from: path.join(elsewhere, 'a.jpg') }]);
  });

  it('refuses text, a web page, a program and an empty file named .jpg, saying what each is', async () => {
    await writeFile(path.join(images, 'notes.jpg'), 'Ảnh sẽ gửi sau\n');
    await writeFile(path.join(images, 'page.jpg'), '<!doctype html><title>Google Drive</title>');
    await writeFile(path.join(images, 'program.jpg'), Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(64)]));
    await writeFile(path.join(images, 'empty.jpg'), '');
    const plan = await planImages(rows('notes.jpg', 'page.jpg', 'program.jpg', 'empty.jpg'), exportFile, COLUMN);
    expect(plan.files).toEqual([]);
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      'image "notes.jpg" is not a JPEG, PNG, WebP, AVIF or GIF image (it is text); left out',
      'image "page.jpg" is not a JPEG, PNG, WebP, AVIF or GIF image (it starts like a web page or an SVG); left out',
      'image "program.jpg" is not a JPEG, PNG, WebP, AVIF or GIF image (it is a program); left out',
      'image "empty.jpg" is empty; left out',
    ]);
  });

  it('refuses a file over 20 MB and a decompression bomb by their headers, without decoding', async () => {
    await writeFile(path.join(images, 'huge.jpg'), await jpeg());
    await truncate(path.join(images, 'huge.jpg'), 25 * 1024 * 1024); // sparse: costs no disk
    await writeFile(path.join(images, 'bomb.png'), bombPng());
    const plan = await planImages(rows('huge.jpg', 'bomb.png'), exportFile, COLUMN);
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      'image "huge.jpg" is 25 MB, more than the 20 MB a photo may have; left out',
      'image "bomb.png" is 30000×30000 pixels, more than the 100 megapixels a photo may have; left out',
    ]);
  });

  it('passes a truncated PNG whose header is whole: the photo step catches it when decoding', async () => {
    await writeFile(path.join(images, 'cut.png'), await truncatedPng());
    const plan = await planImages(rows('cut.png'), exportFile, COLUMN);
    expect([plan.files, plan.warnings]).toEqual([['cut.png'], []]);
  });

  it.skipIf(process.platform === 'win32')('does not hang on a named pipe called .jpg', async () => {
    execFileSync('mkfifo', [path.join(images, 'pipe.jpg')]);
    const plan = await planImages(rows('pipe.jpg'), exportFile, COLUMN);
    expect(plan.warnings.map((w) => w.reason)).toEqual(['image "pipe.jpg" is not a regular file; left out']);
  });

  it('reports every name when there is no images/ folder at all', async () => {
    await rm(images, { recursive: true });
    const plan = await planImages(rows('a.jpg', 'b.png'), exportFile, COLUMN);
    expect(plan.warnings.map((w) => w.row)).toEqual([2, 3]);
  });
});

describe('reading a photo header', () => {
  const readerOf = (bytes: Buffer) => (offset: number, length: number) => bytes.subarray(offset, offset + length);
  const source = () => sharp({ create: { width: 321, height: 123, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 0.5 } } });

  it.each([
    ['JPEG', 'jpeg', () => source().jpeg().toBuffer()],
    [
      'JPEG with EXIF before the frame',
      'jpeg',
      () =>
        source()
          .jpeg()
          .withExif({ IFD0: { Copyright: 'HTX'.repeat(3000) } })
          .toBuffer(),
    ],
    ['progressive JPEG', 'jpeg', () => source().jpeg({ progressive: true }).toBuffer()],
    ['PNG', 'png', () => source().png().toBuffer()],
    ['GIF', 'gif', () => source().gif().toBuffer()],
    ['lossy WebP', 'webp', () => source().removeAlpha().webp().toBuffer()],
    ['lossless WebP', 'webp', () => source().webp({ lossless: true }).toBuffer()],
    ['WebP with alpha (VP8X)', 'webp', () => source().webp({ alphaQuality: 50 }).toBuffer()],
    ['AVIF', 'avif', () => source().avif().toBuffer()],
  ] as const)('reads type and size of a %s', async (_, type, make) => {
    expect(checkPhotoHeader(readerOf(await make()))).toEqual({ type, width: 321, height: 123 });
  });
});

// --- photo links, against a local server --------------------------------------------------

let server: Server;
let base: string;
let goodJpeg: Buffer;
const hits = new Map<string, number>();
const order: string[] = [];

const ROUTES: Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>> = {
  '/good.jpg': (_, res) => void res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': goodJpeg.length }).end(goodJpeg),
  '/missing.jpg': (_, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/slow.jpg': (_, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(goodJpeg), 3000),
  '/stalls.jpg': (_, res) => {
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.write(goodJpeg.subarray(0, 100)); // then nothing
  },
  '/endless.jpg': (_, res) => {
    // A body that never ends: only a limit counted while streaming stops it.
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    const chunk = Buffer.concat([goodJpeg.subarray(0, 4), Buffer.alloc(64 * 1024)]);
    const more = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', more);
    };
    more();
  },
  '/declared-huge.jpg': (_, res) => {
    res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': 50 * 1024 * 1024 });
    res.write(goodJpeg);
  },
  '/page-as-jpeg.jpg': (_, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<!doctype html><p>Đăng nhập để xem ảnh</p>'),
  '/drive-share': (_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><img src=x>'),
  '/cut.jpg': (_, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(goodJpeg.subarray(0, goodJpeg.length - 200)),
  '/r1': (_, res) => void res.writeHead(301, { location: '/r2' }).end(),
  '/r2': (_, res) => void res.writeHead(302, { location: `${base}/r3` }).end(),
  '/r3': (_, res) => void res.writeHead(307, { location: '/good.jpg' }).end(),
  '/r0': (_, res) => void res.writeHead(308, { location: '/r1' }).end(),
  '/to-file': (_, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/new.jpg': (_, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(goodJpeg),
};

beforeAll(async () => {
  // Enough detail that cutting off the end leaves a file that does not decode.
  const noise = Buffer.from(Array.from({ length: 300 * 200 * 3 }, (_, i) => (i * 7919) % 251));
  goodJpeg = await sharp(noise, { raw: { width: 300, height: 200, channels: 3 } })
    .jpeg()
    .toBuffer();
  server = createServer((request, response) => {
    const route = request.url ?? '';
    hits.set(route, (hits.get(route) ?? 0) + 1);
    order.push(route);
    const handler = ROUTES[route];
    if (handler) void handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('photo links', () => {
  // A short timeout only where a test is about timeouts: a loaded machine can take longer than 0.5 s for four redirects.
  const remote = (timeoutMs = 10_000): PhotoOptions => ({ remote: { cacheDir, timeoutMs, budgetMs: 20_000, maxBytes: 256 * 1024 } });
  const link = (route: string) => `${base}${route}`;
  const hashName = /^web-[0-9a-f]{32}\.jpg$/;

  beforeEach(() => {
    hits.clear();
    order.length = 0;
  });

  it('downloads a good photo into the cache and gives the product its file name there', async () => {
    const plan = await planImages(rows(link('/good.jpg')), exportFile, COLUMN, remote());
    expect(plan.warnings).toEqual([]);
    const name = plan.imageOf.get('p2')!;
    expect(name).toMatch(hashName);
    expect(plan.copies).toEqual([{ name, from: path.join(cacheDir, name) }]);
    expect(await readFile(path.join(cacheDir, name))).toEqual(goodJpeg);
  });

  it('reuses the cached photo on the next import without asking the server again', async () => {
    const first = await planImages(rows(link('/good.jpg'), link('/r1')), exportFile, COLUMN, remote());
    expect(hits.get('/good.jpg')).toBe(2); // once directly, once at the end of the redirects
    hits.clear();
    const second = await planImages(rows(link('/good.jpg'), link('/r1')), exportFile, COLUMN, remote());
    expect(hits.size).toBe(0);
    expect(second.imageOf).toEqual(first.imageOf);
    expect(second.warnings).toEqual([]);
  });

  it('follows up to three redirects, and refuses a fourth and a redirect to a file: link', async () => {
    const plan = await planImages(rows(link('/r1'), link('/r0'), link('/to-file')), exportFile, COLUMN, remote());
    expect(plan.imageOf.get('p2')).toMatch(hashName);
    expect(plan.warnings.map((w) => [w.row, w.reason])).toEqual([
      [3, `image link ${link('/r0')} redirects more than 3 times; left out`],
      [4, `image link ${link('/to-file')} leads to a file: link; only http and https are fetched; left out`],
    ]);
  });

  it('gives the placeholder and a reason for a 404, a timeout, a stalled body and a body cut short', async () => {
    const started = performance.now();
    const plan = await planImages(rows(link('/missing.jpg'), link('/slow.jpg'), link('/stalls.jpg'), link('/cut.jpg')), exportFile, COLUMN, remote(500));
    expect(performance.now() - started).toBeLessThan(2500); // the slow server answers after 3 s
    expect(plan.imageOf.size).toBe(0);
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      `image link ${link('/missing.jpg')} answered 404 Not Found; left out`,
      `image link ${link('/slow.jpg')} did not arrive within 0.5 s; left out`,
      `image link ${link('/stalls.jpg')} did not arrive within 0.5 s; left out`,
      `image link ${link('/cut.jpg')} is damaged or cut short (it cannot be decoded); left out`,
    ]);
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('web-'))).toEqual([]);
  });

  it('stops a body at the size limit while it streams, and refuses a declared length over it unread', async () => {
    const plan = await planImages(rows(link('/endless.jpg'), link('/declared-huge.jpg')), exportFile, COLUMN, remote());
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      `image link ${link('/endless.jpg')} is larger than the 0.3 MB a downloaded photo may have; left out`,
      `image link ${link('/declared-huge.jpg')} is larger than the 0.3 MB a downloaded photo may have; left out`,
    ]);
  });

  it('refuses a web page, whether it says text/html or pretends to be image/jpeg', async () => {
    const plan = await planImages(rows(link('/drive-share'), link('/page-as-jpeg.jpg')), exportFile, COLUMN, remote());
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      `image link ${link('/drive-share')} opens a web page, not the photo itself (link the image file); left out`,
      `image link ${link('/page-as-jpeg.jpg')} is not a JPEG, PNG, WebP, AVIF or GIF image (it starts like a web page or an SVG); left out`,
    ]);
  });

  it('names an unknown host, and never sends a user name or password', async () => {
    const plan = await planImages(
      rows('http://photos.ocop.invalid/a.jpg', `http://office:secret@127.0.0.1:${new URL(base).port}/good.jpg`),
      exportFile,
      COLUMN,
      remote(),
    );
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      'image link http://photos.ocop.invalid/a.jpg could not be fetched: host "photos.ocop.invalid" not found; left out',
      expect.stringContaining('holds a user name or password; such links are not fetched'),
    ]);
    expect(hits.size).toBe(0);
  });

  it('sends a User-Agent naming the catalogue and no cookie', async () => {
    let seen: IncomingMessage['headers'] = {};
    ROUTES['/headers.jpg'] = (request, res) => {
      seen = request.headers;
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(goodJpeg);
    };
    await planImages(rows(link('/headers.jpg')), exportFile, COLUMN, remote());
    expect(seen['user-agent']).toMatch(/^OCOP-catalogue/);
    expect(seen.cookie).toBeUndefined();
    expect(seen.authorization).toBeUndefined();
  });

  it('keeps a night with many dead links within its time budget: the rest get the placeholder and are tried next time', async () => {
    const dead = Array.from({ length: 20 }, (_, i) => link(`/slow.jpg?${i}`));
    for (let i = 0; i < 20; i++) ROUTES[`/slow.jpg?${i}`] = ROUTES['/slow.jpg']!;
    const started = performance.now();
    const plan = await planImages(rows(...dead), exportFile, COLUMN, { remote: { cacheDir, timeoutMs: 400, budgetMs: 900, parallel: 2 } });
    expect(performance.now() - started).toBeLessThan(2000);
    const reasons = plan.warnings.map((w) => w.reason);
    expect(reasons).toHaveLength(20);
    expect(reasons.filter((r) => r.includes('did not arrive within 0.4 s')).length).toBeGreaterThanOrEqual(2);
    expect(reasons.filter((r) => r.includes("was not fetched: the import's 0.9 s for downloading photos ran out")).length).toBeGreaterThanOrEqual(10);
  });

  it('tries links never tried before those that failed on an earlier night', async () => {
    await planImages(rows(link('/missing.jpg')), exportFile, COLUMN, remote());
    order.length = 0;
    await planImages(rows(link('/missing.jpg'), link('/new.jpg')), exportFile, COLUMN, { remote: { ...(remote().remote as object), parallel: 1 } });
    expect(order).toEqual(['/new.jpg', '/missing.jpg']);
  });

  it('fetches nothing when downloads are turned off', async () => {
    vi.stubEnv('OCOP_PHOTO_FETCH', 'off');
    try {
      const plan = await planImages(rows(link('/good.jpg')), exportFile, COLUMN, remote());
      expect(plan.warnings.map((w) => w.reason)).toEqual([
        `image link ${link('/good.jpg')} was not fetched: downloading photos is turned off (OCOP_PHOTO_FETCH=off); left out`,
      ]);
      expect(hits.size).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('goes on without link photos when the cache folder cannot be made', async () => {
    await writeFile(path.join(root, 'a-file'), '');
    const plan = await planImages(rows(link('/good.jpg')), exportFile, COLUMN, { remote: { cacheDir: path.join(root, 'a-file', 'cache') } });
    expect(plan.warnings.map((w) => w.reason)).toEqual([
      expect.stringMatching(/was not fetched: the photo download cache .* cannot be used \(ENOTDIR\); left out$/),
    ]);
  });
});
