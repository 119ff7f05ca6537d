/**
 * Personal data that must never be published: a household business (hộ kinh
 * doanh) is a person, and its owner's citizen ID number, phone and email reach
 * the registry's free-text cells in every way people write them. One policy for
 * the three places that look: the importer (per field, `screenField`), the
 * build's scan of dist/ (src/pipeline/check-personal-data.ts) and the nightly
 * release check (src/built-site/personal-data.ts). Pure: text in, matches out.
 *
 * Recognised (docs/registry-format.md, "Privacy"):
 * - ID numbers: 12 digits starting with 0, as the province code 001–096 does
 *   (CCCD, and the 12-digit CMND), 9 digits (CMND); plain, or in even groups of 3, 4 or 6
 *   ("030 187 004 322", "030.187.004.323", "0301-8700-4322").
 * - Phones: mobiles 03x, 05x, 07x, 08x, 09x (10 digits) and landlines 02x (11
 *   digits), with 0, 84, +84, (+84), 0084 or "+84 (0)" in front, spaces, dots or
 *   dashes anywhere ("0 912 345 682", "+84 912 345 682", "091-234-5678"), the
 *   area code in brackets ("(0262) 3812345").
 * - Email addresses, but not image names such as "logo@2x.png".
 * - After a label (CCCD, CMND, căn cước, SĐT, ĐT, Zalo, Hotline, Tel, …, with or
 *   without diacritics, even glued on: "CCCD030187004324", "Zalo0987654321") a
 *   number of about the right length counts whatever its grouping.
 *
 * Deliberately not personal:
 * - 1800/1900 numbers: only businesses can hold them.
 * - Digits inside a URL or a path (shopee.vn/product/123456789/987654321) are page
 *   ids, not ID numbers; a phone written with its 0 or 84 still counts there
 *   (zalo.me/0912345678).
 * - Numbers glued to letters (hashes, base64, codes such as "SP0912345678"),
 *   parts of codes ("83-829-28780-3-2022", "QN-VD-2023-0042"), decimals,
 *   amounts and quantities ("123.456.789 đồng", "500 g"), percentages, dates.
 * - A 10-digit number after MST / mã số thuế is an enterprise's tax code; a
 *   12-digit one is a household's, which is its owner's ID number.
 *
 * Linear: one native scan for runs of eight or more digits, a search for "@",
 * and a bounded look around each one found.
 */
import { foldVietnamese } from './text.ts';

export type PersonalDataKind = 'id-number' | 'phone' | 'email';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The value as written, with its +84 prefix if any. */
  text: string;
  /** Digits only for ID numbers; national form (0…) for phones; lower case for email. */
  normalised: string;
  /** Where `text` starts. */
  index: number;
  /** The label that introduced it, as written up to `text` ("Số CMND: ", "Zalo"), if any. */
  label?: string;
}

/**
 * Eight digits with one separator at most between two (the shortest labelled ID
 * is 8 digits): space, no-break spaces, zero-width space, dot, dash.
 * `MORE_DIGITS` then takes the rest of the run a group at a time: one unbounded
 * pattern would keep a backtracking entry per digit and overflow the stack on a
 * long run (a few MB of digits).
 */
const NUMBER_RUN = /(?<!\d)\d(?:[ .\-\u00a0\u202f\u200b]?\d){7}/g;
const MORE_DIGITS = /[ .\-\u00a0\u202f\u200b]?\d+/y;
const isSpace = (separator: string) => separator === ' ' || separator === '\u00a0' || separator === '\u202f';

/**
 * An address is found from its "@": the local part is the run of address
 * characters before it, the domain must follow it. Searching for "@" first is
 * several times faster than a pattern tried at every position (it was the
 * slowest part of the release checks), and each character is looked at at
 * most twice: linear.
 */
const EMAIL_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const isLocalPartCharacter = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 46 ||
  code === 95 ||
  code === 37 ||
  code === 43 ||
  code === 45;
/** "name@2x.png" is an image, not an address. */
const FILE_LIKE = /\.(png|jpe?g|webp|avif|gif|svg|js|css|woff2?)$/i;

