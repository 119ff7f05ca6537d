/**
 * The words that say what kind of administrative unit a name is ("xã", "huyện",
 * "tỉnh", "thành phố") and their abbreviations ("X.", "H.", "TP."), as people
 * write them in front of a name. Written with diacritics they are told apart from
 * names that fold to the same letters: "Phường Sài" is a ward word and a name,
 * "Phương Sài" is a name, "Xà Phiên" has no commune word; in text typed without
 * any diacritics ("xa Thuan Ha") the folded word is all there is.
 *
 * Text is folded once, keeping every letter in its place, so that positions in
 * the folded text are positions in the text as written (see `foldText`): an
 * address is read by comparing slices, without folding it again for every
 * candidate part.
 */
import { addToList } from './lists-by-key.ts';
import { foldVietnamese, matchKey } from './text.ts';

export type UnitLevel = 'province' | 'district' | 'commune';
export type UnitKind = 'tinh' | 'thanh pho' | 'thi xa' | 'huyen' | 'quan' | 'xa' | 'phuong' | 'thi tran' | 'dac khu';

/** The levels a kind of unit can be: "thành phố" is a province-level city (Đà Nẵng) or an old district-level one (Gia Nghĩa). */
export const KIND_LEVELS: Readonly<Record<UnitKind, readonly UnitLevel[]>> = {
  tinh: ['province'],
  'thanh pho': ['province', 'district'],
  'thi xa': ['district'],
  huyen: ['district'],
  quan: ['district'],
  xa: ['commune'],
  phuong: ['commune'],
  'thi tran': ['commune'],
  'dac khu': ['commune'],
};

/** Each kind as it is spelled (lower case), its folded form being the kind itself. */
const SPELLINGS: ReadonlyArray<readonly [kind: UnitKind, written: string]> = (
  [
    ['thanh pho', 'thành phố'],
    ['thi tran', 'thị trấn'],
    ['thi xa', 'thị xã'],
    ['dac khu', 'đặc khu'],
    ['huyen', 'huyện'],
    ['phuong', 'phường'],
    ['quan', 'quận'],
    ['tinh', 'tỉnh'],
    ['xa', 'xã'],
  ] as const
).map(([kind, written]) => [kind, written.normalize('NFC')] as const);

const ABBREVIATIONS: Readonly<Record<string, UnitKind>> = {
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  t: 'tinh',
  h: 'huyen',
  q: 'quan',
  p: 'phuong',
  x: 'xa',
};

/** Text as written, lower-cased and folded letter by letter: `folded[i]` is `source[i]` without case or diacritics. */
export interface FoldedText {
  source: string;
  lower: string;
  folded: string;
  /** No Vietnamese diacritics anywhere: a folded unit word is then as good as a spelled one. */
  unaccented: boolean;
}

const foldedLetters = new Map<string, string>();
function foldLetter(letter: string): string {
  let folded = foldedLetters.get(letter);
  if (folded === undefined) {
    folded = foldVietnamese(letter);
    // A letter that does not fold to exactly one character keeps its place unchanged.
    if (folded.length !== 1) folded = letter;
    foldedLetters.set(letter, folded);
  }
  return folded;
}

/**
 * Folds a text once for reading. `unaccentedAround`, when given, says whether the
 * text it was taken from had diacritics (see `unitName`); by default the text itself tells.
 */
export function foldText(text: string, unaccentedAround?: boolean): FoldedText {
  const source = text.normalize('NFC');
  const lower = source.toLowerCase();
  const folded = foldVietnamese(lower);
  // Nearly always one letter stays one letter; where not (a letter that lower-cases
  // or decomposes into two), fold letter by letter so positions still match.
  if (folded.length !== source.length || lower.length !== source.length) return foldByLetter(source, unaccentedAround);
  return { source, lower, folded, unaccented: unaccentedAround ?? folded === lower };
}

