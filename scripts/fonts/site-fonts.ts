/**
 * The site's typeface, in one place: Be Vietnam Pro at the two weights the
 * stylesheet uses, one WOFF2 file per weight covering every Latin and Vietnamese
 * character the pages write, and the system font its metric-matched fallback
 * imitates. Read by scripts/subset-fonts.ts (which writes the files) and by the
 * unit test that checks them.
 */
import { createRequire } from 'node:module';

export const FAMILY = 'Be Vietnam Pro';
/**
 * The @font-face family of a system font (SYSTEM_FONTS, by index) adjusted to Be
 * Vietnam Pro's metrics for one language's text, used until the font arrives.
 */
export const fallbackFamily = (lang: 'vi' | 'en', index = 0): string => `${FAMILY} fallback ${lang}${index > 0 ? ` ${index + 1}` : ''}`;

/**
 * The code points kept, as inclusive ranges: Basic Latin, Latin-1, Latin Extended-A,
 * the horn letters Ơ ơ Ư ư of Latin Extended-B, spacing and combining diacritics,
 * Vietnamese (Latin Extended Additional), general punctuation, the đồng and euro
 * signs, ™, arrows (pagination), minus and division slash. Only those the font has
 * end up in the files.
 */
export const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e],
  [0x00a0, 0x00ff],
  [0x0100, 0x017f],
  [0x01a0, 0x01a1],
  [0x01af, 0x01b0],
  [0x02b0, 0x02ff],
  [0x0300, 0x036f],
  [0x1ea0, 0x1ef9],
  [0x2000, 0x206f],
  [0x20ab, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
];

/**
 * The system fonts the fallback imitates, in order: Arial (Windows, macOS), or
 * Liberation Sans, which has Arial's metrics; then DejaVu Sans, the usual sans of
 * Linux desktops, for the Vietnamese letters an older Liberation Sans lacks. Each
 * gets its own adjusted face; the browser takes a letter from the first that has it.
 */
export interface SystemFont {
  /** Families fontconfig may answer for it (the first is asked for). */
  families: readonly string[];
  /** Local names (full and PostScript) at each weight. */
  local: Record<400 | 700, readonly string[]>;
}

export const SYSTEM_FONTS: readonly SystemFont[] = [
  {
    families: ['Arial', 'Liberation Sans'],
    local: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
    },
  },
  { families: ['DejaVu Sans'], local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] } },
];

export interface Weight {
  weight: 400 | 700;
  /** The full TrueType file (with Vietnamese) the subset is cut from. */
  source: string;
  /** The WOFF2 written, inside public/ (and its URL on the site). */
  file: string;
}

const require = createRequire(import.meta.url);

export const WEIGHTS: readonly Weight[] = [
  { weight: 400, source: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'), file: 'fonts/be-vietnam-pro-400.woff2' },
  { weight: 700, source: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'), file: 'fonts/be-vietnam-pro-700.woff2' },
];

/** Whether a code point is one of RANGES. */
export function inRanges(codePoint: number): boolean {
  return RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
