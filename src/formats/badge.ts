/**
 * The live verification badge: a small SVG a producer embeds on a shop page
 * ("OCOP ★★★★ còn hiệu lực đến 28/10/2028"). It is redrawn every night from the
 * certificate's facts and the build date, so the same URL says "hết hiệu lực" or
 * "đã thu hồi" from the night the certificate lapses or is revoked, and says
 * "đang đánh giá lại" while a re-rating keeps the stars. A pure function of the
 * facts and the as-of date, in the page's language.
 */
import { certificateStateOn, type CertificateFacts, type CertificateState } from '../domain/certificate.ts';
import { escapeHtml } from '../domain/html-text.ts';
import { formatDate } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/index.ts';

export interface BadgeFacts {
  name: string;
  certificate: CertificateFacts & { stars: number };
}

/** What the badge says and how it looks: `stars` only while they may be shown. */
export interface Badge {
  stars: number | undefined;
  status: string;
  tone: 'valid' | 'rerating' | 'expired' | 'revoked';
  /** The text alternative: the product, its stars and the status, in words. */
  title: string;
}

export function badgeOf(facts: BadgeFacts, asOf: string, lang: Lang): Badge {
  const d = t(lang);
  const state = certificateStateOn(facts.certificate, asOf);
  const { status, tone } = statusOf(state, lang);
  const stars = state.shown ? facts.certificate.stars : undefined;
  return { stars, status, tone, title: d.badge.title(facts.name, stars ? `${d.stars(stars)}, ` : '', status) };
}

/**
 * The badge of a product whose row has left the export (its page is gone): kept at
 * its URL by the nightly job (src/publish/removed-badges.ts) so an embedded copy
 * stops vouching for it instead of breaking.
 */
export function removedBadge(name: string, lang: Lang): Badge {
  const d = t(lang);
  return { stars: undefined, status: d.badge.removed, tone: 'expired', title: d.badge.title(name, '', d.badge.removed) };
}

function statusOf(state: CertificateState, lang: Lang): Pick<Badge, 'status' | 'tone'> {
  const words = t(lang).badge;
  const date = (iso: string) => formatDate(lang, iso);
  switch (state.state) {
    case 'valid':
      return state.underRerating
        ? { status: words.validUnderRerating(date(state.validUntil)), tone: 'rerating' }
        : { status: words.valid(date(state.validUntil)), tone: 'valid' };
    case 'pending':
      return { status: words.pending(date(state.validUntil)), tone: 'rerating' };
    case 'expired':
      return { status: words.expired(date(state.since)), tone: 'expired' };
    case 'revoked':
      return { status: words.revoked(state.since ? date(state.since) : null), tone: 'revoked' };
  }
}

/** Background of the status half; each carries white text above 4.5:1, and the words say the state too. */
const TONES: Record<Badge['tone'], string> = { valid: '#1d5e3a', rerating: '#7a4f00', expired: '#595959', revoked: '#9b1c1c' };
const HEIGHT = 28;
const FONT_SIZE = 13;
const PAD = 9;

/**
 * The width of a run of bold 13 px text, from generous advances of Verdana and
 * DejaVu Sans by kind of character (the star comes from a fallback font).
 * `textLength` then pins the run to its box, whatever font the viewer draws it in.
 */
function textWidth(text: string): number {
  let width = 0;
  for (const c of text.normalize('NFC')) {
    if (c === '★') width += 14;
    else if (/[\p{Lu}]/u.test(c)) width += 10;
    else if (/[0-9]/.test(c)) width += 9;
    else if (/[\s,./:;!'()-]/.test(c)) width += 5;
    else width += 8.2;
  }
  return Math.ceil(width);
}

/** The badge as an SVG document, well under 2 KB: two boxes of text, no font, no script. */
export function badgeSvg(badge: Badge): string {
  const label = badge.stars ? `OCOP ${'★'.repeat(badge.stars)}` : 'OCOP';
  const labelWidth = textWidth(label) + 2 * PAD;
  const statusWidth = textWidth(badge.status) + 2 * PAD;
  const width = labelWidth + statusWidth;
  const y = HEIGHT / 2 + FONT_SIZE * 0.36;
  const text = (x: number, w: number, body: string, fill: string) =>
    `<text x="${x}" y="${y.toFixed(1)}" textLength="${w - 2 * PAD}" lengthAdjust="spacingAndGlyphs" fill="${fill}">${escapeHtml(body)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeHtml(badge.title)}</title>`,
    `<rect width="${width}" height="${HEIGHT}" rx="4" fill="${TONES[badge.tone]}"/>`,
    `<path d="M4 0h${labelWidth - 4}v${HEIGHT}H4a4 4 0 0 1-4-4V4a4 4 0 0 1 4-4z" fill="#17452f"/>`,
    `<g font-family="Verdana,'DejaVu Sans',Arial,sans-serif" font-size="${FONT_SIZE}" font-weight="700">`,
    text(PAD, labelWidth, label, '#ffd23f'),
    text(labelWidth + PAD, statusWidth, badge.status, '#ffffff'),
    '</g></svg>',
  ].join('');
}