function foldByLetter(source: string, unaccentedAround: boolean | undefined): FoldedText {
  let lower = '';
  let folded = '';
  let unaccented = true;
  for (let i = 0; i < source.length; i++) {
    const unit = source[i]!;
    const small = unit.toLowerCase();
    const letter = small.length === 1 ? small : unit;
    const plain = foldLetter(letter);
    if (plain !== letter) unaccented = false;
    lower += letter;
    folded += plain;
  }
  return { source, lower, folded, unaccented: unaccentedAround ?? unaccented };
}

export interface UnitWord {
  kind: UnitKind;
  /** Characters the word takes, with the dot and spaces after it. */
  length: number;
  /** Written as the word is spelled, with its diacritics, or as an abbreviation. */
  exact: boolean;
  /**
   * False when the letters fold to a unit word but the text writes other
   * diacritics ("Phương Sài", "Quan Hóa" in accented text): most likely part of a
   * name. True for a folded word in text typed without diacritics ("xa Thuan Ha"),
   * which may still begin a name ("quan hoa"); `exact` tells the two apart.
   */
  certain: boolean;
}

const isGap = (char: string | undefined): boolean => char === ' ' || char === '.' || char === '\t';
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** The spellings to try, by the folded letter a word begins with. */
const SPELLINGS_BY_LETTER = new Map<string, Array<readonly [kind: UnitKind, written: string]>>();
for (const spelling of SPELLINGS) addToList(SPELLINGS_BY_LETTER, spelling[0][0]!, spelling);

function gapEnd(folded: string, from: number, end: number): number {
  let i = from;
  while (i < end && isGap(folded[i])) i++;
  return i;
}

/**
 * The unit word that begins at `at` (a word's start) and ends before `end`, with
 * a name after it; null when there is none.
 */
export function unitWordAt(text: FoldedText, at: number, end: number = text.folded.length): UnitWord | null {
  const { folded, lower } = text;
  const first = folded[at]!;
  const spellings = SPELLINGS_BY_LETTER.get(first);
  if (spellings === undefined) return null;
  // "TP.", "TP " and "TP.HCM"; one letter only with a dot ("H.Đắk Song") or, for a
  // numbered ward or district, before its number ("P7", "Q.3").
  const one = lower[at]!;
  const second = lower[at + 1];
  if (one === 't' && (second === 'p' || second === 'x' || second === 't') && isGap(folded[at + 2])) {
    const length = gapEnd(folded, at + 2, end) - at;
    if (at + length < end) return { kind: ABBREVIATIONS[`t${second}`]!, length, exact: true, certain: true };
  }
  if (one in ABBREVIATIONS && (second === '.' || ((one === 'p' || one === 'q') && isDigit(second)))) {
    const length = gapEnd(folded, at + 1, end) - at;
    if (at + length < end) return { kind: ABBREVIATIONS[one]!, length, exact: true, certain: true };
  }
  for (const [kind, written] of spellings) {
    const wordEnd = at + kind.length;
    if (wordEnd >= end || !isGap(folded[wordEnd]) || !folded.startsWith(kind, at)) continue;
    const length = gapEnd(folded, wordEnd, end) - at;
    if (at + length >= end) return null;
    const exact = lower.startsWith(written, at);
    return { kind, length, exact, certain: exact || text.unaccented };
  }
  return null;
}

/** Whether any word of the text is surely a unit word ("Thôn 3, xã Thuận Hà" has one; "Thôn Đông 2" none). */
export function mentionsUnitWord(text: string): boolean {
  const folded = foldText(text);
  const words = /\S+/g;
  for (let word = words.exec(folded.folded); word !== null; word = words.exec(folded.folded)) {
    if (unitWordAt(folded, word.index)?.certain) return true;
  }
  return false;
}

/** The unit word a text begins with, or null. */
export function readUnitWord(text: string): UnitWord | null {
  const folded = foldText(text.trim());
  return unitWordAt(folded, 0);
}

/** A name ready to look up: its keys, most likely first, and the kind its unit word says. */
export interface UnitName {
  keys: string[];
  kind?: UnitKind;
  /** The name as written, without its unit word, when it has diacritics to tell namesakes apart ("Văn Lăng", not "Văn Lang"). */
  written?: string;
}

