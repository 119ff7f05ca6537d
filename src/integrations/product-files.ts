/**
 * The products' share cards and verification badges in the Astro build
 * (src/pipeline/product-files.ts does the work): after the pages, a card and a
 * badge for every product and language are put into the site; in `astro dev`
 * they are drawn on request.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { badgeOf, badgeSvg } from '../formats/badge.ts';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { drawProductCard } from '../images/product-card.ts';
import { cardPhotoOf, productCardOf, publishProductFiles } from '../pipeline/product-files.ts';
import { type DrawnFile, registryFacts, serveDrawnFiles } from './drawn-on-request.ts';

/** `astro dev`: the card or badge a path names, drawn now; undefined for any other path. */
async function devFile(pathname: string): Promise<DrawnFile> {
  if (!/\/[^/]+\.(svg|jpg)$/.test(pathname)) return undefined;
  const { products, asOf } = await registryFacts();
  for (const product of products) {
    for (const lang of LANGS) {
      if (pathname === routes.badge(lang, product.id)) return { type: 'image/svg+xml', body: badgeSvg(badgeOf(product, asOf, lang)) };
      if (pathname === routes.productShareCard(lang, product.id))
        return { type: 'image/jpeg', body: await drawProductCard(productCardOf(product, asOf, lang, cardPhotoOf(product))) };
    }
  }
  return undefined;
}

export function productFiles(): AstroIntegration {
  return {
    name: 'ocop-product-files',
    hooks: {
      'astro:server:setup': ({ server }) => serveDrawnFiles(server, devFile),
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('putting share cards and badges into the site');
        const started = performance.now();
        const { products, asOf } = await registryFacts();
        const result = await publishProductFiles(products, asOf, fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${result.cards} share cards and ${result.badges} badges put into the site in ${seconds} s`);
      },
    },
  };
}
