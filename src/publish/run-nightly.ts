/**
 * The nightly release, as a table of contents:
 * import → guard → build → provenance and changes → index beside the checks of
 * the pages → check the index → publish → summarise.
 *
 * Everything is written into a fresh `releases/<id>/`; `current` is switched only
 * after every step has passed. A failing step throws a `StepError`, the unfinished
 * release is removed, and `current` is left exactly as it was.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../registry/errors.ts';
import type { ExportOptions } from '../registry/export-options.ts';
import { importRegistry, type ImportOptions } from '../registry/import.ts';
import type { ImportReport } from '../registry/report.ts';
import { readPointPhones } from '../pipeline/check-personal-data.ts';
import { computeChanges, type Changes } from './changes.ts';
import { guardExport, type GuardVerdict } from './guard.ts';
import { acquireLock } from './lock.ts';
import { buildProvenance, currentCommit, type Provenance } from './provenance.ts';
import { readReleaseData, type ReleaseData } from './release-data.ts';
import { checkPages, checkSearchIndex, type CheckInput, type CheckResult } from './release-checks.ts';
import { keepRemovedBadges } from './removed-badges.ts';
import { createRelease, discardRelease, layoutOf, liveRelease, pruneReleases, releasePaths, switchCurrent, type PublishLayout } from './releases.ts';
import { buildReleaseSite, indexReleaseSite } from './site-build.ts';
import { EXIT_CODES, StepError } from './step-error.ts';
import { deployLiveRelease, describeDeploy, type LiveDeploy } from './deploy/deploy-live.ts';
import type { BucketTarget } from './deploy/target.ts';
import { formatSummary } from './summary.ts';

export interface NightlyOptions {
  input: string;
  exportOptions?: ExportOptions | undefined;
  asOf: string;
  publishDir: string;
  allowShrink?: { count: number; reason: string } | undefined;
  /** Public URL of the site, so absolute links to it are checked too. */
  siteUrl?: string | undefined;
  /** Folder of hand-written display points, whose published phones are allowed (default: the site's own). */
  pointsDir?: string | undefined;
  /** Object storage the live release is uploaded to after the local switch (docs/operations.md). */
  deployTarget?: BucketTarget | undefined;
  now?: Date;
  log?: (line: string) => void;
}

/** The steps that do heavy I/O, replaceable in tests (a fake build, a switch that fails like a full disk). */
export interface NightlySteps {
  importExport: (options: ImportOptions & { asOf: string; outDir: string; reportFile: string }) => Promise<ImportReport>;
  buildSite: (options: { contentDir: string; outDir: string; asOf: string; cacheDir?: string }) => Promise<void>;
  indexSite: (options: { outDir: string }) => Promise<void>;
  switchCurrent: (layout: PublishLayout, releaseDir: string) => Promise<void>;
  deployLive: (layout: PublishLayout, target: BucketTarget) => Promise<LiveDeploy>;
}

export const realSteps: NightlySteps = {
  importExport: importRegistry,
  buildSite: buildReleaseSite,
  indexSite: indexReleaseSite,
  switchCurrent,
  deployLive: (layout, target) => deployLiveRelease(layout, target),
};

/** The caches tree of the nightly job: `OCOP_CACHE_DIR`, else beside the releases. */
function nightlyCacheDir(layout: PublishLayout): string {
  return process.env.OCOP_CACHE_DIR || path.join(layout.root, '.astro-cache');
}

/** The office's workbook of rows to fix: beside the releases, never in one (it holds the rows as exported). */
export function fixWorkbookPath(publishDir: string): string {
  return path.join(layoutOf(publishDir).root, 'reports', 'rows-to-fix.xlsx');
}

export interface NightlyResult {
  release: string;
  provenance: Provenance;
  changes: Changes;
  guard: GuardVerdict;
  summary: string;
}