type LabelKind = 'id' | 'phone' | 'business' | 'amount' | 'email';

/** Labels as spelled without diacritics: they are matched on text folded the same way (`foldWithIndex`). */
const LABELS: Record<LabelKind, string[]> = {
  id: [
    'can cuoc cong dan',
    'the can cuoc',
    'can cuoc',
    'chung minh nhan dan',
    'chung minh thu',
    'cccd',
    'cmtnd',
    'cmnd',
    'cmt',
    'so dinh danh ca nhan',
    'so dinh danh',
    'ma dinh danh',
    'dinh danh ca nhan',
    'citizen id',
    'national id',
    'id card',
    'id number',
    'id no',
  ],
  phone: [
    'so dien thoai',
    'dien thoai di dong',
    'dien thoai',
    'di dong',
    'dtdd',
    'sdt',
    'dt',
    'dd',
    'telephone',
    'tel',
    'phone',
    'mobile',
    'hotline',
    'zalo',
    'viber',
    'whatsapp',
  ],
  business: ['ma so thue', 'mst', 'ma so doanh nghiep', 'msdn', 'ma so ho kinh doanh', 'dkkd'],
  amount: ['gia ban', 'gia niem yet', 'gia', 'thanh tien', 'doanh thu', 'von dieu le', 'price'],
  email: ['e-mail', 'email', 'gmail', 'mail'],
};
/** The labels removed with a value: "Giá: 0912…" loses the number, not "Giá". */
const LABEL_FOR: Record<PersonalDataKind, LabelKind[]> = { 'id-number': ['id', 'business'], phone: ['phone'], email: ['email'] };
/** Words between a label and its number that still make it one: "Zalo chủ hộ 0909…", "SĐT liên hệ: 09…", "CMND số 1…". */
const QUALIFIERS = ['cua chu ho', 'chu ho', 'ca nhan', 'rieng', 'lien he', 'dat hang', 'so', 'la'];

const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const FOLD = new Map<string, string>();
for (const [base, variants] of Object.entries(VARIANTS)) for (const v of variants) FOLD.set(v, base).set(v.toUpperCase(), base);

/**
 * Lower case without diacritics, precomposed or not ("Số", "SỐ", "So\u0301"
 * all read "so"), with where each folded character came from. A pattern of
 * plain letters on folded text compiles and runs far faster than one that
 * lists every accented form, case-insensitively, in Unicode mode.
 */
function foldWithIndex(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // a combining mark
    folded += FOLD.get(c) ?? c.toLowerCase()[0]; // one for one: "İ" lower-cases to two
    from.push(i);
  }
  return { folded, from };
}

const phrase = (plain: string) => plain.replaceAll(' ', String.raw`\s*`).replaceAll('-', '-?');
const anyOf = (words: string[]) => words.map(phrase).join('|');
const ONE_LABEL = `(?:so\\s*)?(?:${(Object.keys(LABELS) as LabelKind[]).map((kind) => `(?<${kind}>${anyOf(LABELS[kind])})`).join('|')})`;
/**
 * A label (or several: "SĐT/Zalo", "ĐT (Zalo)") ending right before a value. The
 * captures of a repeated group hold its last repetition: the kind of the label
 * nearest the value.
 */
