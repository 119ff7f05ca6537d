import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/registry/import.ts';

const run = promisify(execFile);

async function generate(dir: string, name: string, seed: string): Promise<string> {
  const out = path.join(dir, name);
  await run(process.execPath, ['scripts/generate-fixture.ts', '--products', '600', '--seed', seed, '--out', out]);
  return out;
}

describe('the synthetic national export', () => {
  it('is the same file for the same seed and a different one for another seed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-national-'));
    const a = await readFile(await generate(dir, 'a.csv', '7'));
    const b = await readFile(await generate(dir, 'b.csv', '7'));
    const c = await readFile(await generate(dir, 'c.csv', '8'));
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(false);
  });

  it('imports with every row accounted for and old addresses resolved to current provinces', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-national-'));
    const input = await generate(dir, 'national.csv', '2026');
    const report = await importRegistry({ input, asOf: '2026-11-23', outDir: path.join(dir, 'out'), reportFile: path.join(dir, 'report.json') });
    const c = report.counts;
    expect(c.published + c.expired + c.revoked + c.superseded + c.quarantined).toBe(c.rows);
    expect(c.published / c.rows).toBeGreaterThan(0.7);
    expect(c.quarantined / c.rows).toBeLessThan(0.02);
    const products = JSON.parse(await readFile(path.join(dir, 'out', 'products.json'), 'utf8')) as Array<{
      address: { provinceCode: string; asWritten?: string };
    }>;
    expect(new Set(products.map((p) => p.address.provinceCode)).size).toBeGreaterThan(25);
    expect(products.some((p) => /Huyện|Quận|Thị xã/.test(p.address.asWritten ?? ''))).toBe(true);
  });
});