export async function runNightly(options: NightlyOptions, steps: NightlySteps = realSteps): Promise<NightlyResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const layout = layoutOf(options.publishDir);
  const unlock = await step('lock', EXIT_CODES.unexpected, () => acquireLock(layout.root)); // one run at a time
  let releaseDir: string | null = null;
  let published = false;
  try {
    await pruneReleases(layout); //                                   clear what an earlier killed run left behind
    const live = await readLive(layout); //                           the release to compare with
    releaseDir = await createRelease(layout, options.now ?? new Date());
    const release = releasePaths(releaseDir);
    log(`release ${path.basename(releaseDir)}: importing ${path.basename(options.input)} as of ${options.asOf}`);
    const fixWorkbookFile = fixWorkbookPath(options.publishDir);

    const report = await step('import', EXIT_CODES.unexpected, () =>
      // read and validate the export into the release
      steps.importExport({
        ...options.exportOptions,
        input: options.input,
        asOf: options.asOf,
        outDir: release.data,
        reportFile: release.report,
        // The office's workbook shows its rows as exported, private columns too: never inside a release.
        fixWorkbookFile,
        // Photos given as links are fetched once into the caches tree (docs/operations.md, "Three trees").
        photoCacheDir: process.env.OCOP_PHOTO_CACHE_DIR || path.join(nightlyCacheDir(layout), 'remote-photos'),
      }),
    );
    const next = await step('import', EXIT_CODES.unexpected, () => readReleaseData(releaseDir!));
    const guard = await guardStep(options, live, next); //              refuse a truncated, empty or shrunken export
    log(`guard passed: ${next.report.counts.published} published, ${guard.lost.length} lost, ${guard.expected.length} withdrawn as expected`);

    const cacheDir = nightlyCacheDir(layout); //                       survives between nights, shared with no one
    await step('build', EXIT_CODES.buildFailed, () => steps.buildSite({ contentDir: release.data, outDir: release.site, asOf: options.asOf, cacheDir }));
    log('site built');
    if (live) {
      // Badges embedded on shop pages keep their URL when a product leaves the export.
      const kept = await step('build', EXIT_CODES.buildFailed, () => keepRemovedBadges(releasePaths(live.dir).site, live.data.products, release.site));
      if (kept > 0) log(`${kept} badges of products no longer in the export kept at their URL`);
    }

    const provenance = buildProvenance({
      //                            where this release came from
      report,
      meta: next.meta,
      products: next.products,
      producers: next.producers.length,
      commit: await currentCommit(),
      acceptedShrink: guard.acceptedShrink,
    });
    const changes = computeChanges({
      //                               what changed since the live release
      previous: live ? { release: path.basename(live.dir), products: live.data.products, asOf: live.data.meta.asOf } : null,
      next: { products: next.products, asOf: options.asOf, quarantined: report.quarantined },
    });
    await writeJson(release.provenance, provenance);
    await writeJson(release.changes, changes);

    const checks = await checkInput(options, release, next); //       pages, stars, links, search, open data, privacy
    refuseOnProblems(await indexAndCheck(() => steps.indexSite({ outDir: release.site }), checks, log));
    log('release checks passed');

    await step('publish', EXIT_CODES.publishFailed, () => steps.switchCurrent(layout, releaseDir!)); // atomic switch
    published = true;
    await pruneReleases(layout); //                                   keep the last ten
    if (options.deployTarget) {
      const target = options.deployTarget;
      const deployed = await step('deploy', EXIT_CODES.deployFailed, () => steps.deployLive(layout, target)); // then the bucket
      log(describeDeploy(deployed));
    }

    const summary = formatSummary({
      release: path.basename(releaseDir),
      provenance,
      changes,
      guard,
      seconds: (performance.now() - started) / 1000,
      fixWorkbook: fixWorkbookFile,
    });
    await writeFile(release.summary, `${summary}\n`);
    return { release: path.basename(releaseDir), provenance, changes, guard, summary };
  } catch (error) {
    // Never the live release: once switched, a later hiccup (pruning, the summary file) leaves it in place.
    if (releaseDir && !published) await discardRelease(releaseDir);
    throw error;
  } finally {
    await unlock();
  }
}

