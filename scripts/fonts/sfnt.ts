/**
 * Just enough of the OpenType file formats to check and measure the site's fonts:
 * the tables of a TrueType (sfnt) file or of a WOFF2 file (its untransformed
 * tables only: cmap, head, hhea, OS/2; WOFF2 may rewrite glyf, loca and hmtx),
 * which characters a font maps (cmap formats 4 and 12), its vertical metrics and
 * its glyphs' advance widths (hmtx). Node's zlib has the Brotli WOFF2 needs.
 */
import { brotliDecompressSync } from 'node:zlib';

export type Tables = Map<string, Buffer>;

/** The tables of a TrueType/OpenType file. */
export function sfntTables(file: Buffer): Tables {
  const tables: Tables = new Map();
  const count = file.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const offset = file.readUInt32BE(record + 8);
    tables.set(file.toString('latin1', record, record + 4), file.subarray(offset, offset + file.readUInt32BE(record + 12)));
  }
  return tables;
}

// WOFF2 names common tables by their index in this list (the specification's "known table tags").
const KNOWN_TAGS = (
  'cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB ' +
  'EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf ' +
  'Silf Glat Gloc Feat Sill'
)
  .split(' ')
  .map((tag) => tag.replace('_', ' '));

/** The tables of a WOFF2 file that it stores untransformed (transformed ones are left out). */
export function woff2Tables(file: Buffer): Tables {
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  const count = file.readUInt16BE(12);
  const compressedSize = file.readUInt32BE(20);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('bad UIntBase128 in the WOFF2 table directory');
  };
  const entries: { tag: string; length: number; transformed: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const flags = file[at++]!;
    let tag = KNOWN_TAGS[flags & 0x3f];
    if ((flags & 0x3f) === 0x3f) {
      tag = file.toString('latin1', at, at + 4);
      at += 4;
    }
    if (!tag) throw new Error(`unknown WOFF2 table index ${flags & 0x3f}`);
    const version = flags >> 6;
    const originalLength = base128();
    // glyf and loca are transformed unless their version is 3; every other table only when its version is not 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    entries.push({ tag, length: transformed ? base128() : originalLength, transformed });
  }
  const data = brotliDecompressSync(file.subarray(at, at + compressedSize));
  const tables: Tables = new Map();
  let offset = 0;
  for (const { tag, length, transformed } of entries) {
    if (!transformed) tables.set(tag, data.subarray(offset, offset + length));
    offset += length;
  }
  return tables;
}

function table(tables: Tables, tag: string): Buffer {
  const found = tables.get(tag);
  if (!found) throw new Error(`the font has no ${tag} table`);
  return found;
}

/** Code point → glyph id, from the Unicode subtable of cmap (format 12 if there is one, else format 4). */
export function characterMap(tables: Tables): Map<number, number> {
  const cmap = table(tables, 'cmap');
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  })).filter(({ platform, encoding }) => platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)));
  const map = new Map<number, number>();
  const full = subtables.find(({ offset }) => cmap.readUInt16BE(offset) === 12);
  if (full) {
    const s = cmap.subarray(full.offset);
    for (let g = 0, groups = s.readUInt32BE(12); g < groups; g++) {
      const [start, end, glyph] = [0, 4, 8].map((k) => s.readUInt32BE(16 + g * 12 + k)) as [number, number, number];
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const basic = subtables.find(({ offset }) => cmap.readUInt16BE(offset) === 4);
  if (!basic) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const s = cmap.subarray(basic.offset);
  const segments = s.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const start = s.readUInt16BE(starts + i * 2);
    const end = s.readUInt16BE(ends + i * 2);
    const delta = s.readInt16BE(deltas + i * 2);
    const rangeOffset = s.readUInt16BE(rangeOffsets + i * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      // With no range offset the glyph is the code point plus the delta; with one, it is looked up and then shifted (0 stays "missing").
      const looked = rangeOffset === 0 ? cp : s.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      const glyph = rangeOffset !== 0 && looked === 0 ? 0 : (looked + delta) & 0xffff;
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

export interface VerticalMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Positive: the distance below the baseline. */
  descent: number;
  lineGap: number;
}

/** The vertical metrics a browser lays lines out with: OS/2's typographic ones when the font asks for them, else hhea's. */
export function verticalMetrics(tables: Tables): VerticalMetrics {
  const unitsPerEm = table(tables, 'head').readUInt16BE(18);
  const os2 = tables.get('OS/2');
  if (os2 && os2.readUInt16BE(62) & 0x80) {
    return { unitsPerEm, ascent: os2.readInt16BE(68), descent: -os2.readInt16BE(70), lineGap: os2.readInt16BE(72) };
  }
  const hhea = table(tables, 'hhea');
  return { unitsPerEm, ascent: hhea.readInt16BE(4), descent: -hhea.readInt16BE(6), lineGap: hhea.readInt16BE(8) };
}

/** The advance width of each character of `text` in font units (0 for a character the font lacks). */
export function advanceWidths(tables: Tables, text: string): number[] {
  const glyphs = characterMap(tables);
  const hmtx = table(tables, 'hmtx');
  const metrics = table(tables, 'hhea').readUInt16BE(34);
  return [...text].map((ch) => {
    const glyph = glyphs.get(ch.codePointAt(0)!);
    if (glyph === undefined) return 0;
    return hmtx.readUInt16BE(Math.min(glyph, metrics - 1) * 4);
  });
}
