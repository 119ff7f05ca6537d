/**
 * Measures a built site against the page-weight budgets (budgets.ts) and
 * returns every breach at once. Used by `npm run check:budgets`, by the
 * budget tests on the sample site and by the benchmark at national scale,
 * so it streams: per page it keeps only the figures, and each asset is
 * compressed once however many pages share it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  ENHANCEMENTS,
  ENHANCEMENTS_MAX_GZ,
  MAP_DATA_FILE,
  MAP_DATA_MAX_GZ_PER_5000,
  OFFLINE_WORKER_FILE,
  OFFLINE_WORKER_MAX_GZ,
  PAGE_BUDGETS,
  SEARCH_FURTHER_QUERY_MAX_GZ,
  SEARCH_RESULTS_PER_PAGE,
  SEARCH_WORDS_PER_QUERY,
  type PageKind,
} from './budgets.ts';
import { scanPage, staticImportsOf, type ScriptUse } from '../built-site/html-scan.ts';
import { pageKind } from './page-kind.ts';
import { urlPathOfFile } from '../built-site/url-path.ts';
import { langOfPath } from '../i18n/routes.ts';
import { manifestUrl, versionedFilesUrl, type IndexManifest } from '../search/index/format.ts';

const gzipAsync = promisify(gzip);

export interface BudgetBreach {
  /** URL path of the page, or of the asset group for search. */
  page: string;
  kind: PageKind;
  /** Which budget: `html+css`, `total`, `js`, `no-script`, `search-further-query`. */
  rule: string;
  /** Measured bytes (compressed), or the number of scripts for `no-script`. */
  actual: number;
  limit: number;
  detail?: string;
}

export interface KindSummary {
  pages: number;
  /** Largest compressed HTML+CSS, total, and first-load JS over the pages of this kind. */
  maxHtmlCssGz: number;
  maxTotalGz: number;
  maxJsGz: number;
  /** The page with the largest total. */
  heaviest: string;
}

export interface SearchFigures {
  lang: string;
  /** The search page itself (HTML, CSS, island JavaScript). */
  pageGz: number;
  /** The language's index manifest. */
  indexGz: number;
  /** A three-word query's word files and a page of result files, each of median size. */
  queryGz: number;
  /** The filter file, fetched once filters or counts are asked for. */
  facetsGz: number;
  firstSearchGz: number;
}

export interface MapDataFigures {
  places: number;
  gz: number;
  limit: number;
}

export interface BudgetReport {
  dist: string;
  pages: number;
  /** The map's data file, when the build has one. */
  mapData?: MapDataFigures;
  /** The service worker, when the build has one (OCOP_OFFLINE=off builds none). */
  offlineWorker?: { gz: number; limit: number };
  byKind: Partial<Record<PageKind, KindSummary>>;
  search: SearchFigures[];
  breaches: BudgetBreach[];
  /** Things that could not be checked (for example no map page in this build). */
  notes: string[];
}

interface PageFigures {
  urlPath: string;
  kind: PageKind;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  scripts: ScriptUse[];
}

export async function checkBudgets(dist: string, options: { concurrency?: number } = {}): Promise<BudgetReport> {
  const root = path.resolve(dist);
  const sizes = new CompressedSizes(root);
  const report: BudgetReport = { dist: root, pages: 0, byKind: {}, search: [], breaches: [], notes: [] };
  const htmlFiles = await listHtmlFiles(root);

  await forEachLimited(htmlFiles, options.concurrency ?? 8, async (file) => {
    const figures = await measurePage(root, file, sizes);
    report.pages++;
    summarise(report, figures);
    report.breaches.push(...pageBreaches(figures));
    if (figures.kind === 'search') await checkSearch(report, figures, sizes);
  });

  await checkMapData(report, sizes);
  await checkOfflineWorker(report, sizes);
  for (const required of ['home', 'product', 'map', 'search'] as const) {
    if (!report.byKind[required]) report.notes.push(`no ${required} page in this build: its budget was not checked`);
  }
  report.breaches.sort((a, b) => a.page.localeCompare(b.page) || a.rule.localeCompare(b.rule));
  report.search.sort((a, b) => a.lang.localeCompare(b.lang));
  return report;
}

