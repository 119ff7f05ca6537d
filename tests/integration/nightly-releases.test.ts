/**
 * Releases, rollback, idempotence and the command line of the nightly job
 * (fake build: the publishing logic is under test; nightly-real-build.test.ts
 * runs the real site build).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_RELEASES } from '../../src/publish/releases.ts';
import { runNightly } from '../../src/publish/run-nightly.ts';
import { EXIT_CODES } from '../../src/publish/step-error.ts';
import { emptyFile, sampleCopy, withoutRows } from './helpers/exports.ts';
import { fakeSteps, hashCurrent, hashTree } from './helpers/nightly-fakes.ts';

const AS_OF = '2026-11-23';
const work = await mkdtemp(path.join(tmpdir(), 'ocop-nightly-releases-'));
const sample = await sampleCopy(path.join(work, 'sample'));
const quiet = { log: () => {} };

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function runScript(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [script, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('publishing releases', () => {
  it('running twice on the same export and date gives the same content and the second run reports no changes', async () => {
    const publishDir = path.join(work, 'twice');
    const first = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const second = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect(second.release).not.toBe(first.release);
    const releases = path.join(publishDir, 'releases');
    expect(await hashTree(path.join(releases, second.release, 'site'))).toBe(await hashTree(path.join(releases, first.release, 'site')));
    for (const file of ['provenance.json', '_data/products.json', '_data/producers.json', '_data/meta.json']) {
      expect(await readFile(path.join(releases, second.release, file), 'utf8')).toBe(await readFile(path.join(releases, first.release, file), 'utf8'));
    }
    expect(second.changes).toMatchObject({ since: first.release, added: [], updated: [], withdrawn: [] });
    expect(second.summary).toContain(`No changes since release ${first.release}.`);
    expect(first.changes.since).toBeNull();
    expect(first.changes.added.length).toBe(first.provenance.counts.published);
  });

  it('switches current with a relative symlink and keeps only the last ten releases', async () => {
    const publishDir = path.join(work, 'eleven');
    const results = [];
    for (let i = 0; i < KEEP_RELEASES + 2; i++) results.push(await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps));
    const kept = await readdir(path.join(publishDir, 'releases'));
    expect(kept).toHaveLength(KEEP_RELEASES);
    expect(kept.sort()).toEqual(results.slice(-KEEP_RELEASES).map((r) => r.release).sort());
    expect(await readlink(path.join(publishDir, 'current'))).toBe(path.join('releases', results.at(-1)!.release));
  });

  it('npm run rollback switches back to the previous published release, and says so when there is none', async () => {
    const publishDir = path.join(work, 'rollback');
    await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const first = await hashCurrent(publishDir);
    const smaller = await withoutRows(path.join(work, 'smaller'), (line) => line.split(',')[1] === 'HN-001');
    await runNightly({ input: smaller, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect(await hashCurrent(publishDir)).not.toBe(first);

    const back = await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/Rolled back: current is now \d{8}-\d{6}-\d{3}/);
    expect(await hashCurrent(publishDir)).toBe(first);

    const again = await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
    expect(again.code).toBe(EXIT_CODES.unexpected);
    expect(again.stderr).toMatch(/step rollback failed: .* is the oldest published release kept/);
    expect(await hashCurrent(publishDir)).toBe(first);
  });
});

describe('the nightly command line', () => {
  it('exits 2 on an empty export, names the step and leaves nothing published', async () => {
    const publishDir = path.join(work, 'cli-empty');
    const result = await runScript('scripts/nightly.ts', ['--input', await emptyFile(path.join(work, 'cli')), '--publish-dir', publishDir, '--as-of', AS_OF]);
    expect(result.code).toBe(EXIT_CODES.guardRefused);
    expect(result.stderr).toMatch(/^step import failed: the export cannot be used: "empty\.csv" has no header row/m);
    expect(result.stderr).toContain('The live site was not changed.');
    expect(await hashCurrent(publishDir)).toBe('no current');
  });

  it('exits 64 when --allow-shrink comes without a reason, before touching anything', async () => {
    const publishDir = path.join(work, 'cli-usage');
    const result = await runScript('scripts/nightly.ts', ['--input', sample, '--publish-dir', publishDir, '--allow-shrink', '5']);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toMatch(/--allow-shrink needs --reason/);
    await expect(readdir(publishDir)).rejects.toThrow(/ENOENT/);
  });
});
