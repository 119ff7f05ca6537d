/**
 * Shelf-label QR codes: one SVG per currently certified product and language,
 * at `routes.qr`, put into the built site after the pages
 * (src/integrations/qr-codes.ts). They were Astro endpoints until the national
 * bench showed Astro's work per file, not the drawing, costing a sixth of page
 * generation for 33,778 codes (docs/performance.md, "National scale"); now each
 * is a hard link to the drawn-file cache.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { certificateStateOn } from '../domain/certificate.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { inParallel } from '../util/in-parallel.ts';
import { linkOrCopy } from '../util/link-or-copy.ts';
import { qrFile } from '../images/qr.ts';
import type { Product } from '../schemas/product.ts';

export interface QrCode {
  /** Where the code is served: `/qr/<id>.svg`, `/en/qr/<id>.svg`. */
  path: string;
  /** What it opens: the product page's absolute URL. */
  target: string;
}

type ProductFacts = Pick<Product, 'id' | 'certificate'>;

/** The codes of a build: a product gets one per language while its stars may be shown (as its page does). */
export function qrCodesOf(products: readonly ProductFacts[], asOf: string, site: string): QrCode[] {
  return products
    .filter((product) => certificateStateOn(product.certificate, asOf).shown)
    .flatMap((product) => LANGS.map((lang) => qrCodeOf(product.id, lang, site)));
}

function qrCodeOf(id: string, lang: Lang, site: string): QrCode {
  return { path: routes.qr(lang, id), target: new URL(routes.product(lang, id), site).href };
}

/** Draws what the cache lacks and links every code into `outDir`; returns how many. */
export async function publishQrCodes(codes: readonly QrCode[], outDir: string): Promise<number> {
  for (const folder of new Set(codes.map((code) => path.dirname(code.path)))) await mkdir(path.join(outDir, folder), { recursive: true });
  await inParallel(codes, 16, async (code) => linkOrCopy(await qrFile(code.target), path.join(outDir, code.path)));
  return codes.length;
}