async function measurePage(root: string, file: string, sizes: CompressedSizes): Promise<PageFigures> {
  const relative = path.relative(root, file);
  const urlPath = urlPathOfFile(relative);
  const html = await readFile(file);
  const scan = scanPage(html.toString('utf8'));
  const htmlGz = await sizes.ofBuffer(html);
  let cssGz = 0;
  for (const href of new Set(scan.stylesheets)) cssGz += await sizes.ofUrl(href, urlPath);
  // Inline code is already inside the HTML bytes; files are counted once each,
  // with the modules they import statically (dynamic imports load later).
  const jsFiles = new Set<string>();
  for (const use of scan.scripts) if (use.source !== 'inline') await sizes.collectModuleGraph(use.source, urlPath, jsFiles);
  let jsGz = 0;
  for (const jsFile of jsFiles) jsGz += await sizes.ofFile(jsFile);
  for (const use of scan.scripts) if (use.source === 'inline' && use.inline) jsGz += await sizes.ofBuffer(Buffer.from(use.inline));
  return { urlPath, kind: pageKind(urlPath), htmlGz, cssGz, jsGz, scripts: scan.scripts };
}

function pageBreaches(page: PageFigures): BudgetBreach[] {
  const budget = PAGE_BUDGETS[page.kind];
  const breaches: BudgetBreach[] = [];
  const base = { page: page.urlPath, kind: page.kind };
  const htmlCss = page.htmlGz + page.cssGz;
  const total = htmlCss + page.jsGz;
  if (budget.maxHtmlCssGz !== undefined && htmlCss > budget.maxHtmlCssGz) {
    breaches.push({ ...base, rule: 'html+css', actual: htmlCss, limit: budget.maxHtmlCssGz });
  }
  if (budget.maxTotalGz !== undefined && page.kind !== 'search' && total > budget.maxTotalGz) {
    breaches.push({ ...base, rule: 'total', actual: total, limit: budget.maxTotalGz });
  }
  if (budget.maxJsGz === 0) {
    const own = page.scripts.filter((use) => !isAllowedEnhancement(use, page.kind));
    if (own.length > 0) {
      const detail = own.map((use) => `${use.reason}${use.source === 'inline' ? '' : ` ${use.source}`}`).join('; ');
      breaches.push({ ...base, rule: 'no-script', actual: own.length, limit: 0, detail });
    } else if (page.jsGz > ENHANCEMENTS_MAX_GZ) {
      breaches.push({ ...base, rule: 'enhancements', actual: page.jsGz, limit: ENHANCEMENTS_MAX_GZ });
    }
  } else if (budget.maxJsGz !== undefined && budget.maxJsGz > 0 && page.jsGz > budget.maxJsGz) {
    breaches.push({ ...base, rule: 'js', actual: page.jsGz, limit: budget.maxJsGz });
  }
  return breaches;
}

function isAllowedEnhancement(use: ScriptUse, kind: PageKind): boolean {
  return ENHANCEMENTS.some((enhancement) => {
    if (enhancement.kinds !== 'all' && !enhancement.kinds.includes(kind)) return false;
    if ('file' in enhancement) return use.reason === '<script src>' && enhancement.file.test(use.source);
    return use.reason === '<script>' && enhancement.inline.test(use.inline ?? '');
  });
}

function summarise(report: BudgetReport, page: PageFigures): void {
  const summary = (report.byKind[page.kind] ??= { pages: 0, maxHtmlCssGz: 0, maxTotalGz: 0, maxJsGz: 0, heaviest: page.urlPath });
  const htmlCss = page.htmlGz + page.cssGz;
  summary.pages++;
  summary.maxHtmlCssGz = Math.max(summary.maxHtmlCssGz, htmlCss);
  summary.maxJsGz = Math.max(summary.maxJsGz, page.jsGz);
  if (htmlCss + page.jsGz > summary.maxTotalGz) {
    summary.maxTotalGz = htmlCss + page.jsGz;
    summary.heaviest = page.urlPath;
  }
}

