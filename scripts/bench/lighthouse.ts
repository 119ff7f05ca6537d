/**
 * Lighthouse on the built site, as a benchmark (issue targets: mobile ≥ 95
 * performance, 100 accessibility, best practices and SEO):
 *
 *   npm run bench:lighthouse                         # builds the sample (as of 2026-11-23), then measures
 *   npm run bench:lighthouse -- --dist dist          # measures a site already built
 *   npm run bench:lighthouse -- --out reports/lighthouse.json
 *
 * 1. build the bundled sample into .cache/bench-lighthouse/ (unless --dist is given);
 * 2. serve it on a loopback port (the tests' static server);
 * 3. start Chromium (CHROME_PATH, else the tests' /usr/bin/chromium) headless with a
 *    debugging port;
 * 4. run Lighthouse's default mobile configuration (Moto G Power emulation, simulated
 *    slow 4G and 4× CPU throttling) on home, a product page with a photo, search
 *    (`?q=ca phe`) and the map, in both languages, one after the other;
 * 5. write the four category scores, the main timings and every audit that fell short
 *    to a JSON file (default reports/lighthouse.json), and print a table.
 *
 * The map's tiles come from OpenStreetMap: on a machine without internet access their
 * requests fail, which Lighthouse reports (console errors) and which a visitor online
 * never sees. The report lists the failing audits so such cases can be told apart.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { serveStatic } from '../../tests/support/server.ts';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { routes, translatePath } from '../../src/i18n/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
const SAMPLE_AS_OF = '2026-11-23';

const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, out: { type: 'string', default: 'reports/lighthouse.json' } },
});

/** Builds the bundled sample into its own folder (registry and site), as the tests do. */
function buildSample(): string {
  const dir = path.join(ROOT, '.cache/bench-lighthouse');
  const outDir = path.join(dir, 'dist');
  const env = { ...process.env, OCOP_AS_OF: process.env.OCOP_AS_OF ?? SAMPLE_AS_OF, OCOP_OUT_DIR: outDir, OCOP_CONTENT_DIR: path.join(dir, 'registry') };
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`the sample build failed (exit ${built.status})`);
  return outDir;
}

/** The first product page (by address) that shows a photo and stars: the heaviest kind of product page. */
async function productWithPhoto(dist: string): Promise<string> {
  const base = routes.product('vi', 'x').replace(/x\/$/, '');
  const ids = (await readdir(path.join(dist, base))).sort();
  for (const id of ids) {
    const html = await readFile(path.join(dist, base, id, 'index.html'), 'utf8').catch(() => '');
    if (/<img[^>]+class="photo"/.test(html) && html.includes('data-stars=')) return routes.product('vi', id);
  }
  throw new Error('no product page with a photo in the built site');
}

/** Starts headless Chromium with a debugging port; resolves with the port and a stop function. */
async function startChromium(): Promise<{ port: number; version: string; stop: () => Promise<void> }> {
  const executable = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  const profile = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-profile-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
  ];
  const chrome = spawn(executable, [...flags, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    chrome.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium (${executable}) exited with ${code} before listening:\n${seen}`)));
  });
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const stop = async () => {
    chrome.kill();
    await new Promise((resolve) => chrome.once('exit', resolve));
    await rm(profile, { recursive: true, force: true });
  };
  return { port, version, stop };
}

interface PageResult {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  timings: Record<string, string>;
  /** Audits of the four categories that did not pass, with Lighthouse's title. */
  shortfalls: string[];
}

/** The first few items an audit names (a console message, a resource), so a shortfall can be told apart from the machine's. */
function detailOf(audit: { details?: unknown }): string {
  const items = (audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
  const named = items
    .slice(0, 3)
    .map((item) => String(item.description ?? item.url ?? item.source ?? ''))
    .filter((text) => text !== '');
  return named.length > 0 ? ` — ${named.join('; ').slice(0, 300)}` : '';
}

async function measure(url: string, port: number): Promise<Omit<PageResult, 'page' | 'path'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageResult['scores'];
  const timings = Object.fromEntries(TIMINGS.map((id) => [id, lhr.audits[id]?.displayValue ?? '']));
  const shortfalls = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 || c !== 'performance')
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9))
      .map((audit) => `${c}: ${audit.id} (${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''})${detailOf(audit)}`),
  );
  return { scores, timings, shortfalls };
}

async function run(): Promise<void> {
  const dist = args.dist ? path.resolve(args.dist) : buildSample();
  const product = await productWithPhoto(dist);
  const pages: Array<[string, string]> = [
    ['home', routes.home('vi')],
    ['product', product],
    ['search', `${routes.search('vi')}?q=ca+phe`],
    ['map', routes.map('vi')],
  ].flatMap(([name, p]) => {
    const [pathname, query = ''] = p!.split('?');
    const en = translatePath(pathname!, 'en') + (query ? `?${query}` : '');
    return [
      [`${name} (vi)`, p!],
      [`${name} (en)`, en],
    ] as Array<[string, string]>;
  });

  const server = await serveStatic(dist);
  const chrome = await startChromium();
  const results: PageResult[] = [];
  try {
    for (const [page, pagePath] of pages) {
      const measured = await measure(server.url + pagePath, chrome.port);
      results.push({ page, path: pagePath, ...measured });
      console.log(`${page.padEnd(14)} ${CATEGORIES.map((c) => String(measured.scores[c]).padStart(4)).join(' ')}   ${pagePath}`);
      for (const line of measured.shortfalls) console.log(`${' '.repeat(17)}${line}`);
    }
  } finally {
    await chrome.stop();
    await server.close();
  }
  const lighthouseVersion = JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version as string;
  const report = {
    measured: new Date().toISOString(),
    lighthouse: lighthouseVersion,
    chromium: chrome.version,
    settings: 'mobile, simulated throttling (defaults)',
    dist: path.relative(ROOT, dist),
    pages: results,
  };
  const out = path.resolve(ROOT, args.out!);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n(performance, accessibility, best practices, SEO) written to ${path.relative(ROOT, out)}`);
}

await run();