/**
 * The name written between `start` and `end`, at a level: looked up without its
 * unit word ("Huyện Đắk Song" → "dak song"), and, when the word may be part of
 * the name ("Phương Sài", "xa Phien"), as a whole too; notes ("(cũ)", a trailing
 * "cũ") left out.
 */
export function unitNameAt(text: FoldedText, start: number, end: number, level: UnitLevel): UnitName {
  const stop = withoutNote(text, start, end);
  const whole = keyOf(text.folded, start, stop);
  const word = unitWordAt(text, start, stop);
  const stripped = word && KIND_LEVELS[word.kind].includes(level) ? keyOf(text.folded, start + word.length, stop) : '';
  let name: UnitName;
  let from = start;
  if (!stripped) name = { keys: whole ? [whole] : [] };
  else if (word!.exact) {
    name = { keys: [stripped], kind: word!.kind };
    from = start + word!.length;
  } else if (word!.certain) return { keys: [stripped, whole], kind: word!.kind };
  else name = { keys: [whole, stripped] };
  if (!text.unaccented) name.written = text.source.slice(from, stop);
  return name;
}

/**
 * A name with its diacritics, for telling apart names that fold alike ("Văn
 * Lang" and "Văn Lăng"): lower case, the tone mark of "oa", "oe" and "uy" on the
 * second vowel ("hòa" and "hoà" are one name), every run of other characters one space.
 */
export function preciseKey(written: string): string {
  return written
    .normalize('NFD')
    .toLowerCase()
    .replace(/([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/g, '$1$3$2')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The same for a name on its own. `unaccented` says whether the text it comes
 * from (the row) was typed without diacritics, when the name alone cannot tell:
 * "Nga Thanh" in a row that writes "Nga Sơn" means Nga Thanh, not Nga Thành.
 */
export function unitName(text: string, level: UnitLevel, unaccented?: boolean): UnitName {
  const folded = foldText(text.trim(), unaccented);
  return unitNameAt(folded, 0, folded.folded.length, level);
}

/**
 * `unitName` for the tables' own names, which begin with their unit word as
 * spelled ("Xã Thuận Hà"): the same key and kind, found faster (there are 14,000).
 */
export function tableUnitName(fullName: string, level: UnitLevel): { key: string; kind?: UnitKind } {
  const lower = fullName.toLowerCase();
  if (!lower.endsWith(')') && !lower.endsWith(' cũ')) {
    for (const [kind, written] of SPELLINGS) {
      if (lower[written.length] !== ' ' || !lower.startsWith(written) || !KIND_LEVELS[kind].includes(level)) continue;
      const key = matchKey(fullName.slice(written.length));
      if (key) return { key, kind };
    }
  }
  const name = unitName(fullName, level);
  return { key: name.keys[0] ?? '', ...(name.kind ? { kind: name.kind } : {}) };
}

/** The first key of a name at a level ("Xã Thuận Hà" → "thuan ha"); empty when it has none. */
export function unitNameKey(text: string, level: UnitLevel): string {
  return unitName(text, level).keys[0] ?? '';
}

/** Where a name ends without its note: "Huyện Đắk Song (cũ)", "HUYỆN ĐẮK SONG CŨ". */
function withoutNote(text: FoldedText, start: number, end: number): number {
  let stop = end;
  while (stop > start && text.lower[stop - 1] === ' ') stop--;
  if (text.lower[stop - 1] === ')') {
    const open = text.lower.lastIndexOf('(', stop);
    if (open > start) stop = open;
  } else if (stop - start > 3 && text.lower.endsWith(' cũ', stop)) stop -= 3;
  while (stop > start && text.lower[stop - 1] === ' ') stop--;
  return stop;
}

/** Folded letters and digits, every other run turned into one space: the key names are matched under (as `matchKey`). */
function keyOf(folded: string, start: number, end: number): string {
  return folded.slice(start, end).replace(NOT_KEY, ' ').trim();
}

const NOT_KEY = /[^a-z0-9]+/g;
