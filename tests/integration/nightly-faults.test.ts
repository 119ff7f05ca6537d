/**
 * The faults a nightly run must survive. One good release is published first (with
 * the fast fake build); each fault then runs the real import and guard against it,
 * and the live release must stay byte-for-byte the same while the run says which
 * step failed and why.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNightly, type NightlySteps } from '../../src/publish/run-nightly.ts';
import { layoutOf } from '../../src/publish/releases.ts';
import { describeFailure, EXIT_CODES, StepError, type ExitCode } from '../../src/publish/step-error.ts';
import { emptyFile, halfTheRows, missingColumn, sampleCopy, truncatedMidRow, writeExport } from '../support/exports.ts';
import { fakeSteps, hashCurrent } from '../support/nightly-fakes.ts';

const AS_OF = '2026-11-23';
let work: string;
let publishDir: string;
let sample: string;

async function failureOf(run: Promise<unknown>): Promise<StepError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StepError)) throw new Error(`expected the run to fail with a StepError, got ${String(error)}`);
  return error;
}

/** Not a table at all: one of the sample's photos, named like the export. */
async function photoAsExport(dir: string): Promise<string> {
  return writeExport(dir, 'registry-export.csv', await readFile(new URL('../../content/sources/images/banh-gai.jpg', import.meta.url)));
}

async function releaseCount(): Promise<number> {
  return (await readdir(layoutOf(publishDir).releases)).length;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ocop-nightly-faults-'));
  publishDir = path.join(work, 'publish');
  sample = await sampleCopy(path.join(work));
  await runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, fakeSteps);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Exports the run must refuse before building anything, by what they are: the step
 * that refuses each and why. A cut that leaves a quoted cell open stops the import;
 * any other cut, the guard.
 */
const refusedExports: Record<string, { make: (dir: string) => Promise<string>; step: RegExp; why: RegExp }> = {
  'an export truncated halfway through a row': {
    make: truncatedMidRow,
    step: /^(guard|import)$/,
    why: /cut off: its last row \(row \d+\) has \d+ of 32 columns|never closed/,
  },
  'an export with half the rows missing': { make: halfTheRows, step: /^guard$/, why: /published products \(\d+(\.\d+)?%\) would disappear/ },
  'an empty file': { make: emptyFile, step: /^import$/, why: /no header row/ },
  "a photo saved under the export's name": { make: photoAsExport, step: /^import$/, why: /not a text export|no header row|lacks required column/i },
  'an export missing a required column': { make: missingColumn, step: /^import$/, why: /lacks required column\(s\)[\s\S]*Hạng sao \(stars\)/ },
};

/** A fault in a later step of a run on the good sample, and what the run must report. */
interface StepFault {
  /** The steps replaced for the run. */
  fault: Partial<NightlySteps>;
  /** The failure's step and exit code, and its message or its details (values or matchers). */
  fails: { step: string; exitCode: ExitCode; message?: unknown; details?: unknown };
}

const stepFaults: Record<string, StepFault> = {
  'keeps the live release when the build fails midway on a broken content file': {
    fault: {
      buildSite: async (options) => {
        // A content file broken under the build's feet: the build reads it and must fail.
        await writeFile(path.join(options.contentDir, 'products.json'), '[{"id": "broken", ');
        await fakeSteps.buildSite(options);
      },
    },
    fails: { step: 'build', exitCode: EXIT_CODES.buildFailed, message: expect.stringMatching(/JSON/) },
  },
  'keeps the live release when the run dies between build and publish (disk full at the switch)': {
    fault: {
      switchCurrent: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, symlink'), { code: 'ENOSPC' });
      },
    },
    fails: { step: 'publish', exitCode: EXIT_CODES.publishFailed, message: expect.stringMatching(/no space left/) },
  },
  'refuses a release whose check finds a personal ID number, and names the file': {
    fault: {
      buildSite: async (options) => {
        await fakeSteps.buildSite(options);
        await writeFile(path.join(options.outDir, 'gioi-thieu', 'index.html'), '<p>CCCD 039986987973</p>');
      },
    },
    fails: {
      step: 'check',
      exitCode: EXIT_CODES.checkFailed,
      details: expect.arrayContaining([expect.stringMatching(/\/gioi-thieu\/index\.html: 12-digit ID number 039…73/)]),
    },
  },
  'keeps the live release when the search index fails while the pages are being checked': {
    fault: {
      indexSite: async () => {
        throw new Error('index exited with code 134: JavaScript heap out of memory');
      },
    },
    fails: { step: 'index', exitCode: EXIT_CODES.buildFailed, message: expect.stringMatching(/heap out of memory/) },
  },
  'refuses a release whose search index holds a personal phone number, and names the index file': {
    fault: {
      indexSite: async (options) => {
        await fakeSteps.indexSite(options);
        await writeFile(path.join(options.outDir, 'search-index', 'vi-words.json'), '{"text":"gọi 0912 345 678"}');
      },
    },
    fails: {
      step: 'check',
      exitCode: EXIT_CODES.checkFailed,
      details: ['no personal data in the search index: /search-index/vi-words.json: mobile number 091…78 that no producer or point publishes'],
    },
  },
  'refuses a release whose sitemap promises a page that was not built': {
    fault: {
      buildSite: async (options) => {
        await fakeSteps.buildSite(options);
        const index = '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://ocop.example.vn/sitemap-1.xml</loc></sitemap></sitemapindex>';
        const part =
          '<?xml version="1.0"?><urlset><url><loc>https://ocop.example.vn/</loc></url><url><loc>https://ocop.example.vn/tinh/son-la/</loc></url></urlset>';
        await writeFile(path.join(options.outDir, 'sitemap-index.xml'), index);
        await writeFile(path.join(options.outDir, 'sitemap-1.xml'), part);
      },
    },
    fails: { step: 'check', exitCode: EXIT_CODES.checkFailed, details: ['every catalogue page exists: /tinh/son-la/ is missing'] },
  },
  'refuses a release whose sitemap index names a part that was not written': {
    fault: {
      buildSite: async (options) => {
        await fakeSteps.buildSite(options);
        const index = '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://ocop.example.vn/sitemap-2.xml</loc></sitemap></sitemapindex>';
        await writeFile(path.join(options.outDir, 'sitemap-index.xml'), index);
      },
    },
    fails: { step: 'check', exitCode: EXIT_CODES.checkFailed, details: ['every catalogue page exists: /sitemap-2.xml is missing'] },
  },
};

