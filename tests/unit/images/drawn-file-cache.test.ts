import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedDrawing } from '../../../src/images/drawn-file-cache.ts';
import { qrSvg } from '../../../src/images/qr.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'drawn-cache-'));
  vi.stubEnv('OCOP_CACHE_DIR', cacheDir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(cacheDir, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe('cachedDrawing', () => {
  it('draws a file once and reads it back on a later call with the same input', async () => {
    const draw = vi.fn(async () => Buffer.from('drawn bytes'));
    const first = await cachedDrawing('card', 'input A', draw);
    const second = await cachedDrawing('card', 'input A', draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(second.equals(first)).toBe(true);
    expect(second.toString()).toBe('drawn bytes');
  });

  it('draws again when the input changes, and keeps both', async () => {
    const draw = vi.fn(async () => `drawn ${draw.mock.calls.length}`);
    await cachedDrawing('card', 'input A', draw);
    const other = await cachedDrawing('card', 'input B', draw);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(other.toString()).toBe('drawn 2');
    expect(await filesUnder(cacheDir)).toHaveLength(2);
  });

  it('leaves no file behind when drawing fails, so the next night draws it again', async () => {
    await expect(
      cachedDrawing('card', 'input A', async () => {
        throw new Error('font missing');
      }),
    ).rejects.toThrow('font missing');
    expect(await filesUnder(cacheDir)).toEqual([]);
    const redraw = vi.fn(async () => 'ok');
    expect((await cachedDrawing('card', 'input A', redraw)).toString()).toBe('ok');
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('lets several pages draw the same file at once (pages render eight at a time)', async () => {
    const drawings = await Promise.all(Array.from({ length: 8 }, () => cachedDrawing('card', 'same input', async () => 'same bytes')));
    expect(drawings.every((bytes) => bytes.toString() === 'same bytes')).toBe(true);
    expect(await filesUnder(cacheDir)).toHaveLength(1);
  });

  it('serves the same QR code from the cache as it drew, and a different one for another URL', async () => {
    const drawn = await qrSvg('https://ocop.example.vn/san-pham/a/');
    const cached = await qrSvg('https://ocop.example.vn/san-pham/a/');
    const other = await qrSvg('https://ocop.example.vn/san-pham/b/');
    expect(cached).toBe(drawn);
    expect(drawn).toMatch(/^<svg/);
    expect(other).not.toBe(drawn);
    expect(await filesUnder(cacheDir)).toHaveLength(2);
  });
});
