/**
 * The shelf QR codes in the Astro build (src/pipeline/qr-codes.ts does the work):
 * after the pages, a code for every currently certified product and language is
 * linked into the site; in `astro dev` they are drawn on request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { registryDir } from '../queries/registry-loader.ts';
import { qrSvg } from '../images/qr.ts';
import { publishQrCodes, qrCodesOf } from '../pipeline/qr-codes.ts';
import type { Product } from '../schemas/product.ts';

/** The codes the registry and the build date call for, as the product pages judge them. */
async function currentQrCodes(site: string) {
  const products = JSON.parse(await readFile(path.join(registryDir(), 'products.json'), 'utf8')) as Product[];
  const { BUILD_DATE } = await import('../queries/build-info.ts'); // reads the registry's meta.json: builds only
  return qrCodesOf(products, BUILD_DATE, site);
}

export function qrCodes(): AstroIntegration {
  let site = '';
  return {
    name: 'ocop-qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost/';
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          if (!/^\/(en\/)?qr\/[^/]+\.svg$/.test(pathname)) return next();
          currentQrCodes(site)
            .then(async (codes) => {
              const code = codes.find((candidate) => candidate.path === pathname);
              if (!code) return next();
              response.setHeader('Content-Type', 'image/svg+xml');
              response.end(await qrSvg(code.target));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('linking QR codes into the site');
        const linked = await publishQrCodes(await currentQrCodes(site), fileURLToPath(dir));
        logger.info(`${linked} QR codes linked into the site`);
      },
    },
  };
}
