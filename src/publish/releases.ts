/**
 * The release folder of a publish directory:
 *
 *   DIR/current -> releases/<id>     the live release (a relative symlink)
 *   DIR/releases/<id>/site/          the public web root a server points at (via current/site)
 *   DIR/releases/<id>/_data/         the registry the release was built from (public fields only)
 *   DIR/releases/<id>/provenance.json, changes.json, summary.txt
 *   DIR/releases/<id>/.published, .rolled-back   when it first went live; when a rollback left it
 *
 * `current` changes only by renaming a fresh symlink over it: rename() is atomic,
 * so a visitor (or a crash) sees the old release or the new one, never a half.
 */
import { lstat, mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const KEEP_RELEASES = 10;
const PUBLISHED_MARK = '.published';
/** Left in a release a rollback switched away from: it is never a rollback target again. */
const ROLLED_BACK_MARK = '.rolled-back';

export interface PublishLayout {
  root: string;
  current: string;
  releases: string;
}

export function layoutOf(publishDir: string): PublishLayout {
  const root = path.resolve(publishDir);
  return { root, current: path.join(root, 'current'), releases: path.join(root, 'releases') };
}

/** The parts of one release. */
export function releasePaths(releaseDir: string) {
  return {
    dir: releaseDir,
    site: path.join(releaseDir, 'site'),
    data: path.join(releaseDir, '_data'),
    report: path.join(releaseDir, '_data', 'import-report.json'),
    provenance: path.join(releaseDir, 'provenance.json'),
    changes: path.join(releaseDir, 'changes.json'),
    summary: path.join(releaseDir, 'summary.txt'),
  };
}

/** A sortable release id from the run's start time (UTC), e.g. `20261123-201800-123`. */
export function releaseIdFor(now: Date): string {
  const iso = now.toISOString(); // 2026-11-23T20:18:00.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

/** Creates a new, empty release folder; never reuses one (a second run in the same millisecond gets a suffix). */
export async function createRelease(layout: PublishLayout, now: Date): Promise<string> {
  await mkdir(layout.releases, { recursive: true });
  const base = releaseIdFor(now);
  for (let attempt = 0; ; attempt++) {
    const dir = path.join(layout.releases, attempt === 0 ? base : `${base}-${attempt}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The live release folder, or null when nothing has been published yet. */
export async function liveRelease(layout: PublishLayout): Promise<string | null> {
  try {
    const target = await readlink(layout.current);
    return path.resolve(layout.root, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EINVAL') throw new Error(`${layout.current} exists but is not a symlink; move it away before publishing`);
    throw error;
  }
}

/**
 * Points `current` at `releaseDir` in one rename(). A symlink made under a temporary
 * name is renamed over the old link; `ln -sfn` would unlink first and leave a moment
 * with no site at all.
 */
export async function switchCurrent(layout: PublishLayout, releaseDir: string): Promise<void> {
  const temporary = path.join(layout.root, `.current-${process.pid}-${Date.now()}`);
  await symlink(path.relative(layout.root, releaseDir), temporary);
  try {
    await rename(temporary, layout.current);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  // First publication time; kept as it was when a rollback switches back to it.
  await writeFile(path.join(releaseDir, PUBLISHED_MARK), `${new Date().toISOString()}\n`, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/** Release folders, oldest first. */
export async function listReleases(layout: PublishLayout): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(layout.releases);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const dirs: string[] = [];
  for (const name of names.sort()) {
    if ((await lstat(path.join(layout.releases, name))).isDirectory()) dirs.push(path.join(layout.releases, name));
  }
  return dirs;
}

export async function wasPublished(releaseDir: string): Promise<boolean> {
  return stat(path.join(releaseDir, PUBLISHED_MARK)).then(
    () => true,
    () => false,
  );
}

export async function wasRolledBack(releaseDir: string): Promise<boolean> {
  return stat(path.join(releaseDir, ROLLED_BACK_MARK)).then(
    () => true,
    () => false,
  );
}

/**
 * Marks the live release as rolled back from, before the switch away from it: a
 * release someone rolled back from was bad, and a later rollback (after newer
 * releases) must go past it, never back to it.
 */
export async function markRolledBack(releaseDir: string): Promise<void> {
  await writeFile(path.join(releaseDir, ROLLED_BACK_MARK), `${new Date().toISOString()}\n`);
}

/** Undoes `markRolledBack` when the switch it prepared failed. */
export async function unmarkRolledBack(releaseDir: string): Promise<void> {
  await rm(path.join(releaseDir, ROLLED_BACK_MARK), { force: true });
}

/**
 * Where a rollback goes: the newest release older than the live one that was
 * published and never rolled back from.
 */
export async function previousRelease(layout: PublishLayout): Promise<string | null> {
  const live = await liveRelease(layout);
  if (!live) return null;
  const older = (await listReleases(layout)).filter((dir) => path.basename(dir) < path.basename(live));
  for (const dir of older.reverse()) if ((await wasPublished(dir)) && !(await wasRolledBack(dir))) return dir;
  return null;
}

/**
 * Keeps the newest `keep` published releases and always the live one. Removes
 * releases never published (a run killed before its switch leaves one; the lock
 * means no run is building them now) and temporary links a killed switch left.
 */
export async function pruneReleases(layout: PublishLayout, keep = KEEP_RELEASES): Promise<string[]> {
  const live = await liveRelease(layout);
  const published: string[] = [];
  const doomed: string[] = [];
  for (const dir of await listReleases(layout)) {
    if (dir === live || (await wasPublished(dir))) published.push(dir);
    else doomed.push(dir);
  }
  doomed.push(...published.slice(0, Math.max(0, published.length - keep)).filter((dir) => dir !== live));
  for (const dir of doomed) await rm(dir, { recursive: true, force: true });
  for (const name of await readdir(layout.root)) {
    if (name.startsWith('.current-')) await rm(path.join(layout.root, name), { force: true });
  }
  return doomed;
}

/** Removes a release that will never be published (its run failed). */
export async function discardRelease(releaseDir: string): Promise<void> {
  await rm(releaseDir, { recursive: true, force: true });
}
