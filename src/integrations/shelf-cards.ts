/**
 * The printable shelf cards in the Astro build (src/pipeline/shelf-cards.ts does
 * the work): after the pages, a card for every currently certified product and
 * language, and a sheet for every producer with one, are linked into the site;
 * in `astro dev` they are drawn on request.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishShelfPrints, shelfPrintFile, shelfPrintsOf } from '../pipeline/shelf-cards.ts';
import { registryFacts, serveDrawnFiles } from './drawn-on-request.ts';

/** The cards and sheets the registry and the build date call for, as the product pages judge them. */
async function currentShelfPrints(site: string) {
  const { products, producers, asOf } = await registryFacts();
  return shelfPrintsOf(products, producers, asOf, site);
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
        serveDrawnFiles(server, async (pathname) => {
          if (!pathname.endsWith('.pdf')) return undefined;
          const { cards, sheets } = await currentShelfPrints(site);
          const print = [...cards, ...sheets].find((candidate) => candidate.path === pathname);
          return print && { type: 'application/pdf', body: await readFile(await shelfPrintFile(print)) };
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
