/**
 * Building and indexing a release's site. Each runs in its own Node process with
 * the release's folders in its environment (OCOP_CONTENT_DIR, OCOP_OUT_DIR,
 * OCOP_AS_OF), because Astro reads them when it loads its config: a child
 * process keeps the nightly job's own environment, memory and `dist/` untouched,
 * and a crash in the build is a failed step, not a dead publisher.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./site-build-worker.ts', import.meta.url));
const KEEP_LINES = 60;

export function buildReleaseSite(options: { contentDir: string; outDir: string; asOf: string }): Promise<void> {
  return runWorker('build', { OCOP_CONTENT_DIR: options.contentDir, OCOP_OUT_DIR: options.outDir, OCOP_AS_OF: options.asOf });
}

export function indexReleaseSite(options: { outDir: string }): Promise<void> {
  return runWorker('index', { OCOP_OUT_DIR: options.outDir });
}

function runWorker(task: 'build' | 'index', env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, task], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer): void => {
      tail.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim()));
      tail.splice(0, Math.max(0, tail.length - KEEP_LINES));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      reject(new Error(`${task} ${signal ? `was killed (${signal})` : `exited with code ${code}`}: ${explain(tail)}`));
    });
  });
}

/** The most telling line of a failed build's output: the first error line, else the last line. */
function explain(lines: string[]): string {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes from Astro's log
  const plain = lines.map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim());
  const error = plain.find((line) => /error|invalid|failed|cannot/i.test(line));
  return error ?? plain.at(-1) ?? 'no output';
}
