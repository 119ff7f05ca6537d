/**
 * Cuts the site's font files and writes their stylesheet:
 *
 *   node scripts/subset-fonts.ts
 *
 * 1. for each weight, subsets the full Be Vietnam Pro TrueType file (with its
 *    Vietnamese glyphs) to the ranges of scripts/fonts/site-fonts.ts, as one WOFF2
 *    (public/fonts/be-vietnam-pro-400.woff2, …-700.woff2);
 * 2. measures it against Arial (or Liberation Sans, Arial's metric twin, found
 *    with fontconfig) over the site's own words, the dictionaries of both
 *    languages, and writes src/layouts/fonts.css: the two faces (font-display:
 *    swap) and a fallback face per weight and language ("Be Vietnam Pro fallback
 *    vi"), the system font scaled (size-adjust) and given Be Vietnam Pro's ascent,
 *    descent and line gap, so text laid out in the fallback keeps its lines when
 *    the font arrives; and --font-text, the stack each language's pages use.
 *
 * The outputs are committed rather than made at every build: they change only
 * when the font package or the ranges do, the nightly build stays free of a
 * WebAssembly subsetter and fontconfig, and the files can be reviewed. Run it
 * again after changing either; tests/unit/site/site-fonts.test.ts checks that
 * the files cover every character of the sample's names.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { advanceWidths, characterMap, sfntTables, verticalMetrics, type Tables } from './fonts/sfnt.ts';
import { FAMILY, fallbackFamily, inRanges, SYSTEM_FONTS, WEIGHTS, type SystemFont, type Weight } from './fonts/site-fonts.ts';
import { LANGS, t, type Lang } from '../src/i18n/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const STYLESHEET = path.join(ROOT, 'src/layouts/fonts.css');

/** The site's words in one language: every plain string of its dictionary. */
function siteText(lang: Lang): string {
  return Object.values(t(lang))
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
}

/** The file of a system font at this weight, found with fontconfig, or undefined when the machine lacks it. */
function systemFontFile(system: SystemFont, weight: Weight['weight']): string | undefined {
  const pattern = `${system.families[0]}:weight=${weight === 700 ? 'bold' : 'regular'}`;
  const [family, file] = execFileSync('fc-match', ['--format=%{family[0]}\n%{file}', pattern], { encoding: 'utf8' }).split('\n');
  return system.families.includes(family!) ? file : undefined;
}

/** Total advance of `text` in ems, over the characters both fonts have. */
function textWidths(font: Tables, system: Tables, text: string): { font: number; system: number } {
  const a = advanceWidths(font, text);
  const b = advanceWidths(system, text);
  let fontUnits = 0;
  let systemUnits = 0;
  a.forEach((width, i) => {
    if (width > 0 && b[i]! > 0) {
      fontUnits += width;
      systemUnits += b[i]!;
    }
  });
  return { font: fontUnits / verticalMetrics(font).unitsPerEm, system: systemUnits / verticalMetrics(system).unitsPerEm };
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

async function subsetWeight(weight: Weight): Promise<string[]> {
  const source = await readFile(weight.source);
  const font = sfntTables(source);
  // Every character of the ranges the font has, so names tomorrow's export brings are covered too.
  const kept = [...characterMap(font).keys()].filter(inRanges);
  // Without TrueType hinting the files are half the size (as Google Fonts serves them to most systems);
  // today's screens and rasterisers do not need it.
  const woff2 = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2', noHinting: true });
  await writeFile(path.join(ROOT, 'public', weight.file), woff2);
  console.log(`${weight.file}: ${kept.length} characters, ${woff2.length} bytes`);
  const rules = [
    '@font-face {',
    `  font-family: "${FAMILY}";`,
    '  font-style: normal;',
    `  font-weight: ${weight.weight};`,
    '  font-display: swap;',
    `  src: url(/${weight.file}) format("woff2");`,
    '}',
  ];

  // One fallback per language: Vietnamese, with a space between every syllable, is
  // about 3% narrower against Arial than English is, enough to rewrap a line. Each
  // system font is measured on the letters it will draw: those the fonts before it lack.
  const m = verticalMetrics(font);
  for (const lang of LANGS) {
    let text = siteText(lang);
    for (const [index, system] of SYSTEM_FONTS.entries()) {
      const file = systemFontFile(system, weight.weight);
      if (!file) {
        if (index === 0) throw new Error(`fontconfig finds no ${system.families.join(' or ')}, whose metrics the fallback copies (Debian: fonts-liberation)`);
        console.log(`  ${system.families[0]} not found: its fallback face is left out`);
        continue;
      }
      const tables = sfntTables(await readFile(file));
      const widths = textWidths(font, tables, text);
      const has = characterMap(tables);
      text = [...text].filter((ch) => !has.has(ch.codePointAt(0)!)).join('');
      if (widths.system === 0) continue;
      const sizeAdjust = widths.font / widths.system;
      console.log(`  fallback (${lang}, ${system.families[0]}): size-adjust ${percent(sizeAdjust)}`);
      rules.push(
        '@font-face {',
        `  font-family: "${fallbackFamily(lang, index)}";`,
        '  font-style: normal;',
        `  font-weight: ${weight.weight};`,
        `  src: ${system.local[weight.weight].map((name) => `local("${name}")`).join(', ')};`,
        `  size-adjust: ${percent(sizeAdjust)};`,
        `  ascent-override: ${percent(m.ascent / m.unitsPerEm / sizeAdjust)};`,
        `  descent-override: ${percent(m.descent / m.unitsPerEm / sizeAdjust)};`,
        `  line-gap-override: ${percent(m.lineGap / m.unitsPerEm / sizeAdjust)};`,
        '}',
      );
    }
  }
  return rules;
}

const rules: string[] = [];
for (const weight of WEIGHTS) rules.push(...(await subsetWeight(weight)));
// Each language's text, a page or a part in another language (lang="vi" on an English
// page), is laid out in its own fallback until the font arrives.
rules.push('[lang] {', '  font-family: var(--font-text);', '}');
for (const lang of LANGS) {
  const fallbacks = SYSTEM_FONTS.map((_, index) => `"${fallbackFamily(lang, index)}"`).join(', ');
  rules.push(`:lang(${lang}) {`, `  --font-text: "${FAMILY}", ${fallbacks}, system-ui, sans-serif;`, '}');
}
await writeFile(
  STYLESHEET,
  [
    '/* Generated by scripts/subset-fonts.ts: do not edit. Be Vietnam Pro (SIL Open Font License, public/fonts/OFL.txt),',
    '   one file per weight for Latin and Vietnamese, and a fallback with its metrics so the swap moves nothing. */',
    ...rules,
    '',
  ].join('\n'),
);
console.log(`wrote ${path.relative(ROOT, STYLESHEET)}`);
