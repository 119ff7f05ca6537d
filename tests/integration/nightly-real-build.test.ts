/**
 * The nightly job with the real site build and search index, on the bundled sample:
 * it publishes, a second run on the same export and date gives the same site and
 * reports no changes, and a broken content file fails the real build with the
 * live release untouched. Three builds in all; the other nightly tests fake the
 * build.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realSteps, runNightly, type NightlyResult } from '../../src/publish/run-nightly.ts';
import { EXIT_CODES, StepError } from '../../src/publish/step-error.ts';
import { hashCurrent, hashTree } from '../support/nightly-fakes.ts';
import { sampleCopy } from '../support/exports.ts';

const AS_OF = '2026-11-23';
let work: string;
let publishDir: string;
let sample: string;
let first: NightlyResult;

beforeAll(async () => {
  // Inside the project: Astro keeps a build's intermediate files beside an output
  // folder it contains, but in the shared .astro/ for one outside it.
  await mkdir('.cache/test-builds', { recursive: true });
  work = path.resolve(await mkdtemp('.cache/test-builds/nightly-'));
  publishDir = path.join(work, 'publish');
  sample = await sampleCopy(path.join(work, 'export'));
  first = await runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, realSteps);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the nightly job with the real build', () => {
  it('publishes the sample: pages, search index, headers file, provenance and changes', async () => {
    const current = path.join(publishDir, 'current');
    for (const file of [
      'site/index.html',
      'site/en/index.html',
      'site/search-index/vi.json',
      'site/search-index/en.json',
      'site/_headers',
      'provenance.json',
      'changes.json',
      'summary.txt',
    ]) {
      await expect(stat(path.join(current, file)), file).resolves.toBeTruthy();
    }
    const provenance = JSON.parse(await readFile(path.join(current, 'provenance.json'), 'utf8'));
    expect(provenance).toMatchObject({ asOf: AS_OF, source: { file: 'sample-registry.csv', rows: 153 } });
    expect(provenance.code.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(provenance.products.length).toBe(first.provenance.counts.products);
    expect(first.summary).toMatch(/^Published release \d{8}-\d{6}-\d{3}: sample-registry\.csv \(153 rows\), data as of 2026-11-23/);
  });

  it('a second run on the same export and date builds the same site and reports no changes', async () => {
    const second = await runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, realSteps);
    const releases = path.join(publishDir, 'releases');
    expect(await hashTree(path.join(releases, second.release, 'site'))).toBe(await hashTree(path.join(releases, first.release, 'site')));
    expect(second.changes).toMatchObject({ since: first.release, added: [], updated: [], withdrawn: [] });
    expect(second.summary).toContain(`No changes since release ${first.release}.`);
  }, 300_000);

  it('a build that fails midway on a broken content file leaves the live release byte-for-byte unchanged', async () => {
    const before = await hashCurrent(publishDir);
    const error = await runNightly(
      { input: sample, asOf: AS_OF, publishDir, log: () => {} },
      {
        ...realSteps,
        buildSite: async (options) => {
          // A content file that breaks the schema: five stars cannot come with a score of 12.
          const file = path.join(options.contentDir, 'products.json');
          const products = JSON.parse(await readFile(file, 'utf8'));
          products[0].certificate.score = 12;
          await writeFile(file, JSON.stringify(products));
          await realSteps.buildSite(options);
        },
      },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).step).toBe('build');
    expect((error as StepError).exitCode).toBe(EXIT_CODES.buildFailed);
    expect((error as StepError).message).toMatch(/products|score/i);
    expect(await hashCurrent(publishDir)).toBe(before);
  }, 300_000);
});
