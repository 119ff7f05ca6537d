/**
 * Stars and the point bands behind them (QĐ 26/2026/QĐ-TTg): a product is scored
 * out of 100 and the score decides the stars. Only 3 stars and up carry a certificate.
 */

export type StarCount = 1 | 2 | 3 | 4 | 5;
export type CertifiedStars = 3 | 4 | 5;

/** Lowest score of each star rating; a band runs up to (not including) the next one. */
export const POINT_BANDS: Readonly<Record<StarCount, { min: number; max: number }>> = {
  1: { min: 0, max: 30 },
  2: { min: 30, max: 50 },
  3: { min: 50, max: 70 },
  4: { min: 70, max: 90 },
  5: { min: 90, max: 100 },
};

export function isCertified(stars: number): stars is CertifiedStars {
  return stars === 3 || stars === 4 || stars === 5;
}

/** The stars a score earns. */
export function starsForScore(score: number): StarCount {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  if (score >= 30) return 2;
  return 1;
}

/** True when the score lies in the stars' point band (100 counts as 5 stars). */
export function scoreMatchesStars(score: number, stars: StarCount): boolean {
  return score >= 0 && score <= 100 && starsForScore(score) === stars;
}

/**
 * Reads stars written as `4`, `4 sao`, `4 stars`, `4★`, `★★★★` or `4.0`; null when the
 * text is not a star rating from 1 to 5.
 */
export function parseStars(text: string): StarCount | null {
  const value = text.normalize('NFC').trim().toLowerCase();
  if (!value) return null;
  const starGlyphs = value.match(/[★⭐]/g)?.length ?? 0;
  const withoutGlyphs = value.replace(/[★⭐☆\s]/g, '');
  let count: number | null = null;
  if (starGlyphs > 0 && withoutGlyphs === '') count = starGlyphs;
  else {
    const match = /^([1-5])(?:[.,]0+)?\s*(?:sao|stars?|★|⭐|\*)?$/.exec(value);
    if (match) count = Number(match[1]);
  }
  return count !== null && count >= 1 && count <= 5 ? (count as StarCount) : null;
}

/** Reads a score with a decimal point or a Vietnamese decimal comma (`72,5`); null otherwise. */
export function parseScore(text: string): number | null {
  const value = text
    .trim()
    .replace(/\s*(điểm|diem|points?)$/i, '')
    .replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(value)) return null;
  const score = Number(value);
  return score >= 0 && score <= 100 ? score : null;
}
