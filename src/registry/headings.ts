/**
 * What a heading among the rows says about the rows under it. Decision annexes
 * group their products under headings ("I. UBND TỈNH LÂM ĐỒNG", "II. HUYỆN ĐẮK
 * SONG CŨ", "1. Sản phẩm đạt 4 sao", "Đợt 2 (Quyết định số 77/QĐ-UBND ngày …)")
 * and end with a total ("Tổng cộng: 60 sản phẩm"). A heading's place, stars and
 * decision fill the rows below that leave them empty; a title line above the
 * header does the same for the whole sheet.
 */
import { resolveProvince } from '../domain/admin-units.ts';
import { matchKey } from '../domain/text.ts';
import { readDecisionReference, type DecisionReference } from './decision-text.ts';

export interface HeadingFacts {
  /** A province named by the heading, as written ("Lâm Đồng", "Đắk Nông"). */
  province?: string;
  /** A district named by the heading, as written with its unit word ("huyện Đắk Song"). */
  district?: string;
  /** Stars named by the heading ("Sản phẩm đạt 4 sao"). */
  stars?: string;
  /** A sector or group named by the heading ("NHÓM THỰC PHẨM", "Ngành Đồ uống"). */
  category?: string;
  decision?: DecisionReference;
}

/** 1 for a top heading ("I.", "A.", unnumbered), 2 for a sub-heading ("1.", "a)"). */
export function headingLevel(text: string): 1 | 2 {
  return /^\s*(\d+|[a-zđ])\s*[.)]/u.test(text) ? 2 : 1;
}

const NUMBERING = /^\s*(?:[IVXLC]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)\s*[.):–-]\s*/u;
/** "Huyện Đắk Song cũ": the unit as it was before the 2025 reform. */
const FORMER = /\s+(cu|truoc day|truoc sap nhap)$/;

export function readHeading(text: string): HeadingFacts {
  const facts: HeadingFacts = {};
  const decision = readDecisionReference(text);
  if (decision) facts.decision = decision;
  // "HUYỆN ĐẮK MIL CŨ (TỈNH ĐẮK NÔNG)": the province in brackets counts; other notes ("(12 sản phẩm)") do not.
  const bracketed = [...text.matchAll(/\(([^)]*)\)/g)].map((match) => readPlace(match[1]!)).find((place) => place.province);
  const plain = text
    .replace(NUMBERING, '')
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  const key = matchKey(plain).replace(FORMER, '');

  const stars = /\b([345])\s*sao\b/.exec(key)?.[1];
  if (stars) facts.stars = stars;

  Object.assign(facts, readPlace(plain));
  if (bracketed?.province && !facts.province) facts.province = bracketed.province;

  const category = /^(nhom|nganh|bo san pham|linh vuc)\s+(.+)$/.exec(key);
  if (category && !facts.stars) facts.category = plain.replace(/^\S+(\s+sản phẩm)?\s+/iu, '');
  return facts;
}

/** The province or the district a heading names with its unit word ("UBND TỈNH LÂM ĐỒNG", "huyện Đắk Song cũ"). */
function readPlace(text: string): Pick<HeadingFacts, 'province' | 'district'> {
  const plain = text.replace(NUMBERING, '').trim();
  const key = matchKey(plain)
    .replace(FORMER, '')
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '');
  const unit = /\b(tinh|thanh pho|tp|huyen|thi xa|quan)\s+(.+)$/.exec(key);
  if (!unit) return {};
  const [, kind, rest] = unit;
  const name = rest!.replace(/\b(nam|dot|giai doan|theo|kem|gom|co|cu)\b.*$/, '').trim();
  const isProvinceWord = kind === 'tinh' || kind === 'thanh pho' || kind === 'tp';
  if (isProvinceWord && resolveProvince(name)) return { province: wordsOf(plain, name) };
  if (kind !== 'tinh' && name) return { district: `${wordsOf(plain, kind!)} ${wordsOf(plain, name)}` };
  return {};
}

/**
 * The words of `text` that fold to `folded`, as written: "ĐẮK SONG" from "Huyện
 * ĐẮK SONG cũ". Falls back to the folded words when they cannot be found.
 */
function wordsOf(text: string, folded: string): string {
  const words = text.split(/\s+/);
  const target = folded.split(' ').length;
  for (let start = 0; start + target <= words.length; start++) {
    const candidate = words.slice(start, start + target).join(' ');
    if (matchKey(candidate) === folded) return candidate.replace(/[,.;:]+$/, '');
  }
  return folded;
}

/** A total line: "Tổng cộng: 60 sản phẩm", "Cộng", "Tổng số". */
export function isTotalText(text: string): boolean {
  const lower = text.normalize('NFC').trim().toLowerCase();
  // Folding would make "Cồng chiêng" a total: with its marks, only "cộng" is one; typed without marks, "cong" is.
  if (/^(tổng cộng|tổng số|tổng|cộng|total)(?![\p{L}\p{N}])/u.test(lower)) return true;
  return /^[\x20-\x7e]+$/.test(lower) && /^(tong cong|tong so|tong|cong)\b/.test(lower);
}

/**
 * Text that reads as a heading rather than as a product: numbered with a roman
 * numeral or a letter, naming an administrative unit, written in capitals, or
 * beginning with the words headings use.
 */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  if (/^\s*[IVXLC]+\s*[.):–-]/u.test(trimmed)) return true;
  const key = matchKey(trimmed.replace(NUMBERING, ''));
  if (
    /^(ubnd|uy ban nhan dan|tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran|nhom|nganh|dot|danh sach|san pham dat|san pham ocop|cac san pham)\b/.test(
      key,
    )
  )
    return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}