describe('a nightly run that fails leaves the live release byte-for-byte unchanged', () => {
  it.each(Object.entries(refusedExports))('refuses %s with exit code 2 and says why', async (name, { make, step, why }) => {
    const before = await hashCurrent(publishDir);
    const releases = await releaseCount();
    const input = await make(path.join(work, name.replaceAll(' ', '-')));
    const error = await failureOf(runNightly({ input, asOf: AS_OF, publishDir, log: () => {} }, fakeSteps));
    expect(error.step).toMatch(step);
    expect(error.exitCode).toBe(EXIT_CODES.guardRefused);
    expect(describeFailure(error)).toMatch(new RegExp(`^step ${error.step} failed: `));
    expect(describeFailure(error)).toMatch(why);
    expect(await hashCurrent(publishDir)).toBe(before);
    expect(await releaseCount()).toBe(releases);
  });

  it.each(Object.entries(stepFaults))('%s', async (_name, { fault, fails }) => {
    const before = await hashCurrent(publishDir);
    const releases = await releaseCount();
    const error = await failureOf(runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, { ...fakeSteps, ...fault }));
    expect({ step: error.step, exitCode: error.exitCode, message: error.message, details: error.details }).toMatchObject(fails);
    expect(await hashCurrent(publishDir)).toBe(before);
    expect(await releaseCount()).toBe(releases);
  });

  it('a run killed with SIGKILL in the middle of its build leaves current as it was; the next run takes over its lock and clears its release', async () => {
    const before = await hashCurrent(publishDir);
    const live = await readlink(path.join(publishDir, 'current'));
    const releases = await readdir(layoutOf(publishDir).releases);
    const building = path.join(work, 'killed-run-is-building');
    // A real process, killed for real: a fake build that finishes its pages, then hangs.
    const script = `
      import { writeFileSync } from 'node:fs';
      const [fakes, nightly, input, publishDir, building] = process.argv.slice(1);
      const { fakeSteps } = await import(fakes);
      const { runNightly } = await import(nightly);
      setInterval(() => {}, 1000);
      await runNightly({ input, asOf: '${AS_OF}', publishDir, log: () => {} }, {
        ...fakeSteps,
        buildSite: async (options) => { await fakeSteps.buildSite(options); writeFileSync(building, options.outDir); await new Promise(() => {}); },
      });`;
    const modules = ['../support/nightly-fakes.ts', '../../src/publish/run-nightly.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...modules, sample, publishDir, building], { stdio: 'inherit' });
    const exited = new Promise((resolve) => child.on('close', resolve));
    while (!(await stat(building).catch(() => null))) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await exited;
    expect(await hashCurrent(publishDir)).toBe(before);
    expect(await readdir(path.join(publishDir, '.lock'))).toEqual([expect.stringMatching(new RegExp(`^${child.pid}-`))]);

    const killedRelease = path.basename(path.dirname(await readFile(building, 'utf8')));
    expect(releases).not.toContain(killedRelease);

    const next = await runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, fakeSteps);
    expect(next.changes.since).toBe(path.basename(live));
    expect(await readdir(layoutOf(publishDir).releases)).not.toContain(killedRelease);
    expect(await readdir(publishDir)).not.toContain('.lock');
  });

  it('the run after a killed one publishes normally and clears what the killed run left behind', async () => {
    // What `kill -9` between build and switch leaves: a built, unpublished release and a temporary link.
    const leftover = path.join(publishDir, 'releases', '20000101-000000-000');
    await mkdir(path.join(leftover, 'site'), { recursive: true });
    await writeFile(path.join(leftover, 'site', 'index.html'), '<p>half</p>');
    await symlink(path.relative(publishDir, leftover), path.join(publishDir, '.current-99999-1'));
    const result = await runNightly({ input: sample, asOf: AS_OF, publishDir, log: () => {} }, fakeSteps);
    const names = await readdir(publishDir);
    expect(names.filter((n) => n.startsWith('.current-'))).toEqual([]);
    expect(await readdir(path.join(publishDir, 'releases'))).not.toContain('20000101-000000-000');
    const live = await readFile(path.join(publishDir, 'current', 'provenance.json'), 'utf8');
    expect(JSON.parse(live).source.sha256).toBe(result.provenance.source.sha256);
  });
});
