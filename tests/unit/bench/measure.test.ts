import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureStep } from '../../../scripts/bench/measure.ts';

describe('measuring a pipeline step', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-bench-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // A child that holds ~200 MiB, burns CPU, and announces a second phase half-way.
  const child = `
    const block = Buffer.alloc(200 * 1024 * 1024, 1);
    const spin = (ms) => { const end = Date.now() + ms; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1); return x; };
    spin(700);
    console.log('now generating static routes');
    console.log('12 photos, 30 files encoded');
    spin(700);
    console.log(block[7]);
  `;

  it('reports wall time, CPU time of the child and its peak memory, split into phases at marker lines', async () => {
    const logFile = path.join(dir, 'step.log');
    const result = await measureStep({
      name: 'busy',
      command: process.execPath,
      args: ['-e', child],
      logFile,
      firstPhase: 'warm-up',
      phases: [{ name: 'page generation', startsAt: /generating static routes/ }],
      counters: { markers: /generating/, encoded: /(\d+) files encoded/ },
    });
    expect(result.wallSeconds).toBeGreaterThanOrEqual(1.3);
    expect(result.cpuSeconds).toBeGreaterThan(0.5);
    expect(result.cpuSeconds).toBeLessThan(result.wallSeconds * 2 + 0.5);
    expect(result.peakRssMiB).toBeGreaterThan(150);
    expect(result.phases.map((phase) => phase.name)).toEqual(['warm-up', 'page generation']);
    expect(result.phases[0]!.wallSeconds).toBeGreaterThan(0.5);
    expect(result.phases[1]!.wallSeconds).toBeGreaterThan(0.5);
    expect(result.counts.markers).toBe(1);
    expect(result.counts.encoded).toBe(30);
    expect(await readFile(logFile, 'utf8')).toContain('now generating static routes');
  });

  it('fails with the log file named when the step exits with an error', async () => {
    await expect(
      measureStep({ name: 'broken', command: process.execPath, args: ['-e', 'process.exit(3)'], logFile: path.join(dir, 'broken.log') }),
    ).rejects.toThrow(/broken failed \(exit 3\)/);
  });
});
