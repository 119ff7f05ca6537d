/**
 * One nightly run (or rollback) at a time per publish directory: two runs racing
 * would compare against, and switch, the same `current`. A lock left by a killed
 * run is taken over once its process is gone.
 *
 * The lock is the folder `DIR/.lock/`, holding one entry named after its holder
 * (`<pid>-<boot>-<random>`: the boot tells a process id of this machine since its
 * last start from one of a publish folder restored onto another machine, as the
 * GitHub workflow does). Every step is a single atomic filesystem operation, so any
 * number of runs started at once agree on one holder:
 * - take: a folder with our entry, made aside, is renamed to `.lock`; rename()
 *   replaces a missing or EMPTY folder and fails on one that holds an entry;
 * - take over: the entry of a dead holder is removed by its exact name, which
 *   empties the folder; removing it twice fails harmlessly, and it never touches
 *   the entry of a live holder (every entry's name is unique);
 * - release: our entry is removed, which frees the lock at once.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../util/process-alive.ts';

/** `<pid>-<boot>-<random>` */
const ENTRY = /^(\d+)-([0-9a-z]+)-[0-9a-f]+$/;

/** This machine since its last start: Linux's boot id, else the host name. */
const BOOT = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => hostname()))
  .toLowerCase()
  .replace(/[^0-9a-z]/g, '')
  .slice(0, 12);

/** Another live process holds the lock. */
export class LockHeldError extends Error {
  readonly holder: number;
  readonly publishRoot: string;

  constructor(holder: number, publishRoot: string) {
    super(`another run (process ${holder}) is publishing to ${publishRoot}; try again when it has finished`);
    this.name = 'LockHeldError';
    this.holder = holder;
    this.publishRoot = publishRoot;
  }
}

export async function acquireLock(publishRoot: string): Promise<() => Promise<void>> {
  await mkdir(publishRoot, { recursive: true });
  const lock = path.join(publishRoot, '.lock');
  const entry = `${process.pid}-${BOOT}-${randomBytes(6).toString('hex')}`;
  const prepared = path.join(publishRoot, `.lock-${entry}`);
  await mkdir(prepared);
  await writeFile(path.join(prepared, entry), '');
  try {
    while (!(await tryRename(prepared, lock))) {
      const holder = await holderOf(lock);
      if (holder && holder.boot === BOOT && isProcessAlive(holder.pid)) throw new LockHeldError(holder.pid, publishRoot);
      if (holder) await removeDeadHolder(holder); // none means released this instant
    }
  } catch (error) {
    await rm(prepared, { recursive: true, force: true });
    throw error;
  }
  await removeAbandonedAttempts(publishRoot);
  return async () => {
    await rm(path.join(lock, entry), { force: true });
    await rmdir(lock).catch(() => {}); // tidy; a run that took the lock meanwhile keeps its folder
  };
}

/** rename(), telling "the lock is held" (false) from real failures (thrown). */
async function tryRename(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * The holder named in the lock, and the path that names it; null when the lock
 * folder is empty or gone. A lock file of the earlier kind (`.lock` holding a pid)
 * names its holder too.
 */
async function holderOf(lock: string): Promise<{ pid: number; boot: string; path: string; legacy: boolean } | null> {
  let entries: string[];
  try {
    entries = await readdir(lock);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code !== 'ENOTDIR') throw error;
    return { pid: Number((await readFile(lock, 'utf8').catch(() => '')).trim()), boot: BOOT, path: lock, legacy: true };
  }
  if (entries.length === 0) return null;
  const entry = entries.find((name) => ENTRY.test(name));
  if (!entry) throw new Error(`${lock} holds files no run made (${entries.join(', ')}); remove it when no run is publishing`);
  const [, pid, boot] = ENTRY.exec(entry)!;
  return { pid: Number(pid), boot: boot!, path: path.join(lock, entry), legacy: false };
}

/**
 * Removes a dead holder's entry by its unique name (gone already is fine). A lock
 * file of the earlier kind is unlinked, which cannot remove a lock folder another
 * run has put in its place meanwhile.
 */
async function removeDeadHolder(holder: { path: string; legacy: boolean }): Promise<void> {
  if (!holder.legacy) return rm(holder.path, { recursive: true, force: true });
  await unlink(holder.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT' && error.code !== 'EISDIR' && error.code !== 'EPERM') throw error;
  });
}

/** Attempts of processes killed between preparing their entry and taking the lock. */
async function removeAbandonedAttempts(publishRoot: string): Promise<void> {
  for (const name of await readdir(publishRoot)) {
    const [, pid, boot] = /^\.lock-(\d+)-([0-9a-z]+)-[0-9a-f]+$/.exec(name) ?? [];
    if (pid && (boot !== BOOT || !isProcessAlive(Number(pid)))) await rm(path.join(publishRoot, name), { recursive: true, force: true });
  }
}
