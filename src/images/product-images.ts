/**
 * Product photos copied by the importer into `<registry>/images/`, encoded once
 * into the build cache by `src/pipeline/photos.ts` and looked up here by file
 * name. Pages only read the photo manifest: no image work happens while pages
 * render. Photos given as remote URLs are not fetched at build time (the build
 * must work offline and a dead link must not show a broken image): they, and
 * unreadable files, get the placeholder.
 */
import { readFileSync } from 'node:fs';

/**
 * Every photo is encoded at these widths (never upscaled), 4:3, as WebP only:
 * product cards, the product page and search thumbnails share one set, so a photo
 * costs at most four encodes (these and the share image). WebP encodes several
 * times faster than AVIF for somewhat larger files, and every browser in use
 * reads it (docs/performance.md, "Images").
 */
export const PHOTO_WIDTHS = [160, 480, 720] as const;
export const photoHeight = (width: number) => Math.round((width * 3) / 4);
/** The widths a photo of this source width is encoded at: never upscaled. */
export function photoWidths(sourceWidth: number): number[] {
  const fitting = PHOTO_WIDTHS.filter((w) => w <= sourceWidth);
  return fitting.length > 0 ? fitting : [sourceWidth];
}
/** What a shared link shows: the photo cropped to the 1.91:1 card shape, as JPEG (every network's crawler reads it). */
export function shareSize(sourceWidth: number): { width: number; height: number } {
  const width = Math.min(1200, sourceWidth);
  return { width, height: Math.round(width / 1.91) };
}

export interface PhotoFile {
  url: string;
  width: number;
  height: number;
}

/** One photo's published files: WebP variants smallest first, and the share image. */
export interface PhotoSet {
  variants: PhotoFile[];
  share: PhotoFile;
}

/** Where the site serves photo files from; their names carry a content hash. */
export const PHOTOS_URL = '/photos/';

/** Registry file name → its photo set. */
export type PhotoManifest = Record<string, PhotoSet>;

/** Where the build's photo step left the manifest (set for the build by the photos integration). */
export const PHOTO_MANIFEST_ENV = 'OCOP_PHOTO_MANIFEST';

let manifest: PhotoManifest | undefined;

function loadManifest(): PhotoManifest {
  const file = process.env[PHOTO_MANIFEST_ENV];
  manifest ??= file ? (JSON.parse(readFileSync(file, 'utf8')) as PhotoManifest) : {};
  return manifest;
}

/**
 * Story photos share the manifest under this prefix and their front-matter path
 * (`stories/images/honey.jpg`), so a story photo and a registry photo of the same
 * file name never stand for each other.
 */
export const STORY_PHOTO_KEY = 'stories/';

/** The photo set of a story's own photo (`images/<file>` in its front matter), or undefined. */
export function storyPhoto(photo: string | undefined): PhotoSet | undefined {
  return photo ? loadManifest()[`${STORY_PHOTO_KEY}${photo}`] : undefined;
}

/** The photo set of a registry photo field, or undefined when there is none to show. */
export function productPhoto(file: string | undefined): PhotoSet | undefined {
  if (!file || /^https?:\/\//i.test(file)) return undefined;
  return loadManifest()[file];
}

/**
 * The search result thumbnail (shown at 72 px) is the smallest variant: the same
 * file as in the srcset, not one more encode.
 */
export const thumbnailOf = (photo: PhotoSet): PhotoFile => photo.variants[0]!;
