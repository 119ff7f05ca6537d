/**
 * The shelf QR codes in the Astro build (src/pipeline/qr-codes.ts does the work):
 * after the pages, a code for every currently certified product and language is
 * linked into the site; in `astro dev` they are drawn on request.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { qrSvg } from '../images/qr.ts';
import { publishQrCodes, qrCodesOf } from '../pipeline/qr-codes.ts';
import { registryFacts, serveDrawnFiles } from './drawn-on-request.ts';

/** The codes the registry and the build date call for, as the product pages judge them. */
async function currentQrCodes(site: string) {
  const { products, asOf } = await registryFacts();
  return qrCodesOf(products, asOf, site);
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
        serveDrawnFiles(server, async (pathname) => {
          if (!/^\/(en\/)?qr\/[^/]+\.svg$/.test(pathname)) return undefined;
          const code = (await currentQrCodes(site)).find((candidate) => candidate.path === pathname);
          return code && { type: 'image/svg+xml', body: await qrSvg(code.target) };
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
