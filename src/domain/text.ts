/**
 * Text as people type it into registry software: mixed Unicode forms (a Vietnamese
 * letter may arrive precomposed or as base + combining marks), stray HTML pasted
 * from web forms, control characters from old exports. Everything published goes
 * through `cleanText`; everything compared goes through `foldVietnamese`.
 */
import { decodeEntities } from './html-text.ts';

// C0/C1 control characters except tab and line feed, plus zero-width and BOM marks.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\uFEFF]/g;
// Script and style blocks go with their content: it is code, never text for a visitor.
const HTML_CODE_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;

/**
 * A single-line text field ready to publish: NFC, no HTML tags, no control
 * characters, whitespace collapsed to single spaces, trimmed.
 */
export function cleanText(value: string): string {
  return stripMarkup(value).replace(/\s+/g, ' ').trim();
}

/**
 * A multi-line text field (descriptions): like `cleanText` but paragraph breaks
 * survive, because a producer's description reads better in paragraphs.
 */
export function cleanMultilineText(value: string): string {
  return stripMarkup(value.replace(/<br\s*\/?>|<\/p>/gi, '\n'))
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\f\v\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Most cells hold no markup, entity or control character: they skip the regexes.
const NEEDS_STRIPPING = /[<&\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\uFEFF\r]/;

function stripMarkup(value: string): string {
  if (!NEEDS_STRIPPING.test(value)) return value.normalize('NFC');
  // Entities are decoded after tags are removed, so "&lt;script&gt;" stays text.
  const withoutTags = value.normalize('NFC').replace(HTML_CODE_BLOCK, ' ').replace(HTML_TAG, ' ');
  return decodeEntities(withoutTags).replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').normalize('NFC');
}

/**
 * Lower-case ASCII form of Vietnamese text for comparing and searching: diacritics
 * removed, "đ" becomes "d", so "Đắk Lắk", "Dak Lak" and "ĐĂK LĂK" all read "dak lak".
 * Tone-mark placement variants ("hoà"/"hòa", "thuý"/"thúy") fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Folded text with every run of non-alphanumerics turned into one space: the key used to match names. */
export function matchKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The text cut to at most `limit` characters at a word boundary (a sentence end
 * when one is near), with an ellipsis: for fields with a length limit.
 */
export function cutAtWord(text: string, limit: number): string {
  const head = text.slice(0, limit - 1);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  if (sentence > limit * 0.8) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > limit * 0.8 ? head.slice(0, space) : head).trimEnd()}…`;
}
