/**
 * What the integrations that put drawn files into the built site (QR codes,
 * shelf cards, share cards and badges) share: the registry as the pages read it,
 * and, in `astro dev`, a middleware that draws the file a path names on request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { registryDir } from '../queries/registry-loader.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** A file drawn for a path, or undefined when the path is not one of the integration's. */
export type DrawnFile = { type: string; body: Buffer | string } | undefined;

/** The registry's products, its producers and the build date, as the pages read them. */
export async function registryFacts(): Promise<{ products: Product[]; producers: Producer[]; asOf: string }> {
  const read = async <T>(file: string) => JSON.parse(await readFile(path.join(registryDir(), file), 'utf8')) as T;
  const [products, producers] = await Promise.all([read<Product[]>('products.json'), read<Producer[]>('producers.json')]);
  const { BUILD_DATE } = await import('../queries/build-info.ts'); // reads the registry's meta.json: builds only
  return { products, producers, asOf: BUILD_DATE };
}

/** `astro dev`: answers a path with the file `draw` makes for it, or passes it on. */
export function serveDrawnFiles(server: DevServer, draw: (pathname: string) => Promise<DrawnFile>): void {
  server.middlewares.use((request, response, next) => {
    draw(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''))
      .then((file) => {
        if (!file) return next();
        response.setHeader('Content-Type', file.type);
        response.end(file.body);
      })
      .catch(next);
  });
}