/**
 * Writes the search index and runs the release checks. The index and the checks
 * of the pages each keep one core busy and touch different files, so they run
 * side by side (the night is shorter by the shorter of the two); the index is
 * checked once it is written.
 */
export async function indexAndCheck(indexSite: () => Promise<void>, checks: CheckInput, log: (line: string) => void): Promise<CheckResult[]> {
  const [indexed, pageChecks] = await Promise.allSettled([
    step('index', EXIT_CODES.buildFailed, indexSite),
    step('check', EXIT_CODES.checkFailed, () => checkPages(checks)),
  ]);
  if (indexed.status === 'rejected') throw indexed.reason;
  if (pageChecks.status === 'rejected') throw pageChecks.reason;
  log('search index written, pages checked');
  return [...pageChecks.value, ...(await step('check', EXIT_CODES.checkFailed, () => checkSearchIndex(checks)))];
}

/** Runs one step; any failure becomes a `StepError` naming the step. */
async function step<T>(name: string, exitCode: StepError['exitCode'], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StepError) throw error;
    if (error instanceof ImportError) throw new StepError(name, EXIT_CODES.guardRefused, `the export cannot be used: ${error.message}`);
    const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new StepError(name, exitCode, why);
  }
}

async function readLive(layout: PublishLayout): Promise<{ dir: string; data: ReleaseData } | null> {
  const dir = await liveRelease(layout);
  if (!dir) return null;
  try {
    return { dir, data: await readReleaseData(dir) };
  } catch (error) {
    throw new StepError('guard', EXIT_CODES.unexpected, `cannot read the live release's data in ${path.basename(dir)}/_data: ${(error as Error).message}`);
  }
}

async function guardStep(options: NightlyOptions, live: { data: ReleaseData } | null, next: ReleaseData): Promise<GuardVerdict> {
  // Only a text export can be cut off mid-row and still parse (a cut XLSX is an unreadable zip);
  // the import reports a last row shorter than the header.
  const truncatedAt = next.report.source.shortLastRow;
  const verdict = guardExport({
    live: live ? { products: live.data.products, asOf: live.data.meta.asOf } : null,
    next: { products: next.products, asOf: options.asOf, rows: next.report.counts.rows, quarantined: next.report.counts.quarantined },
    truncatedAt,
    allowShrink: options.allowShrink,
  });
  if (verdict.refusals.length > 0) {
    const lost = verdict.lost.slice(0, 10).map((p) => `lost: ${p.name} (${p.id}, province ${p.provinceCode})`);
    throw new StepError('guard', EXIT_CODES.guardRefused, `refusing to publish: ${verdict.refusals[0]}`, [...verdict.refusals.slice(1), ...lost]);
  }
  return verdict;
}

async function checkInput(options: NightlyOptions, release: ReturnType<typeof releasePaths>, next: ReleaseData): Promise<CheckInput> {
  return {
    siteDir: release.site,
    otherFiles: [release.provenance, release.changes],
    products: next.products,
    producers: next.producers,
    pointContacts: await readPointPhones(options.pointsDir ?? path.join(process.env.OCOP_HANDWRITTEN_DIR ?? 'content', 'points')),
    asOf: options.asOf,
    siteUrl: options.siteUrl,
  };
}

function refuseOnProblems(results: CheckResult[]): void {
  const failed = results.filter((result) => result.problems.length > 0);
  if (failed.length > 0) {
    const details = failed.flatMap((result) => result.problems.map((problem) => `${result.name}: ${problem}`));
    throw new StepError('check', EXIT_CODES.checkFailed, `the new release failed ${failed.map((r) => `"${r.name}"`).join(', ')}`, details);
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}
