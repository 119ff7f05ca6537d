/**
 * The files drawn per product and language besides its page: the share card
 * (`routes.productShareCard`, 1200×630 JPEG) and the live verification badge
 * (`routes.badge`, a small SVG). Every product the registry keeps gets both,
 * current or withdrawn, because its page exists either way: a withdrawn
 * product's card and badge say it is withdrawn.
 *
 * Like the shelf QR codes (src/pipeline/qr-codes.ts), they are put into the
 * built site after the pages rather than rendered as Astro endpoints, whose work
 * per file costs more than the drawing at national scale. A card is a hard link
 * to the drawn-file cache (drawn only when its text or photo changed), and so
 * is a badge: a few hundred bytes, but a file of its own, and with ten releases
 * kept, 40,000 badges written anew each night would hold a disk block each per
 * release; linked, the releases share the badges that did not change.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { certificateStateOn } from '../domain/certificate.ts';
import { categoryByKey } from '../domain/taxonomy.ts';
import { badgeOf, badgeSvg } from '../formats/badge.ts';
import { formatDate } from '../i18n/format.ts';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { buildCacheDir, drawnFile } from '../images/drawn-file-cache.ts';
import { productCardFile, type ProductCard } from '../images/product-card.ts';
import { PHOTOS_URL, productPhoto } from '../images/product-images.ts';
import { productName } from '../queries/in-language.ts';
import { provinceName } from '../queries/provinces.ts';
import type { Product } from '../schemas/product.ts';
import { inParallel } from '../util/in-parallel.ts';
import { linkOrCopy } from '../util/link-or-copy.ts';

export type ProductFacts = Pick<Product, 'id' | 'name' | 'nameEn' | 'certificate' | 'category' | 'address' | 'image'>;

/** The card of one product in one language, as its page would say it on `asOf`. `photo` is the photo's cached file. */
export function productCardOf(product: ProductFacts, asOf: string, lang: Lang, photo: string | undefined): ProductCard {
  const d = t(lang);
  const state = certificateStateOn(product.certificate, asOf);
  const sector = categoryByKey(product.category).sector;
  const date = (iso: string) => formatDate(lang, iso);
  return {
    // An English card names the product as its English page does.
    name: productName(product, lang).text,
    province: provinceName(product.address.provinceCode, lang),
    sector: { key: sector.key, label: sector.label[lang] },
    siteName: d.siteName,
    photo,
    certificate: state.shown
      ? {
          shown: true,
          stars: product.certificate.stars,
          starsText: d.stars(product.certificate.stars),
          validUntilText: d.shareCard.validUntil(date(state.validUntil)),
          note: state.underRerating ? d.shareCard.underRerating : undefined,
        }
      : {
          shown: false,
          headline: d.shareCard.withdrawn,
          detail: state.state === 'expired' ? d.shareCard.expiredSince(date(state.since)) : d.shareCard.revokedOn(state.since ? date(state.since) : null),
        },
  };
}

/**
 * The cached file of the product's largest photo variant, or none. The photos step
 * has encoded it before the pages (src/pipeline/photos.ts); its name carries a hash
 * of the photo's bytes.
 */
export function cardPhotoOf(product: Pick<Product, 'image'>, cacheDir: string = buildCacheDir()): string | undefined {
  const largest = productPhoto(product.image)?.variants.at(-1);
  return largest && path.join(cacheDir, 'photos', largest.url.slice(PHOTOS_URL.length));
}

/** What the step did, for the build log and the benchmark. */
export interface ProductFilesResult {
  cards: number;
  badges: number;
}

/** Draws the cards the cache lacks, writes every badge, and puts both into `outDir`. */
export async function publishProductFiles(products: readonly ProductFacts[], asOf: string, outDir: string): Promise<ProductFilesResult> {
  const folders = new Set(LANGS.flatMap((lang) => [path.dirname(routes.productShareCard(lang, 'x')), path.dirname(routes.badge(lang, 'x'))]));
  for (const folder of folders) await mkdir(path.join(outDir, folder), { recursive: true });
  const jobs = products.flatMap((product) => LANGS.map((lang) => ({ product, lang })));
  // sharp draws on its own threads; a few cards in flight keep both cores busy without
  // holding many 1200×630 bitmaps at once.
  await inParallel(jobs, 4, async ({ product, lang }) => {
    const card = await productCardFile(productCardOf(product, asOf, lang, cardPhotoOf(product)));
    await linkOrCopy(card, path.join(outDir, routes.productShareCard(lang, product.id)));
    const badge = badgeSvg(badgeOf(product, asOf, lang));
    await linkOrCopy(await drawnFile('badge', badge, async () => badge), path.join(outDir, routes.badge(lang, product.id)));
  });
  return { cards: jobs.length, badges: jobs.length };
}
