/**
 * Runs shell commands with the code folder read-only, as a deployment may mount it.
 *
 * - In a private mount namespace, the checkout itself bind-mounted read-only:
 *   `unshare -m` as root, `unshare -r -m` (a user namespace) otherwise. The
 *   kernel refuses every write; nothing outside the namespace sees the mount.
 * - Where namespaces are not allowed: a copy of the checkout (node_modules too),
 *   made read-only with chmod, and a listing of every file (size, mtime) compared
 *   after the run: chmod stops a user who is not root, the listing catches root.
 *
 * OCOP_READ_ONLY_CODE=copy picks the copy even where namespaces work, to try it.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cp, lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ReadOnlyCode {
  /** The code folder the commands run in (the checkout, or its copy). */
  dir: string;
  /** How the folder is kept read-only, for the test's messages. */
  how: string;
  /** Runs `script` with bash in the code folder, with exactly `env` as its environment. */
  run: (script: string, env: Record<string, string>) => Promise<RunResult>;
  /** Files written, changed or removed in the code folder so far (always empty where the kernel enforces it). */
  changes: () => Promise<string[]>;
  dispose: () => Promise<void>;
}

const ENTER = 'cd "$1" && exec bash -c "$2"';
// Refuses to start when the folder can still be written: the test would prove nothing.
const ENTER_READ_ONLY =
  'cd "$1" && if (: > .ocop-write-probe) 2>/dev/null; then rm -f .ocop-write-probe; echo "the code folder $1 is writable" >&2; exit 99; fi && exec bash -c "$2"';
const MOUNT_READ_ONLY = `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && ${ENTER_READ_ONLY}`;

export async function readOnlyCode(checkout: string): Promise<ReadOnlyCode> {
  if (process.env.OCOP_READ_ONLY_CODE !== 'copy') {
    const flags = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
    if (await namespacesWork(flags)) {
      return {
        dir: checkout,
        how: `a read-only bind mount in a private mount namespace (unshare ${flags.join(' ')})`,
        run: (script, env) => runCommand('unshare', [...flags, 'bash', '-c', MOUNT_READ_ONLY, 'read-only-code', checkout, script], env),
        changes: async () => [],
        dispose: async () => {},
      };
    }
  }
  return readOnlyCopy(checkout);
}

async function namespacesWork(flags: string[]): Promise<boolean> {
  const probe = await mkdtemp(path.join(tmpdir(), 'ocop-ro-probe-'));
  try {
    return spawnSync('unshare', [...flags, 'bash', '-c', MOUNT_READ_ONLY, 'probe', probe, 'true'], { stdio: 'ignore' }).status === 0;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

/** What a checkout holds besides the code: generated, cached or published things the copy leaves out. */
const NOT_CODE = new Set(['.git', 'dist', '.cache', '.astro', 'reports', 'publish', 'fixtures-out', 'bench-results', path.join('content', 'registry')]);

async function readOnlyCopy(checkout: string): Promise<ReadOnlyCode> {
  const parent = await mkdtemp(path.join(tmpdir(), 'ocop-ro-code-'));
  const dir = path.join(parent, path.basename(checkout));
  await cp(checkout, dir, { recursive: true, verbatimSymlinks: true, filter: (source) => !NOT_CODE.has(path.relative(checkout, source)) });
  await promisify(execFile)('chmod', ['-R', 'a-w', dir]);
  const before = await listing(dir);
  return {
    dir,
    how: `a copy of the checkout made read-only with chmod${process.getuid?.() === 0 ? ' (root ignores it: the listing is compared)' : ''}`,
    run: (script, env) => runCommand('bash', ['-c', process.getuid?.() === 0 ? ENTER : ENTER_READ_ONLY, 'read-only-code', dir, script], env),
    changes: async () => {
      const after = await listing(dir);
      const names = new Set([...before.keys(), ...after.keys()]);
      return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
    },
    dispose: async () => {
      await promisify(execFile)('chmod', ['-R', 'u+w', parent]);
      await rm(parent, { recursive: true, force: true });
    },
  };
}

async function listing(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const info = await lstat(file);
    files.set(path.relative(dir, file), `${info.size} ${info.mtimeMs}`);
  }
  return files;
}

function runCommand(command: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
