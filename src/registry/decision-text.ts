/**
 * Decision references as offices write them: in one cell ("3981/QĐ-UBND ngày
 * 05/08/2026"), in a column "Số, ngày QĐ", or in an annex's title line ("(Kèm theo
 * Quyết định số 3981/QĐ-UBND ngày 05 tháng 8 năm 2026 của UBND tỉnh Lâm Đồng)").
 */
import { isIsoDate, parseRegistryDate } from '../domain/dates.ts';
import { foldVietnamese } from '../domain/text.ts';

export interface DecisionReference {
  /** As written, e.g. `3981/QĐ-UBND`. */
  number?: string;
  /** ISO date. */
  date?: string;
  /** The body that signed it, e.g. `UBND tỉnh Lâm Đồng`. */
  issuer?: string;
}

// "3981/QĐ-UBND", "123/2024/QĐ-UBND", "45/QĐ-UBND-KT", "2712/QĐ-BNNMT", "15/QĐ-HĐĐG", "77 /QĐ-UBND".
const NUMBER = /(\d{1,6}[a-zđ]?\s*\/\s*(?:\d{4}\s*\/\s*)?Q[ĐD]\s*[-–]\s*[A-ZĐ][A-ZĐ0-9]*(?:\s*[-–]\s*[A-ZĐ0-9]+)*)/iu;
// "05/08/2026", "5-8-2026", "05.08.2026".
const NUMERIC_DATE = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\b/;
// "ngày 05 tháng 8 năm 2026" (the form of legal documents), folded first.
const WORDED_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
// "của (Chủ tịch) UBND tỉnh Lâm Đồng", "của Ủy ban nhân dân huyện Tứ Kỳ", "của Bộ Nông nghiệp và Môi trường".
const ISSUER = /của\s+(?:chủ tịch\s+)?((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ|Sở)\s[^()\n;]*?)\s*(?:[);.\n]|$)/iu;

export function readDecisionReference(text: string): DecisionReference | null {
  const value = text.normalize('NFC');
  const reference: DecisionReference = {};
  const number = NUMBER.exec(value);
  if (number) reference.number = number[1]!.replace(/\s+/g, '').replace(/–/g, '-').replace(/QD/i, 'QĐ');
  const date = readDate(number ? value.slice(number.index + number[0].length) : value);
  if (date) reference.date = date;
  const issuer = ISSUER.exec(value);
  if (issuer) reference.issuer = issuer[1]!.replace(/\s+/g, ' ').trim();
  return reference.number || reference.date ? reference : null;
}

function readDate(text: string): string | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return parseRegistryDate(numeric[1]!) ?? undefined;
  const worded = WORDED_DATE.exec(foldVietnamese(text));
  if (worded) {
    const iso = `${worded[3]}-${worded[2]!.padStart(2, '0')}-${worded[1]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}
