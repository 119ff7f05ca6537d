import { describe, expect, it } from 'vitest';
import { badgeOf, badgeSvg, type BadgeFacts } from '../../../src/formats/badge.ts';

/** Tonight's build date; every certificate below is judged on it. */
const AS_OF = '2026-11-23';
const facts = (certificate: Partial<BadgeFacts['certificate']>, name = 'Mật ong rừng Ba Bể'): BadgeFacts => ({
  name,
  certificate: { stars: 4, expiresOn: '2028-10-28', status: 'active', ...certificate },
});
/** The badge's visible words, in order (the title is the text alternative, read apart). */
const visible = (svg: string) => [...svg.replace(/<title[\s\S]*?<\/title>/, '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
const title = (svg: string) => /<title id="t">([^<]*)<\/title>/.exec(svg)?.[1];

describe('the verification badge on a fixed build date', () => {
  it('a valid certificate: the stars and the last valid day', () => {
    const svg = badgeSvg(badgeOf(facts({}), AS_OF, 'vi'));
    expect(visible(svg)).toBe('OCOP ★★★★ còn hiệu lực đến 28/10/2028');
    expect(title(svg)).toBe('Chứng nhận OCOP của Mật ong rừng Ba Bể: 4 sao, còn hiệu lực đến 28/10/2028');
    expect(visible(badgeSvg(badgeOf(facts({}), AS_OF, 'en')))).toBe('OCOP ★★★★ valid until 28 October 2028');
  });

  it('valid on its last day, expired the day after', () => {
    expect(visible(badgeSvg(badgeOf(facts({ expiresOn: AS_OF }), AS_OF, 'vi')))).toBe('OCOP ★★★★ còn hiệu lực đến 23/11/2026');
    expect(visible(badgeSvg(badgeOf(facts({ expiresOn: '2026-11-22' }), AS_OF, 'vi')))).toBe('OCOP hết hiệu lực từ 23/11/2026');
  });

  it('under re-rating: before expiry it says both; past expiry, within the grace, it keeps the stars until the grace ends', () => {
    const filedEarly = badgeOf(facts({ status: 'pending-rerating' }), AS_OF, 'vi');
    expect(visible(badgeSvg(filedEarly))).toBe('OCOP ★★★★ còn hiệu lực đến 28/10/2028, đang đánh giá lại');
    expect(filedEarly.tone).toBe('rerating');
    // Expired 2026-07-01; the 180-day grace runs to 2026-12-28.
    const inGrace = badgeOf(facts({ status: 'pending-rerating', expiresOn: '2026-07-01' }), AS_OF, 'vi');
    expect(visible(badgeSvg(inGrace))).toBe('OCOP ★★★★ đang đánh giá lại, giữ sao đến 28/12/2026');
    expect(visible(badgeSvg(badgeOf(facts({ status: 'pending-rerating', expiresOn: '2026-07-01' }), AS_OF, 'en')))).toBe(
      'OCOP ★★★★ under re-rating, stars kept until 28 December 2026',
    );
    // Past the grace, the stars go like any lapse, from the day after it ended.
    const pastGrace = badgeOf(facts({ status: 'pending-rerating', expiresOn: '2026-05-01' }), AS_OF, 'vi');
    expect(visible(badgeSvg(pastGrace))).toBe('OCOP hết hiệu lực từ 29/10/2026');
  });

  it('an expired certificate: no stars, since when', () => {
    const badge = badgeOf(facts({ expiresOn: '2026-06-30' }), AS_OF, 'vi');
    expect(badge.stars).toBeUndefined();
    expect(badge.tone).toBe('expired');
    const svg = badgeSvg(badge);
    expect(visible(svg)).toBe('OCOP hết hiệu lực từ 01/07/2026');
    expect(svg).not.toContain('★');
    expect(visible(badgeSvg(badgeOf(facts({ expiresOn: '2026-06-30' }), AS_OF, 'en')))).toBe('OCOP expired since 1 July 2026');
  });

  it('a revoked certificate: no stars, whatever its dates, with the date when known', () => {
    const svg = badgeSvg(badgeOf(facts({ status: 'revoked', revokedOn: '2026-03-15' }), AS_OF, 'vi'));
    expect(visible(svg)).toBe('OCOP đã thu hồi ngày 15/03/2026');
    expect(svg).not.toContain('★');
    expect(title(svg)).toBe('Chứng nhận OCOP của Mật ong rừng Ba Bể: đã thu hồi ngày 15/03/2026');
    expect(visible(badgeSvg(badgeOf(facts({ status: 'revoked' }), AS_OF, 'en')))).toBe('OCOP revoked');
  });

  it('is an accessible image named by its title, and the same facts on a later night give a different badge', () => {
    const svg = badgeSvg(badgeOf(facts({ expiresOn: '2026-11-23' }), AS_OF, 'vi'));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t"/);
    expect(svg).toContain('<title id="t">');
    expect(badgeSvg(badgeOf(facts({ expiresOn: '2026-11-23' }), '2026-11-24', 'vi'))).not.toBe(svg);
  });

  it('stays under 2 KB for a long name in the longest state, and escapes what the name holds', () => {
    const name = `Nước mắm cốt cá cơm "Cửa Hội" <đặc biệt> & ${'thượng hạng '.repeat(8)}`;
    for (const lang of ['vi', 'en'] as const) {
      const svg = badgeSvg(badgeOf(facts({ status: 'pending-rerating', expiresOn: '2026-07-01', stars: 5 }, name), AS_OF, lang));
      expect(Buffer.byteLength(svg), lang).toBeLessThanOrEqual(2048);
      expect(svg).toContain('&quot;Cửa Hội&quot; &lt;đặc biệt&gt; &amp;');
    }
  });

  it('gives each box room for its text: a longer status makes a wider badge', () => {
    const width = (svg: string) => Number(/width="(\d+)"/.exec(svg)![1]);
    const valid = badgeSvg(badgeOf(facts({}), AS_OF, 'vi'));
    const revoked = badgeSvg(badgeOf(facts({ status: 'revoked' }), AS_OF, 'vi'));
    expect(width(valid)).toBeGreaterThan(width(revoked));
    for (const m of valid.matchAll(/<text x="(\d+)"[^>]*textLength="(\d+)"/g)) expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(width(valid));
  });
});
