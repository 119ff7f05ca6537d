/**
 * Open Graph share images (1200×630 PNG) composed as SVG and drawn by sharp, in
 * the site's font (see src/pipeline/share-fonts.ts). Stars are drawn as shapes,
 * not glyphs, and only when the caller passes stars that are valid today.
 */
import sharp from 'sharp';
import { escapeHtml } from '../domain/html-text.ts';
import { cachedDrawing, packageVersion } from './drawn-file-cache.ts';

// What else decides a drawing's bytes besides its SVG: the font and the rasteriser.
const PNG_OPTIONS = { compressionLevel: 9, palette: true } as const;
const DRAWING = JSON.stringify({ font: packageVersion('@expo-google-fonts/be-vietnam-pro'), vips: sharp.versions.vips, png: PNG_OPTIONS });

/** Every drawn card's size in pixels: what pages declare as og:image:width and og:image:height. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Large text: a product or story title. */
  title: string;
  /** Stars valid on the build date, or none. */
  stars?: number | undefined;
  /** Small line under the stars: province, producer. */
  subtitle?: string | undefined;
  /** Footer: the site name. */
  siteName: string;
}

/** The product a story tells about first, as its card names it: stars only when valid on the build date. */
export interface StoryCardProduct {
  name: string;
  stars?: number | undefined;
  province: string;
}

/** A story's card: the story's own title, large; the product it tells about first under it, with its stars. */
export function storyShareCard(title: string, product: StoryCardProduct | undefined, siteName: string): ShareCard {
  return {
    title,
    stars: product?.stars,
    subtitle: product ? `${product.name} · ${product.province}` : undefined,
    siteName,
  };
}

/** Breaks text into lines of at most `width` characters, on spaces, at most `max` lines. */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) return [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
  return lines;
}

function starPath(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return `<polygon points="${points.join(' ')}" fill="#ffd23f"/>`;
}

export function shareCardSvg(card: ShareCard): string {
  // About 24 bold characters fit a 1,040-pixel line at 64 px; 44 regular ones at 40 px.
  const lines = wrapText(card.title, 24, 3);
  const titleTop = 150;
  const lineHeight = 78;
  const title = lines.map((l, i) => `<text x="80" y="${titleTop + i * lineHeight}" font-size="64" font-weight="700">${escapeHtml(l)}</text>`).join('');
  const afterTitle = titleTop + (lines.length - 1) * lineHeight + 90;
  const stars = card.stars ? Array.from({ length: card.stars }, (_, i) => starPath(110 + i * 70, afterTitle, 30)).join('') : '';
  const subtitleY = card.stars ? afterTitle + 85 : afterTitle;
  const subtitle = card.subtitle
    ? wrapText(card.subtitle, 44, lines.length > 2 ? 1 : 2)
        .map((l, i) => `<text x="80" y="${subtitleY + i * 50}" font-size="40">${escapeHtml(l)}</text>`)
        .join('')
    : '';
  const { width, height } = SHARE_CARD_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#17452f"/><rect y="${height - 30}" width="${width}" height="30" fill="#a6461a"/>
<g font-family="Be Vietnam Pro" fill="#ffffff">${title}${subtitle}
<text x="80" y="560" font-size="32" font-weight="700" fill="#ffd23f">${escapeHtml(card.siteName)}</text></g>${stars}
</svg>`;
}

/** The card as PNG, from the build cache when the same card was drawn on an earlier night. */
export async function shareCardPng(card: ShareCard): Promise<Buffer> {
  const svg = shareCardSvg(card);
  return cachedDrawing('share-card', `${DRAWING}\n${svg}`, () => sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
}
