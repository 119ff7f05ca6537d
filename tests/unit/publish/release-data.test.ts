import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readReleaseData } from '../../../src/publish/release-data.ts';
import { releasePaths } from '../../../src/publish/releases.ts';

const META = {
  asOf: '2026-11-23',
  source: { file: 'sample-registry.csv', sha256: 'a'.repeat(64), bytes: 87403, rows: 3 },
  exportDate: null,
  counts: { rows: 3, published: 2, pending: 0, expired: 1, revoked: 0, superseded: 0, quarantined: 0, skipped: 1, warnings: 0, products: 3, producers: 2 },
};

let release: ReturnType<typeof releasePaths>;

async function writeRelease(meta: unknown): Promise<void> {
  await mkdir(release.data, { recursive: true });
  await writeFile(path.join(release.data, 'products.json'), '[]');
  await writeFile(path.join(release.data, 'producers.json'), '[]');
  await writeFile(path.join(release.data, 'meta.json'), JSON.stringify(meta));
  await writeFile(release.report, '{}');
}

beforeEach(async () => {
  release = releasePaths(path.join(await mkdtemp(path.join(tmpdir(), 'ocop-release-data-')), 'release'));
});

describe("a release's registry data", () => {
  it('reads meta.json as the importer wrote it', async () => {
    await writeRelease(META);
    expect((await readReleaseData(release.dir)).meta).toEqual(META);
  });

  it('refuses a meta.json that is not the schema, naming the field', async () => {
    await writeRelease({ ...META, asOf: '23/11/2026', counts: { ...META.counts, published: undefined } });
    const error = await readReleaseData(release.dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('"asOf"');
    expect((error as Error).message).toContain('"published"');
  });
});
