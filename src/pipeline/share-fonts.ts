/**
 * The share images (Open Graph PNGs) are drawn by sharp from SVG, and sharp finds
 * fonts through fontconfig, which cannot read the site's WOFF2 files. This step
 * unpacks the self-hosted Be Vietnam Pro WOFF (1.0) files into plain TrueType in a
 * cache folder and writes a fontconfig file naming only that folder, so share
 * images use the site's own font and never a font of the build machine.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { writeFileAtomically } from '../util/atomic-write.ts';

const FONT_FILES = fileURLToPath(new URL('../../node_modules/@fontsource/be-vietnam-pro/files/', import.meta.url));
const FACES = ['latin-400', 'latin-700', 'vietnamese-400', 'vietnamese-700'];

/** WOFF 1.0 → sfnt (TrueType/OpenType): inflate each table and lay out a plain font file. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

/**
 * Writes the TrueType faces and a fontconfig file into `dir`; returns the fontconfig file's path.
 * Several builds may share `dir` (the nightly job, a developer's build, the tests), and
 * a build drawing share cards has the fonts mapped in memory: rewriting a font in place
 * under it kills it (SIGBUS). So a file that is already right is left alone, and one
 * that is not is written aside and renamed over, which leaves readers their old copy.
 */
export async function prepareShareFonts(dir: string): Promise<string> {
  const fontsDir = path.resolve(dir);
  await mkdir(fontsDir, { recursive: true });
  for (const face of FACES) {
    const woff = await readFile(path.join(FONT_FILES, `be-vietnam-pro-${face}-normal.woff`));
    await replaceIfChanged(path.join(fontsDir, `be-vietnam-pro-${face}.ttf`), woffToSfnt(woff));
  }
  const conf = path.join(fontsDir, 'fonts.conf');
  await replaceIfChanged(
    conf,
    Buffer.from(
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontsDir}</dir>\n  <cachedir>${path.join(fontsDir, 'cache')}</cachedir>\n</fontconfig>\n`,
    ),
  );
  return conf;
}

async function replaceIfChanged(file: string, bytes: Buffer): Promise<void> {
  const current = await readFile(file).catch(() => undefined);
  if (!current?.equals(bytes)) await writeFileAtomically(file, bytes);
}
