/**
 * bad-photos-never-fail-the-night: a tiny export whose images/ holds a good
 * photo, a truncated PNG and JPEG, a folder named dir.jpg, a link to
 * /etc/passwd and text named .jpg, plus a photo link and a dead link on a local
 * server, goes through the real import and the real photo step. The import
 * reports each bad photo on its row, the photo step skips the damaged ones by
 * name, and every product is still published.
 */
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preparePhotos, type PhotoStepResult } from '../../src/pipeline/photos.ts';
import { importRegistry, type ImportReport } from '../../src/registry/import.ts';
import type { Product } from '../../src/schemas/product.ts';

let work: string;
let server: Server;
let base: string;
let report: ImportReport;
let products: Product[];
let outDir: string;
let photoStep: PhotoStepResult;
let served = 0;

const detailed = (format: 'png' | 'jpeg') => {
  const noise = Buffer.from(Array.from({ length: 320 * 240 * 3 }, (_, i) => (i * 7919) % 251));
  return sharp(noise, { raw: { width: 320, height: 240, channels: 3 } })
    .toFormat(format)
    .toBuffer();
};
const half = (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1);

const HEADER = 'Mã SP,Tên SP,Chủ thể,Loại hình,Số sao,Số quyết định,Ngày cấp,Bộ sản phẩm,Tỉnh,Ảnh';
const row = (n: number, photo: string) =>
  `HP-00${n},Bánh đậu xanh số ${n},HTX Bánh đậu Hải Phòng,HTX,4,51${n}/QĐ-UBND,20/05/2025,"Chế biến từ gạo, ngũ cốc",Hải Phòng,${photo}`;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ocop-import-photos-'));
  const good = await detailed('jpeg');
  server = createServer((request, response) => {
    if (request.url === '/anh/banh-dau.jpg') {
      served++;
      response.writeHead(200, { 'content-type': 'image/jpeg' }).end(good);
    } else response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const images = path.join(work, 'images');
  await mkdir(images);
  await writeFile(path.join(images, 'good.jpg'), good);
  await writeFile(path.join(images, 'cut.png'), half(await detailed('png')));
  await writeFile(path.join(images, 'cut.jpg'), half(good));
  await mkdir(path.join(images, 'dir.jpg'));
  await symlink('/etc/passwd', path.join(images, 'passwd.jpg'));
  await writeFile(path.join(images, 'notes.jpg'), 'gửi ảnh sau');
  const photos = ['good.jpg', 'cut.png', 'cut.jpg', 'dir.jpg', 'passwd.jpg', 'notes.jpg', `${base}/anh/banh-dau.jpg`, `${base}/anh/khong-co.jpg`];
  await writeFile(path.join(work, 'export.csv'), `${[HEADER, ...photos.map((photo, i) => row(i + 1, photo))].join('\n')}\n`);

  vi.stubEnv('OCOP_PHOTO_CACHE_DIR', path.join(work, 'photo-cache'));
  outDir = path.join(work, 'registry');
  report = await importRegistry({ input: path.join(work, 'export.csv'), asOf: '2026-11-23', outDir, reportFile: path.join(work, 'report.json') });
  products = JSON.parse(await readFile(path.join(outDir, 'products.json'), 'utf8')) as Product[];
  photoStep = await preparePhotos(path.join(outDir, 'images'), path.join(work, 'build-cache'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

describe('bad photos never fail the night', () => {
  it('publishes every product, photo or not', () => {
    expect(report.counts.published).toBe(8);
    expect(products).toHaveLength(8);
  });

  it('reports each photo the import can see is bad on its row, naming the file or link', () => {
    const photoWarnings = report.warnings.filter((w) => w.column === 'Ảnh').map((w) => [w.row, w.reason]);
    expect(photoWarnings).toEqual([
      [5, 'image "dir.jpg" is a folder, not a photo; left out'],
      [6, 'image "passwd.jpg" is a link to a file outside images/ (links out of the folder are never followed); left out'],
      [7, 'image "notes.jpg" is not a JPEG, PNG, WebP, AVIF or GIF image (it is text); left out'],
      [9, `image link ${base}/anh/khong-co.jpg answered 404 Not Found; left out`],
    ]);
  });

  it('copies the good photo, the downloaded one and the truncated ones, and never /etc/passwd', async () => {
    const copied = await readdir(path.join(outDir, 'images'));
    expect(copied.filter((name) => !name.startsWith('web-'))).toEqual(['cut.jpg', 'cut.png', 'good.jpg']);
    const downloaded = products.find((p) => p.code === 'HP-007')!.image!;
    expect(downloaded).toMatch(/^web-[0-9a-f]{32}\.jpg$/);
    expect(copied).toContain(downloaded);
    expect(report.output.images).toBe(4);
    for (const name of copied) expect((await readFile(path.join(outDir, 'images', name), 'latin1')).includes('root:')).toBe(false);
  });

  it('gives the products with bad photos no image field, so their pages show the placeholder', () => {
    const imageOf = Object.fromEntries(products.map((p) => [p.code, p.image]));
    expect(imageOf).toMatchObject({ 'HP-001': 'good.jpg', 'HP-004': undefined, 'HP-005': undefined, 'HP-006': undefined, 'HP-008': undefined });
  });

  it('lets the photo step skip the truncated PNG and JPEG by name and encode the rest', () => {
    expect(Object.keys(photoStep.manifest).sort()).toEqual(['good.jpg', products.find((p) => p.code === 'HP-007')!.image!].sort());
    expect(photoStep.skipped.map((s) => s.file)).toEqual(['cut.jpg', 'cut.png']);
  });

  it('downloads a photo link once: the next import takes it from the cache', async () => {
    expect(served).toBe(1);
    await importRegistry({ input: path.join(work, 'export.csv'), asOf: '2026-11-23', outDir, reportFile: path.join(work, 'report-2.json') });
    expect(served).toBe(1);
  });
});
