/**
 * Building and indexing a release's site. Each runs in its own Node process with
 * the release's folders in its environment (OCOP_CONTENT_DIR, OCOP_OUT_DIR,
 * OCOP_AS_OF), because Astro reads them when it loads its config: a child
 * process keeps the nightly job's own environment, memory and `dist/` untouched,
 * and a crash in the build is a failed step, not a dead publisher.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutColourCodes } from '../util/terminal-text.ts';

const WORKER = fileURLToPath(new URL('./site-build-worker.ts', import.meta.url));
const KEEP_LINES = 60;

export interface ReleaseBuildOptions {
  contentDir: string;
  outDir: string;
  asOf: string;
  /**
   * Astro's cache (processed images, content store, the share images' fonts). The
   * nightly job keeps its own beside the releases, so it survives between nights and
   * is never shared with a developer's build running at the same time; OCOP_CACHE_DIR,
   * when set, puts it elsewhere (the systemd unit: /var/cache/ocop/).
   */
  cacheDir?: string | undefined;
}

export function buildReleaseSite(options: ReleaseBuildOptions): Promise<void> {
  const cacheDir = process.env.OCOP_CACHE_DIR || options.cacheDir;
  return runWorker('build', {
    OCOP_CONTENT_DIR: path.resolve(options.contentDir),
    OCOP_OUT_DIR: path.resolve(options.outDir),
    OCOP_AS_OF: options.asOf,
    ...(cacheDir ? { OCOP_CACHE_DIR: path.resolve(cacheDir) } : {}),
  });
}

export function indexReleaseSite(options: { outDir: string }): Promise<void> {
  return runWorker('index', { OCOP_OUT_DIR: options.outDir });
}

function runWorker(task: 'build' | 'index', env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, task], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer): void => {
      tail.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line.trim()),
      );
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

/**
 * What went wrong, from a failed build's output: the first error line, the detail
 * lines under it (which field, what was expected) and the file it names.
 */
function explain(lines: string[]): string {
  const plain = lines.map((line) => withoutColourCodes(line).trim());
  const at = plain.findIndex((line) => /error|invalid|failed|cannot/i.test(line));
  if (at === -1) return plain.at(-1) ?? 'no output';
  const detail: string[] = [];
  for (const line of plain.slice(at + 1, at + 4)) {
    if (/^(Hint|Error reference|Stack trace|at )/.test(line)) break;
    detail.push(line);
  }
  const location = plain.indexOf('Location:');
  const where = location === -1 ? [] : [`in ${plain[location + 1]}`];
  return [plain[at], ...detail, ...where].join(' ').replace(/\*\*/g, '');
}
