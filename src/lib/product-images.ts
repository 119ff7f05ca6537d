/**
 * Product photos copied by the importer into `<registry>/images/`, handed to
 * astro:assets so they come out resized, in modern formats and cached between
 * builds. The folder is reached through the `@registry-images` alias (see
 * astro.config.mjs) because the registry folder is chosen by OCOP_CONTENT_DIR.
 * Photos given as remote URLs are not fetched at build time (the build must work
 * offline and a dead link must not show a broken image): they get the placeholder.
 */
import type { ImageMetadata } from 'astro';

/**
 * Every photo is encoded at these widths (never upscaled), 4:3, as WebP only:
 * product cards, the product page and search thumbnails share one set, so a photo
 * costs at most four encodes (these and the share image) instead of eleven. WebP
 * encodes several times faster than AVIF for somewhat larger files, and every
 * browser in use reads it (docs/performance.md, "Images").
 */
export const PHOTO_WIDTHS = [160, 480, 720] as const;
export const PHOTO_FORMAT = 'webp';
export const photoHeight = (width: number) => Math.round((width * 3) / 4);
/** The widths a photo of this source width is encoded at: never upscaled. */
export function photoWidths(sourceWidth: number): number[] {
  const fitting = PHOTO_WIDTHS.filter((w) => w <= sourceWidth);
  return fitting.length > 0 ? fitting : [sourceWidth];
}
/**
 * The search result thumbnail (shown at 72 px) reuses the smallest variant: same
 * options, so the same file. A card or the product photo takes 480, or 720 when
 * it fills a phone's width at twice the pixel density.
 */
export const thumbnailOptions = (src: ImageMetadata) => {
  const width = photoWidths(src.width)[0]!;
  return { src, width, height: photoHeight(width), fit: 'cover', format: PHOTO_FORMAT } as const;
};
/** What a shared link shows: the photo cropped to the 1.91:1 card shape, as JPEG (every network's crawler reads it). */
export const shareImageOptions = (src: ImageMetadata) => {
  const width = Math.min(1200, src.width);
  return { src, width, height: Math.round(width / 1.91), fit: 'cover', format: 'jpeg' } as const;
};

const modules = import.meta.glob<{ default: ImageMetadata }>('@registry-images/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP}');
const byFileName = new Map(Object.entries(modules).map(([key, load]) => [key.slice(key.lastIndexOf('/') + 1), load]));

/** The processed-image source of a product photo, or undefined when there is none to show. */
export async function productImage(file: string | undefined): Promise<ImageMetadata | undefined> {
  if (!file || /^https?:\/\//i.test(file)) return undefined;
  const load = byFileName.get(file);
  if (!load) return undefined;
  try {
    return (await load()).default;
  } catch {
    return undefined; // an unreadable file is shown as the placeholder, not a broken image
  }
}
