/**
 * A product's share card (1200×630 JPEG): what a shared link to its page shows.
 * The photo on the left (or, without one, a panel in its sector's colour), and
 * on the right the name, the stars as shapes with their number in words, the
 * province and the valid-until date. A withdrawn product's card says so in words
 * and shows no stars; its photo is grey. The words come from the caller in the
 * page's language; this module only lays them out and draws them.
 *
 * Drawn by sharp from SVG in the full Be Vietnam Pro faces (src/pipeline/share-fonts.ts),
 * and kept in the build cache by a hash of the SVG and the photo's content-named
 * file, so an unchanged night draws no card again.
 */
import path from 'node:path';
import sharp from 'sharp';
import { escapeHtml } from '../domain/html-text.ts';
import type { SectorKey } from '../domain/taxonomy.ts';
import { drawnFile, packageVersion } from './drawn-file-cache.ts';
import { SHARE_CARD_SIZE, wrapText } from './share-image.ts';

/**
 * JPEG: a card is half photo, and the crawlers of every network read it (WebP
 * would be a third smaller, but not every network's crawler takes it). mozjpeg at
 * quality 80 keeps the type clean at about 50 KB; a palette PNG is about twice
 * the bytes (docs/performance.md, "Product share cards and badges").
 */
const JPEG_OPTIONS = { quality: 80, mozjpeg: true } as const;
const DRAWING = JSON.stringify({
  card: 1,
  font: packageVersion('@expo-google-fonts/be-vietnam-pro'),
  vips: sharp.versions.vips,
  jpeg: JPEG_OPTIONS,
});

export const PRODUCT_CARD_FILE_TYPE = 'image/jpeg';

/** What one card shows, already in the page's language. */
export interface ProductCard {
  name: string;
  province: string;
  sector: { key: SectorKey; label: string };
  /** Footer: the site's name. */
  siteName: string;
  /** The card of a certificate valid on the build date, or of a withdrawn one (no stars). */
  certificate:
    | { shown: true; stars: number; starsText: string; validUntilText: string; note?: string | undefined }
    | { shown: false; headline: string; detail: string };
  /** The photo's file in the build cache (its name carries a hash of its content), if any. */
  photo?: string | undefined;
}

/** Dark enough for white text (above 4.5:1) on the panel of a product without a photo. */
export const SECTOR_COLOURS: Record<SectorKey, string> = {
  I: '#8a4b12',
  II: '#1f5f7a',
  III: '#2f6b3a',
  IV: '#6b3f7a',
  V: '#4a6b1f',
  VI: '#7a2f3f',
};
const WITHDRAWN_PANEL = '#5f5f5f';

/** The left panel's width; the photo is cropped to it. */
export const PANEL_WIDTH = 540;
const TEXT_X = PANEL_WIDTH + 60;

function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return `<polygon points="${points.join(' ')}" fill="#e0a100"/>`;
}

const line = (x: number, y: number, size: number, body: string, extra = '') => `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeHtml(body)}</text>`;

/** The panel of a product without a photo: its sector's colour, the OCOP mark and the sector's name. */
function sectorPanel(card: ProductCard): string {
  const fill = card.certificate.shown ? SECTOR_COLOURS[card.sector.key] : WITHDRAWN_PANEL;
  const label = wrapText(card.sector.label, 18, 3)
    .map((l, i) => line(PANEL_WIDTH / 2, 470 + i * 46, 36, l, ' text-anchor="middle"'))
    .join('');
  return `<rect width="${PANEL_WIDTH}" height="${SHARE_CARD_SIZE.height}" fill="${fill}"/>
<circle cx="${PANEL_WIDTH / 2}" cy="270" r="130" fill="none" stroke="#ffffff" stroke-width="10"/>
<g font-family="Be Vietnam Pro" fill="#ffffff" font-weight="700">${line(PANEL_WIDTH / 2, 292, 64, 'OCOP', ' text-anchor="middle"')}${label}</g>`;
}

/** The card as SVG, before the photo is laid over its left panel. Pure: the tests read it. */
export function productCardSvg(card: ProductCard): string {
  const { width, height } = SHARE_CARD_SIZE;
  // About 17 bold characters fit the 540-pixel column at 54 px.
  const names = wrapText(card.name, 17, 3);
  const nameTop = 190;
  const name = names.map((l, i) => line(TEXT_X, nameTop + i * 66, 54, l, ' font-weight="700" fill="#17452f"')).join('');
  let y = nameTop + (names.length - 1) * 66 + 80;
  const parts: string[] = [];
  const cert = card.certificate;
  if (cert.shown) {
    parts.push(...Array.from({ length: cert.stars }, (_, i) => star(TEXT_X + 28 + i * 62, y - 14, 28)));
    parts.push(line(TEXT_X + cert.stars * 62 + 20, y, 40, cert.starsText, ' font-weight="700" fill="#17452f"'));
    y += 64;
    parts.push(line(TEXT_X, y, 34, card.province, ' fill="#333333"'));
    y += 52;
    parts.push(line(TEXT_X, y, 32, cert.validUntilText, ' fill="#333333"'));
    if (cert.note) parts.push(line(TEXT_X, y + 48, 30, cert.note, ' font-weight="700" fill="#7a4f00"'));
  } else {
    parts.push(`<rect x="${TEXT_X - 16}" y="${y - 46}" width="${width - TEXT_X - 24}" height="64" rx="8" fill="#9b1c1c"/>`);
    parts.push(line(TEXT_X, y, 34, cert.headline, ' font-weight="700" fill="#ffffff"'));
    y += 64;
    parts.push(line(TEXT_X, y, 32, cert.detail, ' fill="#333333"'));
    y += 52;
    parts.push(line(TEXT_X, y, 34, card.province, ' fill="#333333"'));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#fbf8f1"/>${card.photo ? '' : sectorPanel(card)}
<rect x="${PANEL_WIDTH}" y="${height - 24}" width="${width - PANEL_WIDTH}" height="24" fill="#a6461a"/>
<g font-family="Be Vietnam Pro">${line(TEXT_X, 100, 28, card.siteName, ' font-weight="700" fill="#a6461a"')}${name}${parts.join('')}</g>
</svg>`;
}

/** Draws the card: the SVG, with the photo cropped into the left panel (grey when withdrawn). */
export async function drawProductCard(card: ProductCard): Promise<Buffer> {
  const svg = sharp(Buffer.from(productCardSvg(card)));
  if (!card.photo) return svg.jpeg(JPEG_OPTIONS).toBuffer();
  let photo = sharp(card.photo).resize(PANEL_WIDTH, SHARE_CARD_SIZE.height, { fit: 'cover' });
  if (!card.certificate.shown) photo = photo.grayscale();
  return svg
    .composite([{ input: await photo.toBuffer(), left: 0, top: 0 }])
    .jpeg(JPEG_OPTIONS)
    .toBuffer();
}

/** The card's file in the build cache, drawn first when no earlier night drew the same card. */
export async function productCardFile(card: ProductCard): Promise<string> {
  // The photo's name carries a hash of its bytes, so it stands for the photo in the key.
  const photo = card.photo ? path.basename(card.photo) : '';
  return drawnFile('product-card', `${DRAWING}\n${photo}\n${productCardSvg(card)}`, () => drawProductCard(card));
}
