import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareShareFonts, shareFontSource } from '../../../src/pipeline/share-fonts.ts';

const bold = readFileSync(shareFontSource('700Bold'));

describe('prepareShareFonts', () => {
  it('leaves files that are already right untouched, and replaces a wrong one by a new file rather than rewriting it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'share-fonts-'));
    try {
      const conf = await prepareShareFonts(dir);
      const font = path.join(dir, 'be-vietnam-pro-700Bold.ttf');
      const before = await stat(font);
      expect(await prepareShareFonts(dir)).toBe(conf);
      const again = await stat(font);
      expect([again.ino, again.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

      await writeFile(font, 'damaged');
      const damaged = await stat(font);
      await prepareShareFonts(dir);
      const repaired = await stat(font);
      expect(repaired.ino).not.toBe(damaged.ino); // a process reading the old file keeps it
      expect((await readFile(font)).equals(bold)).toBe(true);
      expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('uses one full face per weight and removes the split faces an earlier version left', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'share-fonts-'));
    try {
      await writeFile(path.join(dir, 'be-vietnam-pro-latin-700.ttf'), 'old split face');
      await prepareShareFonts(dir);
      expect((await readdir(dir)).filter((name) => name.endsWith('.ttf')).sort()).toEqual(['be-vietnam-pro-400Regular.ttf', 'be-vietnam-pro-700Bold.ttf']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
