/**
 * Product photos copied by the importer into `<registry>/images/`, handed to
 * astro:assets so they come out resized, in modern formats and cached between
 * builds. The folder is reached through the `@registry-images` alias (see
 * astro.config.mjs) because the registry folder is chosen by OCOP_CONTENT_DIR.
 * Photos given as remote URLs are not fetched at build time (the build must work
 * offline and a dead link must not show a broken image): they get the placeholder.
 */
import type { ImageMetadata } from 'astro';

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
