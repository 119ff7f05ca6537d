/**
 * Times the registry import at national scale:
 *
 *   node scripts/bench-import.ts [--products 20000] [--runs 3] [--shape plain|annex|both]
 *
 * Generates the synthetic export once per shape (scripts/generate-fixture.ts,
 * fixed seed): `plain`, one row per product under a header on row 1, and `annex`,
 * the same rows as decision annexes come (title lines, a heading per province,
 * one-column addresses, combined decision cells, sector-only categories). Each
 * run imports in a fresh Node process, so it pays start-up and module loading
 * like `npm run import` does. Prints wall time and peak RSS and writes them to
 * bench-results/import.json. Targets: under 10 s, under 1 GiB, for each shape.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';

const run = promisify(execFile);
const SELF = new URL(import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'boolean', default: false },
    input: { type: 'string' },
    out: { type: 'string' },
    shape: { type: 'string', default: 'both' },
  },
});

if (values.child) {
  // Inside the measured process: import, then report own timing and peak memory.
  const started = performance.now();
  const { importRegistry } = await import('../src/registry/import.ts');
  const report = await importRegistry({
    input: values.input!,
    asOf: '2026-11-23',
    outDir: path.join(values.out!, 'registry'),
    reportFile: path.join(values.out!, 'report.json'),
  });
  const importMs = performance.now() - started;
  const usage = process.resourceUsage();
  // CPU time does not grow when other jobs share the machine; wall time does.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  console.log(JSON.stringify({ importMs, cpuMs, maxRssBytes: usage.maxRSS * 1024, counts: report.counts }));
} else {
  const products = Number(values.products);
  const shapes = values.shape === 'both' ? ['plain', 'annex'] : [values.shape!];
  const results = [];
  for (const shape of shapes) results.push(await measure(products, shape));
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/import.json', `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  process.exitCode = results.every((r) => r.medianWallMs < 10_000 && r.maxPeakRssMiB < 1024) ? 0 : 1;
}

async function measure(products: number, shape: string) {
  const fixture = path.resolve(`fixtures-out/national-registry-${products}${shape === 'plain' ? '' : `-${shape}`}.csv`);
  if (!existsSync(fixture)) await run(process.execPath, ['scripts/generate-fixture.ts', '--products', String(products), '--shape', shape, '--out', fixture]);

  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const out = await mkdtemp(path.join(os.tmpdir(), 'ocop-bench-'));
    const started = performance.now();
    const { stdout } = await run(process.execPath, [SELF, '--child', '--input', fixture, '--out', out], { maxBuffer: 1 << 24 });
    const wallMs = performance.now() - started;
    const child = JSON.parse(stdout.trim().split('\n').pop()!) as { importMs: number; cpuMs: number; maxRssBytes: number; counts: Record<string, number> };
    runs.push({
      wallMs: Math.round(wallMs),
      importMs: Math.round(child.importMs),
      cpuMs: Math.round(child.cpuMs),
      peakRssMiB: Math.round(child.maxRssBytes / 1048576),
      rows: child.counts.rows,
      loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
    });
    await rm(out, { recursive: true, force: true });
    console.log(
      `${shape} run ${i + 1}: ${(wallMs / 1000).toFixed(2)} s wall (import ${(child.importMs / 1000).toFixed(2)} s, CPU ${(child.cpuMs / 1000).toFixed(2)} s, load ${os.loadavg()[0]!.toFixed(1)}), peak RSS ${Math.round(child.maxRssBytes / 1048576)} MiB, ${child.counts.rows} rows`,
    );
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const result = {
    benchmark: 'import',
    shape,
    products,
    rows: runs[0]?.rows,
    medianWallMs: median(runs.map((r) => r.wallMs)),
    medianCpuMs: median(runs.map((r) => r.cpuMs)),
    maxPeakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    runs,
    node: process.version,
    cpus: os.cpus().length,
    targets: { wallMs: 10_000, peakRssMiB: 1024 },
  };
  const ok = result.medianWallMs < 10_000 && result.maxPeakRssMiB < 1024;
  console.log(
    `${shape}: median ${(result.medianWallMs / 1000).toFixed(2)} s, peak RSS ${result.maxPeakRssMiB} MiB for ${products} products (${result.rows} rows): ${ok ? 'within' : 'OVER'} the 10 s / 1 GiB target`,
  );
  return result;
}
