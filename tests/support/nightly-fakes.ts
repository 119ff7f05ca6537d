/**
 * Small stand-ins for the slow steps of the nightly job, so tests about the guard,
 * the checks and the publishing logic run in milliseconds. The fake build writes a
 * tiny site with the pages the catalogue promises, built from the release's own
 * registry, so the real release checks have something true to check.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import { badgeOf, badgeSvg } from '../../src/formats/badge.ts';
import { routes } from '../../src/i18n/routes.ts';
import { FIXED_PAGES, producerPages, productPages } from '../../src/publish/expected-pages.ts';
import { realSteps, type NightlySteps } from '../../src/publish/run-nightly.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

async function page(outDir: string, urlPath: string, body: string, head = ''): Promise<void> {
  const dir = path.join(outDir, ...urlPath.split('/').filter(Boolean));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), `<!doctype html><html><head>${head}</head><body><a href="/">home</a>${body}</body></html>\n`);
}

export async function fakeBuildSite({ contentDir, outDir, asOf }: { contentDir: string; outDir: string; asOf: string }): Promise<void> {
  // Parsing like the content layer does: a broken registry file fails the build.
  const products = JSON.parse(await readFile(path.join(contentDir, 'products.json'), 'utf8')) as Product[];
  const producers = JSON.parse(await readFile(path.join(contentDir, 'producers.json'), 'utf8')) as Producer[];
  for (const url of FIXED_PAGES) await page(outDir, url, `<h1>${url}</h1>`);
  for (const product of products) {
    const shown = certificateStateOn(product.certificate, asOf).shown;
    const [vi, en] = productPages(product.id);
    const stars = shown ? `<p>${'★'.repeat(product.certificate.stars)}</p>` : '<p>withdrawn</p>';
    const head = shown ? '' : '<meta name="robots" content="noindex">';
    const producerLink = `<a href="${producerPages(product.producerId)[0]}">producer</a>`;
    await page(outDir, vi, `<h1>${product.name}</h1>${stars}${producerLink}`, head);
    await page(outDir, en, `<h1>${product.name}</h1>${stars}`, head);
    for (const lang of ['vi', 'en'] as const) {
      const badge = path.join(outDir, routes.badge(lang, product.id));
      await mkdir(path.dirname(badge), { recursive: true });
      await writeFile(badge, badgeSvg(badgeOf(product, asOf, lang)));
    }
  }
  for (const producer of producers) {
    const contact = producer.contact ? `<p>${producer.contact.phone ?? ''} ${producer.contact.email ?? ''}</p>` : '';
    for (const url of producerPages(producer.id)) await page(outDir, url, `<h1>${producer.name}</h1>${contact}`);
  }
  await writeFile(path.join(outDir, 'du-lieu-mo', 'products.json'), JSON.stringify(products.map((p) => ({ id: p.id, name: p.name }))));
}

export async function fakeIndexSite({ outDir }: { outDir: string }): Promise<void> {
  await mkdir(path.join(outDir, 'search-index'), { recursive: true });
  for (const lang of ['vi', 'en']) await writeFile(path.join(outDir, 'search-index', `${lang}.json`), JSON.stringify({ pages: 1 }));
}

export const fakeSteps: NightlySteps = { ...realSteps, buildSite: fakeBuildSite, indexSite: fakeIndexSite };

/**
 * A digest of everything a visitor could be served: where `current` points and
 * every file under it, byte for byte.
 */
export async function hashCurrent(publishDir: string): Promise<string> {
  const current = path.join(publishDir, 'current');
  const hash = createHash('sha256');
  try {
    await lstat(current);
  } catch {
    return 'no current';
  }
  hash.update(`link:${await readlink(current)}\n`);
  const root = path.resolve(publishDir, await readlink(current));
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = entries.map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** A digest of the public web root of a release only (what idempotence promises to keep identical). */
export async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const file of entries.map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort()) {
    hash.update(`${file}\n`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest('hex');
}