/**
 * The first search a visitor makes: the search page (with its island), the
 * language's index manifest, then a typical query: one word file of median size
 * per word of a three-word query, and a page of results each in a result file
 * of its own (the worst case; results next in name order share one). The
 * filter file is reported apart: the island loads it only when the visitor
 * opens the filters or arrives with one. A static estimate for every build;
 * scripts/measure-search-map.ts measures the real transfer in a browser.
 */
async function checkSearch(report: BudgetReport, page: PageFigures, sizes: CompressedSizes): Promise<void> {
  const lang = langOfPath(page.urlPath);
  const manifestFile = path.join(sizes.root, manifestUrl(lang));
  let manifest: IndexManifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as IndexManifest;
  } catch {
    report.notes.push(`no search index for language "${lang}" beside ${page.urlPath}: the first-search budget was not checked`);
    return;
  }
  const folder = path.join(sizes.root, versionedFilesUrl(lang), manifest.version);
  const sizesOf = async (pattern: RegExp) => {
    const names = (await readdir(folder)).filter((name) => pattern.test(name));
    return Promise.all(names.map((name) => sizes.ofFile(path.join(folder, name))));
  };
  const indexGz = await sizes.ofFile(manifestFile);
  const queryGz = SEARCH_WORDS_PER_QUERY * median(await sizesOf(/^[pw]-/)) + SEARCH_RESULTS_PER_PAGE * median(await sizesOf(/^d-/));
  const facetsGz = await sizes.ofFile(path.join(folder, 'facets.json'));
  const pageGz = page.htmlGz + page.cssGz + page.jsGz;
  const figures: SearchFigures = { lang, pageGz, indexGz, queryGz, facetsGz, firstSearchGz: pageGz + indexGz + queryGz };
  report.search.push(figures);
  const limit = PAGE_BUDGETS.search.maxTotalGz!;
  if (figures.firstSearchGz > limit) {
    report.breaches.push({
      page: page.urlPath,
      kind: 'search',
      rule: 'first-search',
      actual: figures.firstSearchGz,
      limit,
      detail: `page ${pageGz} + manifest ${indexGz} + query ${queryGz}`,
    });
  }
  if (queryGz > SEARCH_FURTHER_QUERY_MAX_GZ) {
    report.breaches.push({ page: page.urlPath, kind: 'search', rule: 'search-further-query', actual: queryGz, limit: SEARCH_FURTHER_QUERY_MAX_GZ });
  }
}

/** The map's data: its budget grows with the number of places beyond 5,000. */
async function checkMapData(report: BudgetReport, sizes: CompressedSizes): Promise<void> {
  const file = path.join(sizes.root, MAP_DATA_FILE);
  let places: number;
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { rows?: unknown[] } | unknown[];
    places = Array.isArray(data) ? data.length : (data.rows?.length ?? 0);
  } catch {
    if (report.byKind.map) report.notes.push(`no ${MAP_DATA_FILE}: the map data budget was not checked`);
    return;
  }
  const gz = await sizes.ofFile(file);
  const limit = Math.round(MAP_DATA_MAX_GZ_PER_5000 * Math.max(1, places / 5000));
  report.mapData = { places, gz, limit };
  if (gz > limit) report.breaches.push({ page: `/${MAP_DATA_FILE}`, kind: 'map', rule: 'map-data', actual: gz, limit, detail: `${places} places` });
}

async function checkOfflineWorker(report: BudgetReport, sizes: CompressedSizes): Promise<void> {
  const file = path.join(sizes.root, OFFLINE_WORKER_FILE);
  const present = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!present) return;
  const gz = await sizes.ofFile(file);
  report.offlineWorker = { gz, limit: OFFLINE_WORKER_MAX_GZ };
  if (gz > OFFLINE_WORKER_MAX_GZ)
    report.breaches.push({ page: `/${OFFLINE_WORKER_FILE}`, kind: 'other', rule: 'offline-worker', actual: gz, limit: OFFLINE_WORKER_MAX_GZ });
}

/** Compressed sizes of dist files, each computed once. */
class CompressedSizes {
  readonly root: string;
  private readonly cache = new Map<string, Promise<number>>();
  private readonly importsCache = new Map<string, Promise<string[]>>();

