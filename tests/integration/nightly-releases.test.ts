/**
 * Releases, rollback, idempotence and the command line of the nightly job
 * (fake build: the publishing logic is under test; nightly-real-build.test.ts
 * runs the real site build).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/publish/lock.ts';
import { KEEP_RELEASES } from '../../src/publish/releases.ts';
import { runNightly } from '../../src/publish/run-nightly.ts';
import { EXIT_CODES } from '../../src/publish/step-error.ts';
import { routes } from '../../src/i18n/routes.ts';
import { emptyFile, sampleCopy, withoutRows } from '../support/exports.ts';
import { fakeSteps, hashCurrent, hashTree } from '../support/nightly-fakes.ts';

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

  it('a successful run leaves the live release it replaces byte-for-byte as it was', async () => {
    const publishDir = path.join(work, 'untouched');
    const first = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const before = await hashTree(path.join(publishDir, 'releases', first.release));
    const smaller = await withoutRows(path.join(work, 'untouched-export'), (line) => line.split(',')[1] === 'HN-001');
    await runNightly({ input: smaller, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect(await hashTree(path.join(publishDir, 'releases', first.release))).toBe(before);
  });

  it('a product gone from the export keeps its badge URL, which now says so, on that night and the nights after', async () => {
    const publishDir = path.join(work, 'badges');
    const first = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const smaller = await withoutRows(path.join(work, 'badges-export'), (line) => line.split(',')[1] === 'HN-001');
    const second = await runNightly({ input: smaller, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const gone = second.changes.withdrawn.filter((w) => w.reason === 'removed-from-export');
    expect(gone).toHaveLength(1);
    const badgeIn = (release: string, lang: 'vi' | 'en') =>
      readFile(path.join(publishDir, 'releases', release, 'site', routes.badge(lang, gone[0]!.id)), 'utf8');
    expect(await badgeIn(first.release, 'vi')).toContain('★');
    expect(await badgeIn(second.release, 'vi')).toContain('không còn trong danh mục');
    expect(await badgeIn(second.release, 'en')).toContain('no longer in the catalogue');
    expect(await badgeIn(second.release, 'vi')).not.toContain('★');
    const third = await runNightly({ input: smaller, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect(await badgeIn(third.release, 'vi')).toBe(await badgeIn(second.release, 'vi'));
  });

  it('switches current with a relative symlink and keeps only the last ten releases', async () => {
    const publishDir = path.join(work, 'eleven');
    const results = [];
    for (let i = 0; i < KEEP_RELEASES + 2; i++) results.push(await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps));
    const kept = await readdir(path.join(publishDir, 'releases'));
    expect(kept).toHaveLength(KEEP_RELEASES);
    expect(kept.sort()).toEqual(
      results
        .slice(-KEEP_RELEASES)
        .map((r) => r.release)
        .sort(),
    );
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

describe('rolling back', () => {
  it('a release rolled back from is never a rollback target again, even after a newer release', async () => {
    const publishDir = path.join(work, 'rollback-past-bad');
    const good = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const bad = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect((await runScript('scripts/rollback.ts', ['--publish-dir', publishDir])).stdout).toContain(`current is now ${good.release} (was ${bad.release})`);
    const newer = await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    expect(newer.changes.since).toBe(good.release); // the night compares with what current points at

    const back = await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain(`Rolled back: current is now ${good.release} (was ${newer.release}).`);
    expect(await readlink(path.join(publishDir, 'current'))).toBe(path.join('releases', good.release));
    // Both releases rolled back from stay on disk, marked.
    for (const release of [bad.release, newer.release]) await expect(stat(path.join(publishDir, 'releases', release, '.rolled-back'))).resolves.toBeTruthy();
  });

  it('running npm run rollback twice goes back two published releases', async () => {
    const publishDir = path.join(work, 'rollback-twice');
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps));
    await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
    const second = await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
    expect(second.stdout).toContain(`Rolled back: current is now ${runs[0]!.release} (was ${runs[1]!.release}).`);
    expect(await readlink(path.join(publishDir, 'current'))).toBe(path.join('releases', runs[0]!.release));
  });

  it('npm run rollback while a run holds the lock says so in one sentence, exits 1 and leaves current alone', async () => {
    const publishDir = path.join(work, 'rollback-locked');
    await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const before = await hashCurrent(publishDir);
    const unlock = await acquireLock(publishDir); // this test's process is the run publishing
    try {
      const back = await runScript('scripts/rollback.ts', ['--publish-dir', publishDir]);
      expect(back.code).toBe(EXIT_CODES.unexpected);
      expect(back.stderr).toBe(
        `step rollback failed: another run (process ${process.pid}) is publishing to ${path.resolve(publishDir)}; try again when it has finished\n`,
      );
      expect(await hashCurrent(publishDir)).toBe(before);
    } finally {
      await unlock();
    }
  });
});

describe('the nightly command line', () => {
  it('exits 1 while another run holds the lock, naming it, and changes nothing', async () => {
    const publishDir = path.join(work, 'cli-locked');
    await runNightly({ input: sample, asOf: AS_OF, publishDir, ...quiet }, fakeSteps);
    const before = await hashCurrent(publishDir);
    const releases = await readdir(path.join(publishDir, 'releases'));
    const unlock = await acquireLock(publishDir);
    try {
      const result = await runScript('scripts/nightly.ts', ['--input', sample, '--publish-dir', publishDir, '--as-of', AS_OF]);
      expect(result.code).toBe(EXIT_CODES.unexpected);
      expect(result.stderr).toBe(
        `step lock failed: another run (process ${process.pid}) is publishing to ${path.resolve(publishDir)}; try again when it has finished\nThe live site was not changed.\n`,
      );
      expect(await hashCurrent(publishDir)).toBe(before);
      expect(await readdir(path.join(publishDir, 'releases'))).toEqual(releases);
    } finally {
      await unlock();
    }
  });

  it('exits 2 on an empty export, names the step and leaves nothing published', async () => {
    const publishDir = path.join(work, 'cli-empty');
    const result = await runScript('scripts/nightly.ts', ['--input', await emptyFile(path.join(work, 'cli')), '--publish-dir', publishDir, '--as-of', AS_OF]);
    expect(result.code).toBe(EXIT_CODES.guardRefused);
    expect(result.stderr).toMatch(/^step import failed: the export cannot be used: .*no header row/m);
    expect(result.stderr).toContain('The live site was not changed.');
    expect(await hashCurrent(publishDir)).toBe('no current');
  });

  it("names the office's workbook of rows to fix, outside every release, when the guard refuses an export", async () => {
    const publishDir = path.join(work, 'cli-workbook');
    const input = path.join(work, 'mostly-bad.csv');
    const rows = ['Mật ong Ba Bể,HTX Khang Ninh,4', 'Chè Tà Xùa,HTX Tà Xùa,2', 'Cà phê Đắk Hà,HTX Đắk Hà,2'];
    await writeFile(input, `Tên sản phẩm,Chủ thể,Hạng sao,Số QĐ,Ngày QĐ,Nhóm,Tỉnh\n${rows.map((r) => `${r},1/QĐ-UBND,01/02/2025,Chè,Sơn La`).join('\n')}\n`);
    const result = await runScript('scripts/nightly.ts', ['--input', input, '--publish-dir', publishDir, '--as-of', AS_OF]);
    expect(result.code).toBe(EXIT_CODES.guardRefused);
    const workbook = path.join(publishDir, 'reports', 'rows-to-fix.xlsx');
    expect(result.stderr).toContain(`Rows to fix and warnings, for the office, in Excel: ${workbook}`);
    const fix = await readSheet(await readFile(workbook), 'Cần sửa');
    expect(fix.map((row) => String(row[0]))).toEqual(['Dòng', '3', '4']);
    await expect(readdir(path.join(publishDir, 'releases'))).resolves.toEqual([]);
  });

  it('exits 64 when --allow-shrink comes without a reason, before touching anything', async () => {
    const publishDir = path.join(work, 'cli-usage');
    const result = await runScript('scripts/nightly.ts', ['--input', sample, '--publish-dir', publishDir, '--allow-shrink', '5']);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toMatch(/--allow-shrink needs --reason/);
    await expect(readdir(publishDir)).rejects.toThrow(/ENOENT/);
  });
});
