/**
 * The publish lock with real processes: one run at a time, a lock left by a dead
 * process taken over by exactly one of the runs started together, and a lock held
 * by a live process refused with one sentence that names it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LockHeldError } from '../../../src/publish/lock.ts';

const LOCK_MODULE = fileURLToPath(new URL('../../../src/publish/lock.ts', import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), 'ocop-lock-'));

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** This machine's boot, as the lock names it. */
async function bootId(): Promise<string> {
  return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8'))
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
    .slice(0, 12);
}

/** A process id that belonged to a process which has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

/**
 * A run that waits for `go`, takes the lock and, while holding it, writes
 * `start <pid>` and `end <pid>` to the shared log a second apart; a run refused
 * writes `refused <pid>: <message>`.
 */
const CONTENDER = `
import { appendFileSync, existsSync } from 'node:fs';
const [lockModule, publishDir, go, log] = process.argv.slice(1);
const { acquireLock } = await import(lockModule);
appendFileSync(log + '.ready', 'x');
while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 2));
let unlock;
try {
  unlock = await acquireLock(publishDir);
} catch (error) {
  appendFileSync(log, 'refused ' + process.pid + ': ' + error.message + '\\n');
  process.exit(0);
}
appendFileSync(log, 'start ' + process.pid + '\\n');
await new Promise((resolve) => setTimeout(resolve, 1000));
appendFileSync(log, 'end ' + process.pid + '\\n');
await unlock();
`;

async function contend(publishDir: string, runs: number): Promise<string[]> {
  const go = path.join(publishDir, '..', `${path.basename(publishDir)}.go`);
  const log = path.join(publishDir, '..', `${path.basename(publishDir)}.log`);
  const children = Array.from({ length: runs }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', CONTENDER, LOCK_MODULE, publishDir, go, log], { stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  const exited = children.map((child) => new Promise<number | null>((resolve) => child.on('close', resolve)));
  // Every run is started and waiting before any may try: they all try within milliseconds.
  while ((await readFile(`${log}.ready`, 'utf8').catch(() => '')).length < runs) await new Promise((resolve) => setTimeout(resolve, 10));
  await writeFile(go, '');
  expect(await Promise.all(exited)).toEqual(Array(runs).fill(0));
  return (await readFile(log, 'utf8')).trim().split('\n');
}

/** Asserts no two holders overlap in the log, and returns the holders' pids. */
function holders(lines: string[]): number[] {
  const holding: number[] = [];
  const all: number[] = [];
  for (const line of lines) {
    const [event, pid] = line.split(/[ :]/);
    if (event === 'start') {
      expect(holding, `${pid} took the lock while ${holding.join(', ')} held it`).toEqual([]);
      holding.push(Number(pid));
      all.push(Number(pid));
    } else if (event === 'end') {
      holding.splice(holding.indexOf(Number(pid)), 1);
    }
  }
  return all;
}

describe('the publish lock', () => {
  const staleLocks: [string, (publishDir: string, pid: number) => Promise<void>][] = [
    [
      'a lock folder',
      async (publishDir, pid) => {
        await mkdir(path.join(publishDir, '.lock'));
        await writeFile(path.join(publishDir, '.lock', `${pid}-${await bootId()}-0123456789ab`), '');
      },
    ],
    ['a lock file of the earlier kind', async (publishDir, pid) => writeFile(path.join(publishDir, '.lock'), `${pid}\n`)],
  ];
  for (const [kind, leave] of staleLocks) {
    it(`six runs started at once against ${kind} left by a dead process: exactly one takes it over, five times in a row`, async () => {
      for (let trial = 0; trial < 5; trial++) {
        const publishDir = path.join(work, `stale-${kind.replaceAll(' ', '-')}-${trial}`);
        await mkdir(publishDir, { recursive: true });
        await leave(publishDir, deadPid());
        const lines = await contend(publishDir, 6);
        const held = holders(lines);
        expect(held, `trial ${trial}: ${lines.join(' | ')}`).toHaveLength(1);
        const refused = lines.filter((line) => line.startsWith('refused'));
        expect(refused).toHaveLength(5);
        for (const line of refused) expect(line).toContain(`another run (process ${held[0]}) is publishing to ${publishDir}; try again when it has finished`);
        // Released: the folder holds no lock and no abandoned attempt.
        expect((await readdir(publishDir)).filter((name) => name.startsWith('.lock'))).toEqual([]);
      }
    }, 60_000);
  }

  it('is refused, naming the holder, while a live process holds it, and free again once released', async () => {
    const publishDir = path.join(work, 'held');
    const unlock = await acquireLock(publishDir);
    const refusal = await acquireLock(publishDir).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(LockHeldError);
    expect((refusal as Error).message).toBe(`another run (process ${process.pid}) is publishing to ${publishDir}; try again when it has finished`);
    await unlock();
    const again = await acquireLock(publishDir);
    await again();
    expect(await readdir(publishDir)).toEqual([]);
  });

  it('takes over a lock whose holder ran on another machine (a publish folder restored from a cache), even if its process id is alive here', async () => {
    const publishDir = path.join(work, 'restored');
    await mkdir(path.join(publishDir, '.lock'), { recursive: true });
    await writeFile(path.join(publishDir, '.lock', `${process.pid}-0another0boot-0123456789ab`), '');
    const unlock = await acquireLock(publishDir);
    expect(await readdir(path.join(publishDir, '.lock'))).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-${await bootId()}-`))]);
    await unlock();
  });

  it('clears the attempt a run killed before taking the lock left behind', async () => {
    const publishDir = path.join(work, 'abandoned');
    const attempt = path.join(publishDir, `.lock-${deadPid()}-${await bootId()}-abcdef012345`);
    await mkdir(attempt, { recursive: true });
    await writeFile(path.join(attempt, path.basename(attempt).slice('.lock-'.length)), '');
    const unlock = await acquireLock(publishDir);
    expect(await readdir(publishDir)).toEqual(['.lock']);
    await unlock();
  });
});