  constructor(root: string) {
    this.root = root;
  }

  async ofBuffer(buffer: Buffer): Promise<number> {
    return (await gzipAsync(buffer)).length;
  }

  /** Missing files weigh 0 here: the link check reports them. */
  ofFile(file: string): Promise<number> {
    let size = this.cache.get(file);
    if (!size) {
      size = readFile(file).then(
        (bytes) => this.ofBuffer(bytes),
        () => 0,
      );
      this.cache.set(file, size);
    }
    return size;
  }

  ofUrl(url: string, fromPage: string): Promise<number> {
    const file = this.fileOf(url, fromPage);
    return file ? this.ofFile(file) : Promise.resolve(0);
  }

  /** The file in dist a same-site URL points to; undefined for other sites. */
  fileOf(url: string, from: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
    const pathname = new URL(url, `http://site${from}`).pathname;
    return path.join(this.root, decodeURIComponent(pathname));
  }

  async collectModuleGraph(url: string, fromPage: string, into: Set<string>): Promise<void> {
    const file = this.fileOf(url, fromPage);
    if (!file || into.has(file)) return;
    into.add(file);
    const fromUrl = `/${path.relative(this.root, file).split(path.sep).join('/')}`;
    for (const specifier of await this.importsOf(file)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) await this.collectModuleGraph(specifier, fromUrl, into);
    }
  }

  private importsOf(file: string): Promise<string[]> {
    let imports = this.importsCache.get(file);
    if (!imports) {
      imports = readFile(file, 'utf8').then(staticImportsOf, () => []);
      this.importsCache.set(file, imports);
    }
    return imports;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

async function listHtmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}

/** A short human-readable summary: one line per kind, then every breach. */
export function formatReport(report: BudgetReport): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [`Budgets for ${report.pages} pages (sizes gzip-compressed)`];
  for (const [kind, summary] of Object.entries(report.byKind).sort()) {
    const budget = PAGE_BUDGETS[kind as PageKind];
    const limits = [
      budget.maxHtmlCssGz !== undefined ? `html+css ≤ ${kb(budget.maxHtmlCssGz)}` : '',
      budget.maxTotalGz !== undefined ? `total ≤ ${kb(budget.maxTotalGz)}` : '',
      budget.maxJsGz === 0 ? 'no script but enhancements' : budget.maxJsGz !== undefined ? `js ≤ ${kb(budget.maxJsGz)}` : '',
    ].filter(Boolean);
    lines.push(
      `  ${kind.padEnd(10)} ${String(summary.pages).padStart(7)} pages  max html+css ${kb(summary.maxHtmlCssGz).padStart(9)}  max js ${kb(summary.maxJsGz).padStart(9)}  heaviest ${summary.heaviest}${limits.length ? `  [${limits.join(', ')}]` : ''}`,
    );
  }
  for (const search of report.search) {
    lines.push(
      `  first search (${search.lang}): page ${kb(search.pageGz)} + manifest ${kb(search.indexGz)} + query ${kb(search.queryGz)} = ${kb(search.firstSearchGz)}; filters add ${kb(search.facetsGz)}`,
    );
  }
  if (report.mapData) lines.push(`  map data: ${report.mapData.places} places, ${kb(report.mapData.gz)} [≤ ${kb(report.mapData.limit)}]`);
  if (report.offlineWorker) lines.push(`  service worker: ${kb(report.offlineWorker.gz)} [≤ ${kb(report.offlineWorker.limit)}]`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  if (report.breaches.length === 0) {
    lines.push('All pages within budget.');
  } else {
    lines.push(`${report.breaches.length} budget breach(es):`);
    for (const breach of report.breaches.slice(0, 50)) {
      const measure = breach.rule === 'no-script' ? `${breach.actual} script(s)` : `${kb(breach.actual)} > ${kb(breach.limit)}`;
      lines.push(`  ✗ ${breach.page} (${breach.kind}, ${breach.rule}): ${measure}${breach.detail ? ` — ${breach.detail}` : ''}`);
    }
    if (report.breaches.length > 50) lines.push(`  … and ${report.breaches.length - 50} more (see --json)`);
  }
  return lines.join('\n');
}
