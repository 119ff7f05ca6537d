/**
 * Static checks: the layering (`npm run lint:deps`), then `astro check`
 * (templates and TypeScript) and `tsc`. Astro syncs the content collections
 * before checking, so the sample registry is imported first into a folder of
 * its own; a fresh checkout needs nothing else.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { importRegistry } from '../src/registry/import.ts';

// Which folder may import which (.dependency-cruiser.mjs): a few seconds, so first.
const layering = spawnSync(process.execPath, ['scripts/check-dependencies.ts'], { stdio: 'inherit' });
if (layering.status !== 0) process.exit(layering.status ?? 1);

const contentDir = path.resolve('.cache/check/registry');
await importRegistry({
  input: 'content/sources/sample-registry.csv',
  asOf: '2026-11-23', // any date: only the shape of the content matters here
  outDir: contentDir,
  reportFile: path.join(contentDir, '..', 'import-report.json'),
});

const env = { ...process.env, OCOP_CONTENT_DIR: contentDir };
for (const [command, ...args] of [
  ['astro', 'check', '--minimumSeverity', 'warning'],
  ['tsc', '--noEmit'],
] as const) {
  const run = spawnSync(path.join('node_modules', '.bin', command), args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
