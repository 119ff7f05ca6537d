/**
 * The render cache never serves a stale page. A tiny export (the sample's first
 * rows) is built night after night with one cache folder, each night into a
 * fresh output folder as the nightly job does:
 *   1. the first night, on the last valid day of one product's certificate;
 *   2. the next day, with the same rows except one producer renamed and one
 *      photo redrawn: the star lapses with nothing changed in its row;
 *   3. the same inputs with another code hash, as after a change of code;
 *   4. the same again with OCOP_FULL_RENDER=1.
 * Which pages were rendered (not reused) is read from the cache folder: Astro
 * writes a page's cached copy only when it renders it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceByCode } from '../../src/domain/admin-units.ts';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import { addDays } from '../../src/domain/dates.ts';
import { routes } from '../../src/i18n/routes.ts';
import { RENDER_CACHE_SALT_ENV, RENDERING_MARK } from '../../src/integrations/render-cache.ts';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { indexSite } from '../../src/pipeline/index-site.ts';
import { importRegistry } from '../../src/registry/import.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';
import { SAMPLE, writeExport } from '../support/exports.ts';

const ROWS = 24;
const FIRST_LOOK = '2026-11-23';

let work: string;
let cacheDir: string;
/** The first night's output, and the second's. */
let before: string;
let after: string;
/** The cached copies the second night rendered (the rest it reused). */
let renderedSecond: Set<string>;
/** Its inputs, for the third and fourth nights. */
let secondNight: { input: string; asOf: string };
/** The product whose star lapses, the renamed producer (old and new name), the product whose photo changes. */
let lapsing: Product;
let renamed: { producer: Producer; newName: string };
let rephotographed: Product;
/** A current product none of the changes touch. */
let untouched: Product;

