/**
 * `npm run bench [-- --sizes 1000,5000,20000] [--scenarios cold,warm,changed] [--as-of YYYY-MM-DD] [--full-render]`
 *
 * Runs the nightly pipeline on the national fixture (scripts/generate-national-fixture.ts)
 * and prints, per step (import, photos, content sync, bundle, page generation, photo links,
 * QR codes, shelf cards, search index beside the release checks, budgets), the wall time, CPU time and peak memory; writes them to
 * bench-results/bench-<date>.json. Scenarios, in this order per size:
 *   cold     empty caches, empty output
 *   warm     the same export again, caches kept
 *   changed  caches kept, 1% of products changed and 1% of certificates lapsed
 * A scenario may be named twice (`warm,warm,changed`): the first warm night after a change
 * of code renders every page, the second is the night with nothing changed.
 * Pages unchanged since the last night are reused from the render cache
 * (docs/operations.md, "The render cache"); `--full-render` builds with
 * OCOP_FULL_RENDER=1, every page rendered, for the A/B pair.
 * With several sizes it also prints how the totals grow.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareShareFonts } from '../src/pipeline/share-fonts.ts';
import { writeChangedExport, type ChangeSummary } from './bench/change-export.ts';
import { measureStep, type StepResult } from './bench/measure.ts';
import { FIXTURE_AS_OF, generateNationalFixture } from './generate-national-fixture.ts';

const SCENARIOS = ['cold', 'warm', 'changed'] as const;
type Scenario = (typeof SCENARIOS)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Astro's own log lines mark where one part of `astro build` ends and the next begins. */
// The photos integration (src/integrations/photos.ts) logs its own two lines.
const ASTRO_PHASES = [
  { name: 'content sync', startsAt: /\d+ photos, \d+ files encoded/ },
  { name: 'bundle', startsAt: /Synced content|\[build\] output:/ },
  { name: 'page generation', startsAt: /generating static routes/ },
  { name: 'photo links', startsAt: /linking photos into the site/ },
  { name: 'QR codes', startsAt: /linking QR codes into the site/ },
  { name: 'share cards and badges', startsAt: /putting share cards and badges into the site/ },
  { name: 'shelf cards', startsAt: /linking shelf cards into the site/ },
  { name: 'finish', startsAt: /page\(s\) built in/ },
];
/** The index and the checks of the pages run side by side; the index is checked once written. */
const INDEX_AND_CHECK_PHASES = [{ name: 'index checks', startsAt: /search index written, pages checked/ }];
/** Problems the release checks found: a night with any would not have been published. */
const RELEASE_COUNTERS = { releaseProblems: /^FAIL .*: (\d+) problems/ };
const BUILD_COUNTERS = {
  photos: /(\d+) photos, \d+ files encoded/,
  photoFilesEncoded: /(\d+) files encoded/,
  photoFilesLinked: /(\d+) photo files linked/,
  qrCodes: /(\d+) QR codes linked/,
  productShareCards: /(\d+) share cards and \d+ badges/,
  /** Astro marks each page it took from the render cache instead of rendering it. */
  pagesReused: /\((?:cached|restored)\)/,
  shelfCards: /(\d+) shelf cards and \d+ shelf-card sheets linked/,
};

interface ScenarioResult {
  size: number;
  scenario: Scenario;
  totalWallSeconds: number;
  totalCpuSeconds: number;
  peakRssMiB: number;
  pages: number;
  pagesPerSecond: number;
  dataStoreMiB: number;
  distMiB: number;
  budgetBreaches: number;
  /** Problems the release checks found; the nightly job would have kept the live site. */
  releaseProblems: number;
  changes?: ChangeSummary;
  /** The nightly job's steps; the totals above add these up. */
  steps: StepResult[];
  /** `check:budgets` over every page: CI's check, not a step of the night. */
  budgetsStep: StepResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000' },
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      'as-of': { type: 'string', default: FIXTURE_AS_OF },
      'max-heap-mib': { type: 'string', default: '4096' },
      'full-render': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const scenarios = values.scenarios.split(',') as Scenario[];
  for (const scenario of scenarios) if (!SCENARIOS.includes(scenario)) throw new Error(`unknown scenario "${scenario}"`);
  const asOf = values['as-of'];
  const fullRender = values['full-render'];
  const results: ScenarioResult[] = [];
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const resultFile = path.join(ROOT, 'bench-results', `bench-${stamp}.json`);

