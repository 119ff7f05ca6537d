import { describe, expect, it } from 'vitest';
import { isCertified, parseScore, parseStars, scoreMatchesStars, starsForScore } from '../../../src/domain/stars.ts';

describe('parseStars', () => {
  it.each([
    ['4', 4],
    ['4 sao', 4],
    ['4 Sao', 4],
    ['★★★★', 4],
    ['★★★★★', 5],
    ['3★', 3],
    ['5.0', 5],
    ['3 stars', 3],
  ])('reads "%s" as %i stars', (text, stars) => {
    expect(parseStars(text)).toBe(stars);
  });

  it.each(['', 'bốn', '6', '0', '4,5', '★★★★★★'])('rejects "%s"', (text) => {
    expect(parseStars(text)).toBeNull();
  });
});

describe('point bands', () => {
  it('gives 5 stars from 90 to 100, 4 from 70, 3 from 50', () => {
    expect([starsForScore(100), starsForScore(90), starsForScore(89.9), starsForScore(70), starsForScore(69.5), starsForScore(50), starsForScore(49)]).toEqual([
      5, 5, 4, 4, 3, 3, 2,
    ]);
  });

  it('finds 4 stars with 62 points contradictory', () => {
    expect(scoreMatchesStars(62, 4)).toBe(false);
    expect(scoreMatchesStars(78.5, 4)).toBe(true);
  });

  it('certifies only 3 stars and up', () => {
    expect([1, 2, 3, 4, 5].map(isCertified)).toEqual([false, false, true, true, true]);
  });
});

describe('parseScore', () => {
  it('accepts decimal commas and points', () => {
    expect(parseScore('72,5')).toBe(72.5);
    expect(parseScore('91.5')).toBe(91.5);
    expect(parseScore('80 điểm')).toBe(80);
  });

  it('rejects scores above 100 and words', () => {
    expect(parseScore('120')).toBeNull();
    expect(parseScore('cao')).toBeNull();
  });
});
