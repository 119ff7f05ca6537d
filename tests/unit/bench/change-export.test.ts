import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChangedExport } from '../../../scripts/bench/change-export.ts';
import { parseCsv } from '../../../src/registry/csv.ts';

describe('the "1% changed" night of the benchmark', () => {
  let dir: string;
  const header = ['STT', 'Mã SP', 'Ngày QĐ', 'Ngày hết hạn', 'Mô tả', 'Ảnh'];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-change-'));
    await mkdir(path.join(dir, 'images'));
    const rows = [header.join(',')];
    for (let i = 1; i <= 400; i++) {
      const code = `P01-${String(i).padStart(5, '0')}`;
      rows.push([i, code, '01/03/2025', '', `"Mô tả, số ${i}"`, `p01-${String(i).padStart(5, '0')}.jpg`].join(','));
      if (i % 100 === 0)
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#a33' } })
          .jpeg()
          .toFile(path.join(dir, 'images', `p01-${String(i).padStart(5, '0')}.jpg`));
    }
    await writeFile(path.join(dir, 'registry.csv'), `${rows.join('\r\n')}\r\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('changes 1% of the products, gives half of those a new photo, and lapses another 1% the day before the build', async () => {
    const out = path.join(dir, 'changed.csv');
    const summary = await writeChangedExport(path.join(dir, 'registry.csv'), out, '2026-11-23');
    expect(summary).toEqual({ changed: 4, newPhotos: 2, lapsed: 4 });
    const before = parseCsv(await readFile(path.join(dir, 'registry.csv'), 'utf8'));
    const after = parseCsv(await readFile(out, 'utf8'));
    expect(after.length).toBe(before.length);
    const differing = after.filter((row, index) => row.join('|') !== before[index]!.join('|'));
    expect(differing).toHaveLength(8);
    expect(after[50]![3]).toBe('22/11/2026');
    expect(after[200]![5]).toBe('p01-00200-moi.jpg');
    expect(after[100]![4]).toMatch(/^Mô tả, số 100 .+/);
  });

  it('writes the same file twice from the same export', async () => {
    await writeChangedExport(path.join(dir, 'registry.csv'), path.join(dir, 'a.csv'), '2026-11-23');
    await writeChangedExport(path.join(dir, 'registry.csv'), path.join(dir, 'b.csv'), '2026-11-23');
    expect(await readFile(path.join(dir, 'a.csv'), 'utf8')).toBe(await readFile(path.join(dir, 'b.csv'), 'utf8'));
  });
});
