/**
 * The nightly job laid out as deploy/systemd/ocop-nightly.service runs it: the code
 * folder read-only, the releases in a folder beside it whose name starts with the
 * code folder's (`/opt/ocop-catalogue` and `/opt/ocop-catalogue-releases`: the
 * layout that once put Astro's bundle in the release, where its imports found no
 * `node_modules`), the caches in a tree of their own, the unit's command and a
 * bare environment. A developer's build from the same checkout runs at the same
 * time, with its own folders outside the code folder. The real import, build,
 * index and checks; about a minute.
 */
import { existsSync } from 'node:fs';
import { access, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnlyCode, type ReadOnlyCode, type RunResult } from '../support/read-only-code.ts';

const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const AS_OF = '2026-11-23';
const SITE_URL = 'https://ocop-deployed.example.vn';
let code: ReadOnlyCode;
let publishDir: string;
let caches: string;
let otherBuild: string;

beforeAll(async () => {
  code = await readOnlyCode(CHECKOUT);
  publishDir = await mkdtemp(`${code.dir}-releases-`);
  caches = await mkdtemp(path.join(tmpdir(), 'ocop-deployed-caches-'));
  otherBuild = await mkdtemp(path.join(tmpdir(), 'ocop-deployed-build-'));
});

afterAll(async () => {
  for (const dir of [publishDir, caches, otherBuild]) if (dir) await rm(dir, { recursive: true, force: true });
  await code?.dispose();
});

/**
 * The service as deploy/systemd/ocop-nightly.service declares it: its Environment=
 * lines and its ExecStart command, with the unit's folders replaced by this test's
 * (the code folder, the releases, the caches) and the export by the bundled sample.
 */
async function theUnit(): Promise<{ env: Record<string, string>; command: string; readWritePaths: string[] }> {
  const unit = await readFile(path.join(CHECKOUT, 'deploy', 'systemd', 'ocop-nightly.service'), 'utf8');
  const here = (text: string) =>
    text
      .replaceAll('/srv/ocop/inbox/registry-export.xlsx', 'content/sources/sample-registry.csv')
      .replaceAll('/opt/ocop-catalogue', code.dir)
      .replaceAll('/var/cache/ocop', caches)
      .replaceAll('/srv/ocop', publishDir)
      .replaceAll('https://ocop.example.vn', SITE_URL);
  const lines = unit.split('\n').map((line) => line.trim());
  const env: Record<string, string> = {};
  for (const line of lines.filter((l) => l.startsWith('Environment='))) {
    for (const assignment of line.slice('Environment='.length).split(/\s+/)) {
      const [name, ...value] = assignment.split('=');
      env[name!] = here(value.join('='));
    }
  }
  const exec = lines.find((line) => line.startsWith('ExecStart='))!;
  const command = /^ExecStart=\/bin\/bash -c '(.*)'$/.exec(exec)?.[1];
  if (!command) throw new Error(`unexpected ExecStart in the unit: ${exec}`);
  const readWritePaths = lines.filter((l) => l.startsWith('ReadWritePaths=')).flatMap((l) => l.slice('ReadWritePaths='.length).split(/\s+/));
  // A HOME, as systemd gives User=; the Node this test runs on, as if the system had it.
  const env0 = { PATH: `${path.dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, HOME: path.join(caches, 'home'), LANG: 'C.UTF-8' };
  // A fixed build date, so the release is the same every day the test runs.
  return { env: { ...env0, ...env }, command: `${here(command)} --as-of ${AS_OF}`, readWritePaths };
}

function explain(name: string, result: RunResult): string {
  return `${name} exited ${result.code} with the code folder kept read-only by ${code.how}:\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-1500)}`;
}

describe('the deployed layout', () => {
  it('publishes a complete release from a read-only code folder into a folder named like it, while a second build from the same checkout runs', async () => {
    const unit = await theUnit();
    expect(
      unit.readWritePaths.filter((dir) => dir.replace(/^-/, '').startsWith('/opt/ocop-catalogue')),
      'the unit lets the job write in the code folder',
    ).toEqual([]);
    expect(unit.command).toContain(`--publish-dir ${publishDir}`);
    const nightly = code.run(unit.command, unit.env);
    const build = code.run('source scripts/use-node.sh && exec node scripts/build.ts', {
      ...unit.env,
      OCOP_AS_OF: AS_OF,
      OCOP_CONTENT_DIR: path.join(otherBuild, 'registry'),
      OCOP_OUT_DIR: path.join(otherBuild, 'dist'),
      OCOP_CACHE_DIR: path.join(otherBuild, 'cache'),
      OCOP_IMPORT_REPORT: path.join(otherBuild, 'import-report.json'),
    });
    const [published, built] = await Promise.all([nightly, build]);

    expect(published.code, explain('the nightly run', published)).toBe(0);
    expect(built.code, explain('the second build', built)).toBe(0);
    expect(published.stdout).toMatch(/^Published release \d{8}-\d{6}-\d{3}: sample-registry\.csv \(\d+ rows\), data as of 2026-11-23/m);
    for (const file of ['index.html', 'en/index.html', 'search-index/vi.json', 'search-index/en.json']) {
      await expect(access(path.join(publishDir, 'current', 'site', file)), `current/site/${file}`).resolves.toBeUndefined();
      await expect(access(path.join(otherBuild, 'dist', file)), `the second build's ${file}`).resolves.toBeUndefined();
    }
    expect(await readFile(path.join(publishDir, 'current', 'site', 'index.html'), 'utf8')).toContain(`${SITE_URL}/`);
    // Astro's work folders are gone, from the release and beside the second build's output.
    const release = await readlink(path.join(publishDir, 'current'));
    expect((await readdir(path.join(publishDir, release))).filter((name) => name.includes('-build-'))).toEqual([]);
    expect((await readdir(otherBuild)).filter((name) => name.includes('-build-'))).toEqual([]);
    if (code.dir === CHECKOUT && existsSync(path.join(CHECKOUT, '.git'))) {
      const provenance = JSON.parse(await readFile(path.join(publishDir, 'current', 'provenance.json'), 'utf8'));
      expect(provenance.code.commit, 'git names the commit of a code folder it may not write').toMatch(/^[0-9a-f]{40}$/);
    }
    expect(await code.changes(), 'files written in the code folder').toEqual([]);
    // Two whole builds at once: about 2 minutes on an idle 2-core machine, over 3 when it is shared.
  }, 420_000);
});