beforeAll(async () => {
  await mkdir('.cache/test-builds', { recursive: true });
  work = path.resolve(await mkdtemp('.cache/test-builds/incremental-'));
  cacheDir = path.join(work, 'cache');
  const [header, ...rows] = (await readFile(SAMPLE, 'utf8')).split('\n');
  const text = `${[header, ...rows.slice(0, ROWS)].join('\n')}\n`;
  const firstExport = await writeExport(path.join(work, 'export-1'), 'registry.csv', text);

  // Choose the three products and the producer from what the export holds, never by id.
  const look = await importNight('look', firstExport, FIRST_LOOK);
  const products = readJson<Product[]>(path.join(look, 'products.json'));
  const producers = readJson<Producer[]>(path.join(look, 'producers.json'));
  const current = products.filter((p) => p.certificate.status === 'active' && certificateStateOn(p.certificate, FIRST_LOOK).shown);
  lapsing = [...current].sort((a, b) => (a.certificate.expiresOn < b.certificate.expiresOn ? -1 : 1))[0]!;
  rephotographed = current.find((p) => p.image && !/^https?:/.test(p.image) && p.producerId !== lapsing.producerId)!;
  const others = (p: Product) => ![lapsing.producerId, rephotographed.producerId].includes(p.producerId);
  const renamedProducer = producers.find((producer) => current.some((p) => p.producerId === producer.id && others(p)))!;
  renamed = { producer: renamedProducer, newName: `${renamedProducer.name} Mới` };
  untouched = current.find((p) => others(p) && p.producerId !== renamedProducer.id && p.id !== lapsing.id)!;
  for (const chosen of [lapsing, rephotographed, renamedProducer, untouched]) expect(chosen, 'the sample’s first rows hold each case').toBeDefined();

  const lastValidDay = lapsing.certificate.expiresOn;
  before = await night('night-1', firstExport, lastValidDay);

  // The same rows the next day: one producer renamed, one photo redrawn (flipped), nothing else.
  const secondExport = await writeExport(path.join(work, 'export-2'), 'registry.csv', text.replaceAll(renamedProducer.name, renamed.newName));
  const photo = path.join(work, 'export-2', 'images', rephotographed.image!.split('/').pop()!);
  await writeFile(
    photo,
    await sharp(await readFile(photo))
      .flip()
      .jpeg()
      .toBuffer(),
  );
  secondNight = { input: secondExport, asOf: addDays(lastValidDay, 1) };
  const cacheBefore = cachedCopies();
  after = await night('night-2', secondNight.input, secondNight.asOf);
  renderedSecond = renderedSince(cacheBefore);
}, 900_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function importNight(name: string, input: string, asOf: string): Promise<string> {
  const contentDir = path.join(work, name, 'registry');
  await importRegistry({ input, asOf, outDir: contentDir, reportFile: path.join(work, name, 'import-report.json') });
  return contentDir;
}

/** One night: import, build with the shared cache, index; the output folder. */
async function night(name: string, input: string, asOf: string, env: Record<string, string> = {}): Promise<string> {
  const contentDir = await importNight(name, input, asOf);
  const outDir = path.join(work, name, 'dist');
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await buildSite({ contentDir, outDir, asOf, cacheDir });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  await indexSite({ outDir });
  return outDir;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The render cache's copies of pages, by their path in the site, with the time each was last written. */
function cachedCopies(): Map<string, number> {
  const root = path.join(cacheDir, 'dist');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => statSync(path.join(root, file)).isFile());
  return new Map(files.map((file) => [`/${file.split(path.sep).join('/')}`, statSync(path.join(root, file)).mtimeMs]));
}

/** The cached copies written (so rendered) since `earlier`. */
function renderedSince(earlier: Map<string, number>): Set<string> {
  return new Set([...cachedCopies()].filter(([file, written]) => earlier.get(file) !== written).map(([file]) => file));
}

/** A page of a built site by its URL path (`/san-pham/x/`). */
function page(dist: string, urlPath: string): string {
  return readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
}

/** Every HTML page of a built site, by URL path. */
function pages(dist: string): Map<string, string> {
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
  return new Map(
    files.map((file) => [`/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'), readFileSync(path.join(dist, file), 'utf8')]),
  );
}

/** Every file of the search index, as one text. */
function searchIndexText(dist: string): string {
  const root = path.join(dist, 'search-index');
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.json'))
    .map((file) => readFileSync(path.join(root, file), 'utf8'))
    .join('\n');
}

describe('the render cache', () => {
  it('reuses the pages no change touched', () => {
    const untouchedPage = `${routes.product('vi', untouched.id)}index.html`;
    expect(renderedSecond.has(untouchedPage), untouchedPage).toBe(false);
    expect(page(after, routes.product('vi', untouched.id))).toBe(page(before, routes.product('vi', untouched.id)));
    const productPages = [...cachedCopies().keys()].filter((file) => file.startsWith(routes.product('vi', 'x').replace('x/', '')));
    expect(productPages.filter((file) => !renderedSecond.has(file)).length).toBeGreaterThan(productPages.length / 2);
  });

  it('a star that lapses overnight with an unchanged row changes its product, producer, province, set, home and search pages', () => {
    const productPath = routes.product('vi', lapsing.id);
    const changedPages = [
      routes.product('vi', lapsing.id),
      routes.product('en', lapsing.id),
      routes.producer('vi', lapsing.producerId),
      routes.producer('en', lapsing.producerId),
      routes.province('vi', provinceNameOf(lapsing)),
      routes.category('vi', lapsing.category),
      routes.category('en', lapsing.category),
      routes.home('vi'),
      routes.home('en'),
      routes.search('vi'),
    ];
    for (const urlPath of changedPages) expect(page(after, urlPath), urlPath).not.toBe(page(before, urlPath));
    // What changed is the star: the product page says it is withdrawn, no listing links it any more.
    expect(page(before, productPath)).not.toContain('noindex');
    expect(page(after, productPath)).toContain('<meta name="robots" content="noindex">');
    for (const urlPath of [
      routes.producer('vi', lapsing.producerId),
      routes.province('vi', provinceNameOf(lapsing)),
      routes.category('vi', lapsing.category),
    ]) {
      expect(page(before, urlPath), urlPath).toContain(`href="${productPath}"`);
      expect(page(after, urlPath), urlPath).not.toContain(`href="${productPath}"`);
    }
    expect(searchIndexText(before)).toContain(productPath);
    expect(searchIndexText(after)).not.toContain(productPath);
  });

  it('a producer rename changes every page that names it', () => {
    const naming = [...pages(before)].filter(([, html]) => html.includes(renamed.producer.name)).map(([urlPath]) => urlPath);
    expect(naming.length).toBeGreaterThan(2);
    const afterPages = pages(after);
    for (const [urlPath, html] of afterPages) expect(html.includes(renamed.producer.name) && !html.includes(renamed.newName), urlPath).toBe(false);
    const stillThere = naming.filter((urlPath) => afterPages.has(urlPath));
    expect(stillThere.length).toBeGreaterThan(0);
    for (const urlPath of stillThere) expect(afterPages.get(urlPath), urlPath).toContain(renamed.newName);
  });

  it('a photo change re-renders every page that shows its card', () => {
    const photoOf = (html: string) => html.match(/\/photos\/[0-9a-f]+-480\.webp/)?.[0];
    const productPath = routes.product('vi', rephotographed.id);
    const oldPhoto = photoOf(page(before, productPath))!;
    const newPhoto = photoOf(page(after, productPath))!;
    expect(oldPhoto).toBeDefined();
    expect(newPhoto).toBeDefined();
    expect(newPhoto).not.toBe(oldPhoto);
    const withCard = [...pages(before)].filter(([, html]) => html.includes(oldPhoto)).map(([urlPath]) => urlPath);
    expect(withCard).toContain(routes.producer('vi', rephotographed.producerId));
    for (const [urlPath, html] of pages(after)) expect(html.includes(oldPhoto), urlPath).toBe(false);
    for (const urlPath of withCard) expect(page(after, urlPath), urlPath).toContain(newPhoto);
  });

  it('a change of code renders every page again, and they are the pages the cache gave', async () => {
    const cacheBefore = cachedCopies();
    const recoded = await night('night-3', secondNight.input, secondNight.asOf, { [RENDER_CACHE_SALT_ENV]: 'another code' });
    const rendered = renderedSince(cacheBefore);
    expect([...cacheBefore.keys()].filter((file) => !rendered.has(file))).toEqual([]);
    // Drawn afresh from the same inputs, every page equals the second night's: none of those was stale.
    const fresh = pages(recoded);
    expect([...fresh.keys()].sort()).toEqual([...pages(after).keys()].sort());
    for (const [urlPath, html] of pages(after)) expect(fresh.get(urlPath), urlPath).toBe(html);
  }, 300_000);

  it('OCOP_FULL_RENDER=1 renders every page, reusing none', async () => {
    const cacheBefore = cachedCopies();
    await night('night-4', secondNight.input, secondNight.asOf, { [RENDER_CACHE_SALT_ENV]: 'another code', OCOP_FULL_RENDER: '1' });
    const rendered = renderedSince(cacheBefore);
    expect([...cacheBefore.keys()].filter((file) => !rendered.has(file))).toEqual([]);
  }, 300_000);

  it('after a build that stopped while rendering, the next renders every page, reusing none', async () => {
    const code = { [RENDER_CACHE_SALT_ENV]: 'the code of the killed build' };
    await night('night-5', secondNight.input, secondNight.asOf, code);
    // What a build killed mid-render leaves: its mark beside last night's manifest, whose keys
    // tonight's pages match (same inputs, same code), while some copies may be newer.
    await writeFile(path.join(cacheDir, RENDERING_MARK), '12345\n');
    const cacheBefore = cachedCopies();
    await night('night-6', secondNight.input, secondNight.asOf, code);
    const rendered = renderedSince(cacheBefore);
    expect([...cacheBefore.keys()].filter((file) => !rendered.has(file))).toEqual([]);
    // This build finished: its mark is gone, so the next night may reuse its pages again.
    expect(readdirSync(cacheDir)).not.toContain(RENDERING_MARK);
  }, 300_000);
});

function provinceNameOf(product: Product): string {
  return provinceByCode(product.address.provinceCode)!.name;
}
