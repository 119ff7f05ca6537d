/**
 * The release folder: `current` switched with one rename, so a reader never finds
 * it missing, and the rollback target, which skips releases never published and
 * releases rolled back from.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutOf, markRolledBack, previousRelease, switchCurrent } from '../../../src/publish/releases.ts';

const work = await mkdtemp(path.join(tmpdir(), 'ocop-releases-'));

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function release(publishDir: string, id: string): Promise<string> {
  const dir = path.join(publishDir, 'releases', id);
  await mkdir(path.join(dir, 'site'), { recursive: true });
  await writeFile(path.join(dir, 'site', 'index.html'), `<p>${id}</p>`);
  return dir;
}

/** Reads current/site/index.html in a loop from another process; prints "<reads> <misses>". */
const READER = `
import { readFileSync, existsSync } from 'node:fs';
const [current, stop] = process.argv.slice(1);
let reads = 0, misses = 0;
while (!existsSync(stop)) {
  try { readFileSync(current + '/site/index.html'); reads++; } catch { misses++; }
}
console.log(reads + ' ' + misses);
`;

describe('the release folder', () => {
  it('a visitor reading through current while it is switched 300 times never finds it missing', async () => {
    const publishDir = path.join(work, 'switching');
    const layout = layoutOf(publishDir);
    const releases = [await release(publishDir, '20261123-010000-000'), await release(publishDir, '20261124-010000-000')];
    await switchCurrent(layout, releases[0]!);
    const stop = path.join(work, 'stop-reading');
    const reader = spawn(process.execPath, ['--input-type=module', '-e', READER, layout.current, stop], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    reader.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the reader is running
    for (let i = 0; i < 300; i++) await switchCurrent(layout, releases[i % 2]!);
    await writeFile(stop, '');
    await new Promise((resolve) => reader.on('close', resolve));
    const [reads, misses] = output.trim().split(' ').map(Number);
    expect(reads).toBeGreaterThan(0);
    expect(misses).toBe(0);
  });

  it('a rollback goes to the newest older release that was published and never rolled back from', async () => {
    const publishDir = path.join(work, 'target');
    const layout = layoutOf(publishDir);
    const [first, second, third, unpublished, live] = [
      await release(publishDir, '20261120-010000-000'),
      await release(publishDir, '20261121-010000-000'),
      await release(publishDir, '20261122-010000-000'),
      await release(publishDir, '20261123-010000-000'),
      await release(publishDir, '20261124-010000-000'),
    ];
    for (const dir of [first!, second!, third!, live!]) await switchCurrent(layout, dir);
    expect(await previousRelease(layout)).toBe(third); // the unpublished one is skipped
    await markRolledBack(third!);
    expect(await previousRelease(layout)).toBe(second);
    expect(unpublished).toBeTruthy();
  });
});
