/** The Pages workflow's size check refuses a site GitHub Pages would not publish, and passes one it would. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES_MAX_BYTES } from '../../src/publish/pages-limit.ts';

const work = await mkdtemp(path.join(tmpdir(), 'ocop-pages-size-'));
afterAll(() => rm(work, { recursive: true, force: true }));

function check(dir: string) {
  return promisify(execFile)(process.execPath, ['scripts/check-pages-size.ts', dir]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
  );
}

describe('the GitHub Pages size check', () => {
  it('passes a site within 1 GB', async () => {
    const site = path.join(work, 'small');
    await mkdir(path.join(site, 'en'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<!doctype html>');
    await writeFile(path.join(site, 'en', 'index.html'), '<!doctype html>');
    expect(await check(site)).toMatchObject({ code: 0 });
  });

  it('refuses a site over 1 GB and says where to publish it instead', async () => {
    const site = path.join(work, 'national');
    await mkdir(path.join(site, 'photos'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<!doctype html>');
    // Sparse files: their size counts as a host would store them, without writing a gigabyte here.
    for (const name of ['a.webp', 'b.webp']) {
      const file = await open(path.join(site, 'photos', name), 'w');
      await file.truncate(PAGES_MAX_BYTES / 2 + 1);
      await file.close();
    }
    const result = await check(site);
    expect(result.code).toBe(1);
    expect(result.out).toContain('over the 1.00 GB GitHub Pages publishes');
    expect(result.out).toContain('--deploy-target s3://');
  });
});