const LABEL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${ONE_LABEL}(?:\s*[/,&\-]\s*|\s*\(\s*|\s*\)\s*)?)+\)?(?:\s+(?:${anyOf(QUALIFIERS)})){0,2}(?:[\s:：.#\-–("]|&nbsp;)*$`,
  'u',
);
/** "+", "+84 ", "(+84) ", "(84) ", "+84 (0)" right before a number. */
const INTERNATIONAL_BEFORE = /(?<![\p{L}\p{N}_])(?:\(\+?84\)|\+84|\+)[ \u00a0-]?(?:\(0\)[ \u00a0]?)?$/u;
/** A landline's area code in brackets: "(028) 3829 1234". */
const AREA_CODE_BEFORE = /(?<![\p{L}\p{N}_])\((0\d{1,3})\)[ \u00a0.-]?$/u;
/** "(0262) 3812345": after a four-digit area code seven digits are left, too few for `NUMBER_RUN`. */
const BRACKETED_LANDLINE = /(?<![\p{L}\p{N}_])\((02\d\d)\)[ \u00a0.-]?(\d(?:[ .\-\u00a0]?\d){6})(?![\p{L}\p{N}_@]|[ .\-\u00a0]?\d)/gu;
const DATE_FIRST = /^(?:\d{1,2}\D\d{1,2}\D(?:19|20)\d\d|(?:19|20)\d\d\D\d{1,2}\D\d{1,2})(?!\d)/;
/** A bare number as a JSON value (`"bytes": 123456789`): the site writes every ID and phone as a string, so this is a size or a count. */
const JSON_NUMBER_BEFORE = /"\s*:\s*$/;
const FILE_AFTER = /^\.(?:webp|png|jpe?g|gif|svg|avif|pdf|json|html?|js|css|xml|csv|ics|txt|md|mp4|zip)(?![\p{L}\p{N}])/iu;
/** The rest of a code: "…/QĐ-UBND", "…-HD" (a label says it is no code). */
const CODE_AFTER = /^[-/]\p{L}/u;
const UNIT_AFTER = /^[ \u00a0]?(?:đồng|đ|₫|vn[dđ]|usd|triệu|tr|tỷ|nghìn|ngàn|gam|gram|gr|g|kg|mg|tấn|ml|lít|l|cm|mm|km|m2|m²|m3|m|ha)(?![\p{L}\p{N}])/iu;
/** Where a token (a URL, a path, a word) starts, looking back. */
const TOKEN_BOUNDARY = new Set([...' \t\n\r\f\v\u00a0"\'<>()[]{}`'].map((c) => c.charCodeAt(0)));
const URL_TOKEN = /:\/\/|^data:|^www\.|^\.{0,2}\/|[?&=]|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\//i;

const MOBILE = /^0(?:3[2-9]|5[2-9]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;
/** CCCD and the 12-digit CMND: a province code (001–096) comes first, so a 0. */
const TWELVE_DIGIT_ID = /^0\d{11}$/;

/** Every personal-looking value in a text, in order. */
export function findPersonalData(written: string): PersonalDataMatch[] {
  // JSON's escapes ("…\nZalo0987…", in data files and in pages' island props)
  // read as the spaces they stand for; same length, so positions hold.
  const text = written.includes('\\') ? written.replace(/\\[nrt]/g, '  ') : written;
  const matches: PersonalDataMatch[] = [];
  numbersIn(text, matches);
  bracketedLandlinesIn(text, matches);
  emailsIn(text, matches);
  if (text !== written) {
    for (const match of matches) {
      match.text = written.slice(match.index, match.index + match.text.length);
      if (match.label !== undefined) match.label = written.slice(match.index - match.label.length, match.index);
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

function numbersIn(text: string, out: PersonalDataMatch[]): void {
  NUMBER_RUN.lastIndex = 0;
  for (let run = NUMBER_RUN.exec(text); run; run = NUMBER_RUN.exec(text)) {
    MORE_DIGITS.lastIndex = NUMBER_RUN.lastIndex;
    while (MORE_DIGITS.exec(text)) NUMBER_RUN.lastIndex = MORE_DIGITS.lastIndex;
    runIn(text, text.slice(run.index, NUMBER_RUN.lastIndex), run.index, out);
  }
}

function bracketedLandlinesIn(text: string, out: PersonalDataMatch[]): void {
  for (const found of text.matchAll(BRACKETED_LANDLINE)) {
    const label = labelBefore(text, found.index);
    const normalised = found[1]! + found[2]!.replace(/\D/g, '');
    out.push({ kind: 'phone', text: found[0], normalised, index: found.index, ...(label?.kind === 'phone' ? { label: label.text } : {}) });
  }
}

function emailsIn(text: string, out: PersonalDataMatch[]): void {
  for (let at = text.indexOf('@'), taken = 0; at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > taken && isLocalPartCharacter(text.charCodeAt(start - 1))) start--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (start === at || !EMAIL_DOMAIN.exec(text)) continue;
    taken = EMAIL_DOMAIN.lastIndex; // addresses do not overlap: "x@y.co@z.org" is one
    const address = text.slice(start, taken);
    if (FILE_LIKE.test(address)) continue;
    const label = labelBefore(text, start);
    out.push({ kind: 'email', text: address, normalised: address.toLowerCase(), index: start, ...(label?.kind === 'email' ? { label: label.text } : {}) });
  }
}

interface Group {
  digits: string;
  at: number;
  /** The separator after it (empty for the last). */
  separator: string;
}

/** One run of digits and separators: which spans of its groups are personal. */
function runIn(text: string, run: string, start: number, out: PersonalDataMatch[]): void {
  const end = start + run.length;
  // Cheap verdicts first: a lone group glued on (a hash, base64, "750ml") holds nothing.
  if (isWordCharacter(text.charCodeAt(end)) && !/\D/.test(run)) return;
  const after = text.slice(end, end + 24);
  const gluedAfter = blockedAfter(after);
  const groups = groupsOf(run, start);
  if (gluedAfter && groups.length === 1) return;

  const before = text.slice(Math.max(0, start - 12), start);
  const international = INTERNATIONAL_BEFORE.exec(before);
  const area = international ? null : AREA_CODE_BEFORE.exec(before);
  const valueStart = start - ((international ?? area)?.[0].length ?? 0);
  const label = labelBefore(text, valueStart);
  let inUrl: boolean | undefined;
  const urlAt = () => (inUrl ??= urlAround(text, valueStart));
  const startBlocked = !label && !international && !area && blockedBefore(text, valueStart, urlAt);
  if (startBlocked && groups.length === 1) return;
  const prefix = international ? (/84/.test(international[0]) ? '84' : '') : (area?.[1] ?? '');
  const endBlocked = gluedAfter || (!label && CODE_AFTER.test(after));
  const unit = UNIT_AFTER.test(after);
  const dateFirst = DATE_FIRST.test(run);

  const lastGroup = groups.length - 1;
  const spaceBefore = (i: number) => i === 0 || isSpace(groups[i - 1]!.separator);
  const spaceAfter = (j: number) => j === lastGroup || isSpace(groups[j]!.separator);
  const spanFrom = (i: number): { j: number; kind: PersonalDataKind; normalised: string } | null => {
    if (!spaceBefore(i) || (i === 0 && (startBlocked || dateFirst))) return null;
    const first = groups[i]!.digits;
    // Inside a run, without a label or a +84 before it, only a phone written with its 0 or 84 spans groups.
    const spans = i === 0 || first[0] === '0' || first.startsWith('84');
    // The longest span first: "030 187 004 322" is one 12-digit ID, not a 9-digit one and change.
    let last = i;
    let length = first.length;
    while (spans && last < lastGroup && length + groups[last + 1]!.digits.length <= 13) length += groups[++last]!.digits.length;
    for (let j = last; j >= i && length >= 8; length -= groups[j]!.digits.length, j--) {
      if (!spaceAfter(j) || (j === lastGroup && endBlocked)) continue;
      const verdict = classify(groups.slice(i, j + 1), {
        whole: i === 0 && j === lastGroup,
        label: i === 0 ? label?.kind : undefined,
        prefix: i === 0 ? prefix : '',
        international: i === 0 && international !== null,
        area: i === 0 && area !== null,
        unit: j === lastGroup && unit,
        inUrl: urlAt,
      });
      if (verdict) return { j, ...verdict };
    }
    return null;
  };
  for (let i = 0; i <= lastGroup; ) {
    const found = spanFrom(i);
    if (!found) {
      i++;
      continue;
    }
    const from = i === 0 ? valueStart : groups[i]!.at;
    const to = groups[found.j]!.at + groups[found.j]!.digits.length;
    out.push({
      kind: found.kind,
      text: text.slice(from, to),
      normalised: found.normalised,
      index: from,
      ...(i === 0 && label && LABEL_FOR[found.kind].includes(label.kind) ? { label: label.text } : {}),
    });
    i = found.j + 1;
  }
}

function groupsOf(run: string, start: number): Group[] {
  const groups: Group[] = [];
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    groups.push({ digits: run.slice(from, i), at: start + from, separator: run[i]! });
    from = i + 1;
  }
  groups.push({ digits: run.slice(from), at: start + from, separator: '' });
  return groups;
}

interface SpanContext {
  /** The span is the whole run of digits (a grouped ID must be). */
  whole: boolean;
  label: LabelKind | undefined;
  /** Digits written before it, apart: "84" of "(+84) ", "028" of "(028) ". */
  prefix: string;
  /** After "+", "+84", "(+84)": a phone or nothing. */
  international: boolean;
  /** After an area code in brackets: a landline or nothing. */
  area: boolean;
  /** A currency or a unit follows. */
  unit: boolean;
  /** Asked last: finding the URL around a number costs more than the other checks. */
  inUrl: () => boolean;
}

function classify(span: Group[], context: SpanContext): { kind: PersonalDataKind; normalised: string } | null {
  const own = span.map((group) => group.digits).join('');
  const digits = context.prefix + own;
  if (/^1[89]00/.test(digits)) return null; // business hotlines
  const id = { kind: 'id-number' as const, normalised: own };
  const phone = nationalPhone(digits, context.international);
  if (context.label === 'id') return own.length >= 8 && own.length <= 13 ? id : null;
  if (context.label === 'business') return TWELVE_DIGIT_ID.test(own) ? id : null;
  if (context.international && !digits.startsWith('84')) return null; // a foreign number
  if (phone && (context.whole || context.label || context.international || context.area || plainGrouping(span))) return { kind: 'phone', normalised: phone };
  if (context.label === 'phone') {
    if (TWELVE_DIGIT_ID.test(own)) return id;
    return digits.length >= 9 && digits.length <= 12 ? { kind: 'phone', normalised: guessNational(digits) } : null;
  }
  if (context.international || context.area || context.unit || context.label === 'amount' || context.inUrl()) return null;
  if (span.length === 1) return own.length === 9 || TWELVE_DIGIT_ID.test(own) ? id : null;
  if (!context.whole || !evenGroups(span)) return null;
  if (TWELVE_DIGIT_ID.test(own)) return id;
  return own.length === 9 && !amountLike(span) ? id : null;
}

/** The national form (0…) of a Vietnamese mobile or landline number, or null. */
function nationalPhone(digits: string, international: boolean): string | null {
  let national = digits;
  if (digits.startsWith('0084')) national = `0${digits.slice(4)}`;
  else if (digits.startsWith('84') && (international || digits.length === 11 || digits.length === 12)) {
    national = digits[2] === '0' ? digits.slice(2) : `0${digits.slice(2)}`; // "+84 0912…" keeps one 0
  } else if (international) return null;
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null;
}

/** A labelled number that is no valid phone: its national form as near as it can be told. */
function guessNational(digits: string): string {
  if (digits.startsWith('84')) return `0${digits.slice(2)}`;
  return digits.startsWith('0') ? digits : `0${digits}`;
}

export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return nationalPhone(digits, value.includes('+')) ?? digits;
}

/** Inside a longer run of numbers a phone must be written in groups people use, not single digits. */
function plainGrouping(span: Group[]): boolean {
  return span.every((group, i) => group.digits.length >= 2 || (i === 0 && group.digits === '0'));
}

/** "030 187 004 322", "0301-8700-4322", "030187 004322". */
function evenGroups(span: Group[]): boolean {
  const size = span[0]!.digits.length;
  return [3, 4, 6].includes(size) && span.every((group) => group.digits.length === size);
}

/** "150.000.000": an amount; an ID this round is rarer than a price. */
function amountLike(span: Group[]): boolean {
  return span[0]!.digits[0] !== '0' && span[span.length - 1]!.digits === '000';
}

function labelBefore(text: string, at: number): { kind: LabelKind; text: string } | null {
  if (!mayEndInLabel(text, at)) return null;
  const from = Math.max(0, at - 60);
  const { folded, from: origin } = foldWithIndex(text.slice(from, at));
  const found = LABEL_BEFORE.exec(folded);
  if (!found?.groups) return null;
  const start = from + origin[found.index]!;
  // A match at the slice's start may be the tail of a longer word ("…SĐT" cut to "ĐT").
  if (start === from && from > 0 && /[\p{L}\p{N}_]/u.test(text[from - 1]!)) return null;
  const kind = (['id', 'phone', 'business', 'amount', 'email'] as const).find((k) => found.groups![k] !== undefined);
  return kind ? { kind, text: text.slice(start, at) } : null;
}

/** The last word of every label and qualifier ("cccd", "thoai", "zalo", "ho"…), folded. */
const LABEL_LAST_WORDS = new Set([...Object.values(LABELS).flat(), ...QUALIFIERS].map((phrase) => phrase.split(/[\s-]/).at(-1)!));

/**
 * Whether the word before `at` (past any separators) could end a label: a cheap
 * test that spares the label pattern, which is large, for most values.
 */
function mayEndInLabel(text: string, at: number): boolean {
  let end = at;
  for (let steps = 0; end > 0 && steps < 12; steps++) {
    if (/[\s:：.#\-–("]/.test(text[end - 1]!)) end--;
    else if (text.endsWith('&nbsp;', end)) end -= 6;
    else break;
  }
  if (text[end - 1] === ')') return true;
  let start = end;
  while (start > 0 && end - start < 24 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--;
  return start < end && LABEL_LAST_WORDS.has(foldVietnamese(text.slice(start, end)));
}

/** The run is glued to a word, a code, an entity or a decimal point. */
function blockedBefore(text: string, at: number, inUrl: () => boolean): boolean {
  const c = text[at - 1];
  if (c === undefined) return false;
  if (/[\p{L}\p{N}_]/u.test(c)) return true;
  if (c === '#' || c === '@' || c === '&' || c === '+') return true;
  const b = text[at - 2] ?? '';
  if ((c === '/' || c === '=') && inUrl()) return false; // a path segment or a query value: zalo.me/0912345678
  if (/[-/.=]/.test(c) && /\p{L}/u.test(b)) return true; // "QN-VD-2023…", "QĐ/123…"
  if (c === ',' && /\d/.test(b)) return digitsBefore(text, at - 1) < 8; // "12,123456789" is a decimal; "0912345678,0987654321" a list
  return (c === ':' || c === ' ') && JSON_NUMBER_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** A letter, a digit, "_" or "@" (ASCII first: this is asked of every run). */
function isWordCharacter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 64;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** Glued to what follows (label or not): a word, a file extension, a percent sign, decimals. */
function blockedAfter(after: string): boolean {
  if (/^[\p{L}\p{N}_@]/u.test(after)) return true; // hashes, units glued on, an address's local part
  if (FILE_AFTER.test(after)) return true;
  if (/^[ \u00a0]?%/.test(after)) return true;
  const decimals = /^,(\d+)/.exec(after);
  return decimals !== null && decimals[1]!.length < 8;
}

function digitsBefore(text: string, at: number): number {
  let count = 0;
  for (let i = at - 1; i >= 0 && i >= at - 20 && /[\d .]/.test(text[i]!); i--) if (text[i] !== ' ' && text[i] !== '.') count++;
  return count;
}

/** The token the number is in (up to 300 characters back) is a URL or a path. */
function urlAround(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 300 && !TOKEN_BOUNDARY.has(text.charCodeAt(from - 1))) from--;
  return from < at && URL_TOKEN.test(text.slice(from, at));
}

/**
 * The text with each match removed, with the label that introduced it, and the
 * spacing and punctuation around it tidied. `keep` keeps the values a caller may
 * publish (an organisation's published phone).
 */
export function stripPersonalData(text: string, keep: (match: PersonalDataMatch) => boolean = () => false): { text: string; removed: PersonalDataMatch[] } {
  const removed = findPersonalData(text).filter((match) => !keep(match));
  if (removed.length === 0) return { text, removed };
  let out = '';
  let cursor = 0;
  for (const match of removed) {
    const from = match.index - (match.label?.length ?? 0);
    let to = match.index + match.text.length;
    if (match.label?.trimEnd().endsWith('(') && text[to] === ')') to++;
    const between = text.slice(cursor, Math.max(cursor, from));
    // What separated two removed values ("0912… hoặc 0987…", " / ") goes with them.
    out = cursor > 0 && /^(?:[\s,;/&\-–]|hoặc|và|or|and)*$/iu.test(between) ? out : join(out, between);
    cursor = Math.max(cursor, to);
  }
  return { text: join(out, text.slice(cursor)), removed };
}

function join(left: string, right: string): string {
  let l = left.replace(/[ \t\u00a0]+$/, '');
  let r = right.replace(/^[ \t\u00a0]+/, '');
  if (l.endsWith('(') && r.startsWith(')')) {
    l = l.slice(0, -1).replace(/[ \t\u00a0]+$/, '');
    r = r.slice(1).replace(/^[ \t\u00a0]+/, '');
  }
  while (/^[,;]/.test(r) && (l === '' || /[,;:(\-–\n]$/.test(l))) r = r.slice(1).replace(/^[ \t\u00a0]+/, '');
  if (/^[.,;:]/.test(r) && (l === '' || /[.!?\n]$/.test(l))) r = r.slice(1).replace(/^[ \t\u00a0]+/, ''); // "Mô tả. SĐT 09…." keeps one full stop
  if (r === '' || /^[.!?)\]\n]/.test(r)) l = l.replace(/[ \t\u00a0]*[,;:\-–]$/, '');
  if (l.endsWith('\n') && r.startsWith('\n')) r = r.slice(1);
  const space = l !== '' && r !== '' && !/[\s([]$/.test(l) && !/^[\s.,;:!?)\]]/.test(r) ? ' ' : '';
  return l + space + r;
}

/** Partly masked, so a log or a report does not leak what it reports. */
export function maskForLog(value: string): string {
  if (value.length >= 9) return `${value.slice(0, 3)}…${value.slice(-2)}`;
  if (value.length >= 5) return `${value[0]}…${value.at(-1)}`;
  return '****';
}

/** Contacts published on purpose, normalised like matches. */
export interface PublicContacts {
  /** National form `0…`. */
  phones: Set<string>;
  /** Lower case. */
  emails: Set<string>;
}

/** Anything that may publish a contact: a producer (`contact`) or a display point (`phone`). */
export interface ContactSource {
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
  phone?: string | undefined;
}

export function publicContacts(sources: ContactSource[], extraEmails: string[] = []): PublicContacts {
  const phones = new Set<string>();
  const emails = new Set(extraEmails.map((e) => e.toLowerCase()));
  for (const source of sources) {
    for (const phone of [source.contact?.phone, source.phone]) if (phone) phones.add(normalisePhone(phone));
    if (source.contact?.email) emails.add(source.contact.email.toLowerCase());
  }
  return { phones, emails };
}

/** `keep` for `stripPersonalData`: the published phones and emails. ID numbers are never public. */
export function isPublicContact(allowed: PublicContacts): (match: PersonalDataMatch) => boolean {
  return (match) => (match.kind === 'phone' ? allowed.phones.has(match.normalised) : match.kind === 'email' && allowed.emails.has(match.normalised));
}

export type FieldScreening =
  | { verdict: 'clean'; value: string }
  | { verdict: 'stripped'; value: string; removed: PersonalDataMatch[] }
  | { verdict: 'unusable'; found: PersonalDataMatch[] };

/**
 * One cell, for the importer. Free text (a description) loses its personal values
 * and keeps the rest; a field that is one value (a name, a code, a URL) cannot be
 * published once it carries any, nor can free text that was nothing else.
 */
export function screenField(value: string, options: { freeText: boolean; keep?: (match: PersonalDataMatch) => boolean }): FieldScreening {
  const keep = options.keep ?? (() => false);
  if (!options.freeText) {
    const found = findPersonalData(value).filter((match) => !keep(match));
    return found.length === 0 ? { verdict: 'clean', value } : { verdict: 'unusable', found };
  }
  const stripped = stripPersonalData(value, keep);
  if (stripped.removed.length === 0) return { verdict: 'clean', value };
  if (!/[\p{L}\p{N}]/u.test(stripped.text)) return { verdict: 'unusable', found: stripped.removed };
  return { verdict: 'stripped', value: stripped.text, removed: stripped.removed };
}
