/**
 * The printable shelf cards in the Astro build (src/pipeline/shelf-cards.ts does
 * the work): after the pages, a card for every currently certified product and
 * language, and a sheet for every producer with one, are linked into the site;
 * in `astro dev` they are drawn on request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { registryDir } from '../queries/registry-loader.ts';
import { publishShelfPrints, shelfPrintFile, shelfPrintsOf } from '../pipeline/shelf-cards.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';

/** The cards and sheets the registry and the build date call for, as the product pages judge them. */
async function currentShelfPrints(site: string) {
  const read = async <T>(file: string) => JSON.parse(await readFile(path.join(registryDir(), file), 'utf8')) as T;
  const [products, producers] = await Promise.all([read<Product[]>('products.json'), read<Producer[]>('producers.json')]);
  const { BUILD_DATE } = await import('../queries/build-info.ts'); // reads the registry's meta.json: builds only
  return shelfPrintsOf(products, producers, BUILD_DATE, site);
}

export function shelfCards(): AstroIntegration {
  let site = '';
  return {
    name: 'ocop-shelf-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost/';
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          if (!pathname.endsWith('.pdf')) return next();
          currentShelfPrints(site)
            .then(async ({ cards, sheets }) => {
              const print = [...cards, ...sheets].find((candidate) => candidate.path === pathname);
              if (!print) return next();
              response.setHeader('Content-Type', 'application/pdf');
              response.end(await readFile(await shelfPrintFile(print)));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('linking shelf cards into the site');
        const linked = await publishShelfPrints(await currentShelfPrints(site), fileURLToPath(dir));
        logger.info(`${linked.cards} shelf cards and ${linked.sheets} shelf-card sheets linked into the site`);
      },
    },
  };
}