  for (const size of sizes) {
    const fixture = await generateNationalFixture({ products: size, asOf }); // the fixture (reused photos when already drawn)
    const work = path.join(ROOT, 'fixtures-out', `bench-${size}`);
    for (const scenario of scenarios) {
      const result = await runScenario({ size, scenario, fixture, work, asOf, fullRender, maxHeapMiB: Number(values['max-heap-mib']) });
      results.push(result);
      printScenario(result);
      await writeFile(resultFile, `${JSON.stringify({ machine: machine(), asOf, renderMode: fullRender ? 'full' : 'incremental', results }, null, 2)}\n`);
    }
  }
  printScaling(results);
  console.log(`\nresults: ${path.relative(process.cwd(), resultFile)}`);
}

async function runScenario(options: {
  size: number;
  scenario: Scenario;
  fixture: { registry: string; contentDir: string; dir: string };
  work: string;
  asOf: string;
  fullRender: boolean;
  maxHeapMiB: number;
}): Promise<ScenarioResult> {
  const { size, scenario, fixture, work, asOf, fullRender } = options;
  const contentDir = path.join(work, 'registry');
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'astro-cache');
  const logFile = path.join(work, `${scenario}.log`);
  await mkdir(work, { recursive: true });
  await rm(outDir, { recursive: true, force: true }); // every night builds a fresh release folder
  if (scenario === 'cold') await rm(cacheDir, { recursive: true, force: true });
  if (scenario === 'cold') await rm(contentDir, { recursive: true, force: true });

  let input = fixture.registry;
  let changes: ChangeSummary | undefined;
  if (scenario === 'changed') {
    input = path.join(fixture.dir, 'registry-changed.csv');
    changes = await writeChangedExport(fixture.registry, input, asOf);
  }
  const node = process.execPath;
  const heap = `--max-old-space-size=${options.maxHeapMiB}`;
  const fontConfig = await prepareShareFonts(path.join(ROOT, '.cache/share-fonts'));
  console.log(`\n== ${size} products, ${scenario}${fullRender ? ', every page rendered' : ''} ==`);
  const steps: StepResult[] = [];
  const step = async (run: Parameters<typeof measureStep>[0]) => {
    const result = await measureStep(run);
    console.log(`  ${result.name.padEnd(14)} ${seconds(result.wallSeconds)} wall`);
    steps.push(result);
  };

  // 1. import the export into the registry folder
  await step({
    name: 'import',
    command: node,
    args: [heap, 'scripts/import.ts', '--input', input, '--as-of', asOf, '--out', contentDir, '--report', path.join(work, 'import-report.json')],
    logFile,
  });
  // 2. astro build: photos, content sync, bundle, page generation, photo links
  await step({
    name: 'astro build',
    command: node,
    args: [heap, ASTRO_BIN, 'build'],
    env: {
      OCOP_CONTENT_DIR: contentDir,
      OCOP_OUT_DIR: outDir,
      OCOP_AS_OF: asOf,
      OCOP_CACHE_DIR: cacheDir,
      OCOP_HANDWRITTEN_DIR: fixture.contentDir,
      FONTCONFIG_FILE: fontConfig,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...(fullRender ? { OCOP_FULL_RENDER: '1' } : {}),
    },
    logFile,
    firstPhase: 'photos',
    phases: ASTRO_PHASES,
    counters: BUILD_COUNTERS,
  });
  // 3. the search index beside the release checks of the pages, then the index's own checks, as the nightly job runs them
  await step({
    name: 'index + checks',
    command: node,
    args: [heap, 'scripts/bench/index-and-check.ts', outDir, contentDir, fixture.contentDir, asOf],
    logFile,
    firstPhase: 'index beside page checks',
    phases: INDEX_AND_CHECK_PHASES,
    counters: RELEASE_COUNTERS,
  });
  // 4. page-weight budgets over every page (CI runs them on the sample site)
  const budgetFile = path.join(work, `${scenario}-budgets.json`);
  // Over budget is a finding, not a reason to stop measuring: the count is recorded below.
  // The nightly job does not run them, so they are timed apart from the night's total.
  const budgetsStep = await measureStep({
    name: 'budgets',
    command: node,
    args: ['scripts/check-budgets.ts', '--dist', outDir, '--json', budgetFile],
    logFile,
    okExitCodes: [0, 1],
  });
  const budgets = await readFile(budgetFile, 'utf8')
    .then((text) => JSON.parse(text) as { pages: number; breaches: unknown[] })
    .catch(() => ({ pages: 0, breaches: [] }));
  const budgetBreaches = budgets.breaches.length;

  const build = steps.find((candidate) => candidate.name === 'astro build')!;
  const generation = build.phases.find((phase) => phase.name === 'page generation');
  const pages = budgets.pages || (await countHtml(outDir));
  return {
    size,
    scenario,
    totalWallSeconds: sum(steps.map((one) => one.wallSeconds)),
    totalCpuSeconds: sum(steps.map((one) => one.cpuSeconds)),
    peakRssMiB: Math.max(...steps.map((one) => one.peakRssMiB)),
    pages,
    pagesPerSecond: generation ? pages / generation.wallSeconds : 0,
    dataStoreMiB: await sizeMiB(path.join(cacheDir, 'data-store.json')),
    distMiB: await folderMiB(outDir),
    budgetBreaches,
    releaseProblems: steps.find((candidate) => candidate.name === 'index + checks')!.counts.releaseProblems ?? 0,
    ...(changes ? { changes } : {}),
    steps,
    budgetsStep,
  };
}

