/**
 * The checks a new release must pass before it goes live. Each returns the
 * problems it found (one line each); the release is published only when all are
 * empty. Reads the built site once: the pages, then the search index.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { certificateStateOn } from '../domain/certificate.ts';
import { decodeEntities } from '../domain/html-text.ts';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { INDEX_ROOT, manifestUrl, type IndexManifest } from '../search/index/format.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import { expectedPages, productPages } from './expected-pages.ts';
import { brokenLinks } from '../built-site/links.ts';
import { findPersonalData, publicContacts } from '../built-site/personal-data.ts';
import { fileForUrl, readSiteFiles, type SiteFiles } from '../built-site/site-files.ts';

export interface CheckInput {
  /** The release's web root. */
  siteDir: string;
  /** Other files of the release to scan for personal data (provenance, changes, data). */
  otherFiles: string[];
  products: Product[];
  producers: Producer[];
  /** Published contacts of display points (hand-written content), allowed like producers'. */
  pointContacts?: { phone?: string | undefined }[] | undefined;
  asOf: string;
  siteUrl?: string | undefined;
}

export interface CheckResult {
  name: string;
  problems: string[];
}

/** Every check, the pages' then the search index's. */
export async function checkRelease(input: CheckInput): Promise<CheckResult[]> {
  return [...(await checkPages(input)), ...(await checkSearchIndex(input))];
}

/**
 * The checks of everything but the search index. They never look into its
 * folder, so the nightly job runs them while the index is being written.
 */
export async function checkPages(input: CheckInput): Promise<CheckResult[]> {
  const files = await readSiteFiles(input.siteDir, { except: INDEX_ROOT });
  const releaseText = new Map(files.text);
  for (const file of input.otherFiles) releaseText.set(`(release)/${path.basename(file)}`, await readFile(file, 'utf8'));
  return [
    { name: 'every catalogue page exists', problems: missingPages(files, input.products, input.producers) },
    { name: 'no withdrawn product shows stars', problems: withdrawnShowingStars(files, input.products, input.asOf) },
    { name: 'internal links resolve', problems: brokenLinks(files, input.siteUrl, INDEX_ROOT) },
    { name: 'open data is present', problems: missingOpenData(files) },
    { name: 'no personal data', problems: findPersonalData(releaseText, allowedContacts(input)) },
  ];
}

/** The search index, once written: present for each language, and (built from the pages' text) as free of personal data as they are. */
export async function checkSearchIndex(input: Pick<CheckInput, 'siteDir' | 'producers' | 'pointContacts'>): Promise<CheckResult[]> {
  const files = await readSiteFiles(input.siteDir, { only: INDEX_ROOT });
  return [
    { name: 'search index is present', problems: missingSearchIndex(files) },
    { name: 'no personal data in the search index', problems: findPersonalData(files.text, allowedContacts(input)) },
  ];
}

function allowedContacts(input: Pick<CheckInput, 'producers' | 'pointContacts'>) {
  return publicContacts([...input.producers, ...(input.pointContacts ?? [])]);
}

/** Pages the registry implies (every product and producer, both languages) and every page the sitemap lists. */
function missingPages(files: SiteFiles, products: Product[], producers: Producer[]): string[] {
  const promised = new Set([...expectedPages(products, producers), ...sitemapPages(files, routes.sitemap())]);
  return [...promised].filter((page) => fileForUrl(files, page) === null).map((page) => `${page} is missing`);
}

/** The paths a sitemap (or a sitemap index, followed) lists; none when the site has no sitemap. */
function sitemapPages(files: SiteFiles, sitemap: string, depth = 0): string[] {
  const xml = files.text.get(sitemap);
  if (xml === undefined || depth > 2) return [];
  const pages: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const pathname = new URL(decodeEntities(match[1]!), 'https://release.invalid').pathname;
    // Not push(...): a sitemap may list 50,000 pages, too many for arguments.
    // A part the index names is promised too: a missing one is a missing file, not an empty list.
    pages.push(pathname);
    if (pathname.endsWith('.xml')) for (const page of sitemapPages(files, pathname, depth + 1)) pages.push(page);
  }
  return pages;
}

/**
 * A withdrawn product keeps its page (links from elsewhere must not break) but it
 * must say it is withdrawn: no star glyphs, no rating in its structured data, and
 * kept out of search engines.
 */
function withdrawnShowingStars(files: SiteFiles, products: Product[], asOf: string): string[] {
  const problems: string[] = [];
  for (const product of products) {
    if (certificateStateOn(product.certificate, asOf).shown) continue;
    for (const page of productPages(product.id)) {
      const file = fileForUrl(files, page);
      const html = file ? files.text.get(file) : undefined;
      if (html === undefined) continue; // reported as a missing page
      const own = withoutOtherProducts(html);
      if (/[★⭐]/.test(own)) problems.push(`${page} shows star glyphs although the certificate is withdrawn`);
      if (/"ratingValue"|data-stars="[345]"/.test(own)) problems.push(`${page} carries a star rating although the certificate is withdrawn`);
      if (!/<meta[^>]+name="robots"[^>]+noindex/.test(html)) problems.push(`${page} lacks <meta name="robots" content="noindex">`);
    }
  }
  return problems;
}

/**
 * The page without its cards of other products (src/components/ProductGrid.astro's
 * `<ul class="grid">`): a withdrawn product's page still lists the producer's other
 * products, and their stars are valid.
 */
function withoutOtherProducts(html: string): string {
  return html.replace(/<ul class="grid">[\s\S]*?<\/ul>/g, '');
}

function missingSearchIndex(files: SiteFiles): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const manifest = files.text.get(manifestUrl(lang));
    if (manifest === undefined) problems.push(`the search index (${manifestUrl(lang)}) is missing`);
    else if ((JSON.parse(manifest) as IndexManifest).pages === 0) problems.push(`the search index (${manifestUrl(lang)}) has no pages`);
  }
  return problems;
}

function missingOpenData(files: SiteFiles): string[] {
  const problems: string[] = [];
  for (const page of LANGS.map((lang) => routes.openData(lang))) {
    if (fileForUrl(files, page) === null) problems.push(`the open-data page ${page} is missing`);
  }
  const downloads = [...files.paths].filter((p) => /\.(csv|json)$/.test(p) && !p.startsWith('/_astro/'));
  if (downloads.length === 0) problems.push('no open-data download (.csv or .json) was built');
  return problems;
}
