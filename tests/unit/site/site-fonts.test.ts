/**
 * The site's font files (scripts/subset-fonts.ts): one WOFF2 per weight that
 * holds every character the sample's pages write, so no Vietnamese word is ever
 * drawn half in Be Vietnam Pro and half in the fallback.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterMap, sfntTables, woff2Tables } from '../../../scripts/fonts/sfnt.ts';
import { FAMILY, fallbackFamily, inRanges, WEIGHTS } from '../../../scripts/fonts/site-fonts.ts';
import { PROVINCES } from '../../../src/domain/admin-units.ts';
import { t } from '../../../src/i18n/index.ts';

/** Every text the sample site is made of: the export (names, producers, places, descriptions), stories, fairs, province names, both dictionaries. */
function sampleText(): string {
  const files = [
    'content/sources/sample-registry.csv',
    // Stories' English versions sit in a folder beside them: read every text file below (not the stories' photos).
    ...['content/stories', 'content/events'].flatMap((dir) =>
      (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((e) => e.isFile() && /\.(md|json)$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name)),
    ),
  ];
  const dictionaries = (['vi', 'en'] as const).flatMap((lang) => Object.values(t(lang)).filter((v) => typeof v === 'string'));
  return [...files.map((file) => readFileSync(file, 'utf8')), ...PROVINCES.flatMap((p) => [p.fullName, p.nameEn]), ...dictionaries].join('\n');
}

// Star glyphs are drawn by the system's symbol font on purpose (Be Vietnam Pro has none); line breaks are not drawn.
const NOT_DRAWN = /[★\s\uFEFF]/u;

describe('the site fonts', () => {
  const characters = [...new Set(sampleText())].filter((ch) => !NOT_DRAWN.test(ch));

  it.each(WEIGHTS)('$file holds every character of the sample site', ({ file }) => {
    const map = characterMap(woff2Tables(readFileSync(path.join('public', file))));
    const missing = characters.filter((ch) => !map.has(ch.codePointAt(0)!));
    expect(missing.map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
    // The sample is mostly Vietnamese: a file without it could not pass, but check the letters that need it.
    for (const ch of 'ĂăĐđƠơƯưẠạẾếỮữỹ') expect(map.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it.each(WEIGHTS)('$file keeps every character of its ranges that the full font has', ({ file, source }) => {
    const full = [...characterMap(sfntTables(readFileSync(source))).keys()].filter(inRanges);
    const subset = characterMap(woff2Tables(readFileSync(path.join('public', file))));
    expect(full.length).toBeGreaterThan(300);
    expect(full.filter((cp) => !subset.has(cp))).toEqual([]);
  });

  it('declares one face per weight, swapped in, with a metric-matched fallback face per weight and language that its pages use', () => {
    const css = readFileSync('src/layouts/fonts.css', 'utf8');
    const faces = css.match(/@font-face \{[^}]*\}/g) ?? [];
    for (const { weight, file } of WEIGHTS) {
      const own = faces.filter((f) => f.includes(`"${FAMILY}"`) && f.includes(`font-weight: ${weight};`));
      expect(own).toHaveLength(1);
      expect(own[0]).toContain(`url(/${file})`);
      expect(own[0]).toContain('font-display: swap');
      for (const lang of ['vi', 'en'] as const) {
        const fallback = faces.filter((f) => f.includes(`"${fallbackFamily(lang)}"`) && f.includes(`font-weight: ${weight};`));
        expect(fallback).toHaveLength(1);
        expect(fallback[0]).toMatch(/src: local\("Arial/);
        for (const descriptor of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'])
          expect(fallback[0]).toMatch(new RegExp(`${descriptor}: \\d+(\\.\\d+)?%`));
      }
    }
    for (const lang of ['vi', 'en'] as const) {
      expect(css).toMatch(new RegExp(`:lang\\(${lang}\\) \\{\\s*--font-text: "${FAMILY}", "${fallbackFamily(lang)}",`));
    }
  });
});
