/**
 * The share images and product cards are drawn by sharp from SVG, and sharp
 * finds fonts through fontconfig, which cannot read the site's WOFF2 files. The
 * site's own WOFF files split Latin and Vietnamese glyphs between two files per
 * weight, and fontconfig would then pick one file per run of text and may lose a
 * diacritic (ặ, ỗ, ữ) to another font. So this step copies the full TrueType
 * faces of Be Vietnam Pro (every Latin and Vietnamese glyph in one file, from
 * `@expo-google-fonts/be-vietnam-pro`) into a cache folder and writes a
 * fontconfig file naming only that folder: drawings use the site's typeface and
 * never a font of the build machine.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../util/atomic-write.ts';

const FONT_PACKAGE = fileURLToPath(new URL('../../node_modules/@expo-google-fonts/be-vietnam-pro/', import.meta.url));
/** The weights the drawings use: regular text and bold titles. */
export const SHARE_FONT_FACES = ['400Regular', '700Bold'] as const;

/** The packaged TrueType file of one face. */
export function shareFontSource(face: (typeof SHARE_FONT_FACES)[number]): string {
  return path.join(FONT_PACKAGE, face, `BeVietnamPro_${face}.ttf`);
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
  const wanted = SHARE_FONT_FACES.map((face) => `be-vietnam-pro-${face}.ttf`);
  for (const [i, face] of SHARE_FONT_FACES.entries()) await replaceIfChanged(path.join(fontsDir, wanted[i]!), await readFile(shareFontSource(face)));
  // Faces an earlier version left (the split Latin/Vietnamese files) would compete with the
  // full ones. Unlinking is safe under a running build: its mapped copy lives on.
  for (const name of await readdir(fontsDir)) if (name.endsWith('.ttf') && !wanted.includes(name)) await rm(path.join(fontsDir, name), { force: true });
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
