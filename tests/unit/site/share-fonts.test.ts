import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareShareFonts, woffToSfnt } from '../../../src/pipeline/share-fonts.ts';

const woff = readFileSync('node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff');

describe('share image fonts', () => {
  it('unpacks the self-hosted WOFF into a font file with the same tables at the sizes WOFF promised', () => {
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // flavor
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    for (let i = 0; i < numTables; i++) {
      const tag = sfnt.toString('latin1', 12 + i * 16, 16 + i * 16);
      const length = sfnt.readUInt32BE(12 + i * 16 + 12);
      expect(tag).toBe(woff.toString('latin1', 44 + i * 20, 48 + i * 20));
      expect(length).toBe(woff.readUInt32BE(44 + i * 20 + 12));
    }
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all..........................'))).toThrow(/WOFF/);
  });
});

describe('prepareShareFonts', () => {
  it('leaves files that are already right untouched, and replaces a wrong one by a new file rather than rewriting it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'share-fonts-'));
    try {
      const conf = await prepareShareFonts(dir);
      const font = path.join(dir, 'be-vietnam-pro-vietnamese-700.ttf');
      const before = await stat(font);
      expect(await prepareShareFonts(dir)).toBe(conf);
      const again = await stat(font);
      expect([again.ino, again.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

      await writeFile(font, 'damaged');
      const damaged = await stat(font);
      await prepareShareFonts(dir);
      const repaired = await stat(font);
      expect(repaired.ino).not.toBe(damaged.ino); // a process reading the old file keeps it
      expect((await readFile(font)).equals(woffToSfnt(woff))).toBe(true);
      expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