function printScenario(result: ScenarioResult): void {
  const rows: string[][] = [['step', 'wall', 'cpu', 'peak RSS']];
  for (const step of result.steps) {
    rows.push([step.name, seconds(step.wallSeconds), seconds(step.cpuSeconds), mib(step.peakRssMiB)]);
    for (const phase of step.phases) rows.push([`  ${phase.name}`, seconds(phase.wallSeconds), seconds(phase.cpuSeconds), mib(phase.peakRssMiB)]);
  }
  rows.push(['night total', seconds(result.totalWallSeconds), seconds(result.totalCpuSeconds), mib(result.peakRssMiB)]);
  const budgets = result.budgetsStep;
  rows.push(['budgets (apart)', seconds(budgets.wallSeconds), seconds(budgets.cpuSeconds), mib(budgets.peakRssMiB)]);
  console.log(
    `\n${result.size} products, ${result.scenario}: ${result.pages} pages, ${result.pagesPerSecond.toFixed(0)} pages/s generated, data store ${mib(result.dataStoreMiB)}, dist ${mib(result.distMiB)}, ${result.budgetBreaches} budget breaches, ${result.releaseProblems} release-check problems`,
  );
  const build = result.steps.find((step) => step.name === 'astro build');
  if (build)
    console.log(
      `photos: ${build.counts.photos ?? 0}, ${build.counts.photoFilesEncoded ?? 0} files encoded, ${build.counts.photoFilesLinked ?? 0} linked from the cache; ${build.counts.pagesReused ?? 0} pages and files reused from the render cache`,
    );
  if (result.changes)
    console.log(`changes: ${result.changes.changed} products changed (${result.changes.newPhotos} new photos), ${result.changes.lapsed} certificates lapsed`);
  for (const row of rows)
    console.log(
      `  ${row[0]!.padEnd(26)} ${row
        .slice(1)
        .map((cell) => cell.padStart(10))
        .join(' ')}`,
    );
}

function printScaling(results: ScenarioResult[]): void {
  const sizes = [...new Set(results.map((result) => result.size))];
  if (sizes.length < 2) return;
  console.log('\nHow the night grows (wall seconds; per 1,000 products in brackets):');
  for (const scenario of SCENARIOS) {
    const line = sizes
      .map((size) => results.find((result) => result.size === size && result.scenario === scenario))
      .filter((result): result is ScenarioResult => Boolean(result))
      .map((result) => `${result.size}: ${seconds(result.totalWallSeconds)} (${seconds((result.totalWallSeconds / result.size) * 1000)})`);
    if (line.length) console.log(`  ${scenario.padEnd(8)} ${line.join('  →  ')}`);
  }
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

async function sizeMiB(file: string): Promise<number> {
  return (
    (await stat(file)
      .then((info) => info.size)
      .catch(() => 0)) /
    2 ** 20
  );
}

async function folderMiB(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (entry.isFile()) total += await stat(path.join(entry.parentPath, entry.name)).then((info) => info.size);
  }
  return total / 2 ** 20;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const seconds = (value: number) => `${value.toFixed(1)} s`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;

process.chdir(ROOT);
await main();
