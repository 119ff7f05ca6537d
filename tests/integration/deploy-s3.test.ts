/**
 * Deploying releases to S3-compatible object storage, against a real S3 API on
 * loopback (s3rver): only changed files go up, each object has its headers, a
 * deploy killed midway leaves every live page whole, and a rollback puts the
 * previous release back.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployLiveRelease } from '../../src/publish/deploy/deploy-live.ts';
import { s3ObjectStore } from '../../src/publish/deploy/object-store.ts';
import { layoutOf, releasePaths, switchCurrent } from '../../src/publish/releases.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/publish/security-policy.ts';
import { startS3Server, type S3Server } from '../support/s3-server.ts';

const BUCKET = 'ocop-site';
const PAGES = 300;
let s3: S3Server;
let work: string;

beforeAll(async () => {
  s3 = await startS3Server([BUCKET]);
  work = await mkdtemp(path.join(tmpdir(), 'ocop-deploy-'));
});
afterAll(async () => {
  await s3?.close();
  await rm(work, { recursive: true, force: true });
});

/**
 * A release shaped like the built site: pages that load hashed scripts, styles
 * and photos, a search manifest naming its shard, a sitemap. `version` changes
 * the code's hashes (every page and asset changes); `photoVersion` the photos'.
 */
async function writeRelease(publishDir: string, id: string, version: string, options: { pages?: number; photoVersion?: string } = {}): Promise<void> {
  const pages = options.pages ?? PAGES;
  const photoVersion = options.photoVersion ?? 'p1';
  const site = releasePaths(path.join(layoutOf(publishDir).releases, id)).site;
  const put = async (urlPath: string, text: string) => {
    const file = path.join(site, urlPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  const page = (title: string, photo: string) =>
    `<!doctype html><html lang="vi"><head><title>${title}</title><link rel="stylesheet" href="/_astro/site.${version}.css"></head>` +
    `<body><img src="${photo}" alt=""><a href="/">home</a><script type="module" src="/_astro/app.${version}.js"></script></body></html>`;
  await put(`/_astro/site.${version}.css`, `body{--v:"${version}"}`);
  await put(`/_astro/app.${version}.js`, `console.log("${version}")`);
  await put('/index.html', page(`home ${version}`, `/photos/home.${photoVersion}.webp`));
  await put(`/photos/home.${photoVersion}.webp`, `photo home ${photoVersion}`);
  for (let i = 0; i < pages; i++) {
    await put(`/san-pham/p-${i}/index.html`, page(`product ${i} ${version}`, `/photos/p-${i}.${photoVersion}.webp`));
    await put(`/photos/p-${i}.${photoVersion}.webp`, `photo ${i} ${photoVersion}`);
  }
  await put('/search-index/vi.json', JSON.stringify({ version, shards: [`/search-index/vi/${version}/0.json`] }));
  await put(`/search-index/vi/${version}/0.json`, `[${version}]`);
  await put('/sitemap-index.xml', `<sitemapindex><!-- ${version} --></sitemapindex>`);
  await mkdir(path.join(site, '..'), { recursive: true });
}

async function publish(publishDir: string, id: string): Promise<void> {
  const layout = layoutOf(publishDir);
  await switchCurrent(layout, path.join(layout.releases, id));
}

async function keysOf(prefix: string): Promise<Map<string, string | null>> {
  const objects = await s3ObjectStore(s3.client, BUCKET).list(prefix);
  return new Map(objects.map((object) => [object.key, object.md5]));
}

/** Every page in the bucket, with each file it loads that the bucket lacks. */
async function pagesMissingFiles(prefix: string): Promise<string[]> {
  const keys = await keysOf(prefix);
  const problems: string[] = [];
  for (const key of keys.keys()) {
    if (!key.endsWith('.html')) continue;
    const html = await (await fetch(s3.objectUrl(BUCKET, key))).text();
    for (const [, url] of html.matchAll(/(?:src|href)="(\/[^"]*)"/g)) {
      const wanted = `${prefix}${url!.slice(1)}${url!.endsWith('/') ? 'index.html' : ''}`;
      if (!keys.has(wanted)) problems.push(`${key} loads ${url}, which the bucket lacks`);
    }
  }
  const manifest = keys.has(`${prefix}search-index/vi.json`) ? await (await fetch(s3.objectUrl(BUCKET, `${prefix}search-index/vi.json`))).json() : null;
  for (const shard of (manifest?.shards as string[] | undefined) ?? []) {
    if (!keys.has(`${prefix}${shard.slice(1)}`)) problems.push(`the search manifest names ${shard}, which the bucket lacks`);
  }
  return problems;
}

function runScript(
  script: string,
  args: string[],
  onLine?: (line: string, kill: () => void) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...s3.env } });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) onLine?.(line, () => child.kill('SIGKILL'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('deploying to object storage', () => {
  it('uploads everything once, then only what changed, with the right headers', async () => {
    const publishDir = path.join(work, 'twice');
    const target = { bucket: BUCKET, prefix: 'twice/' };
    const store = s3ObjectStore(s3.client, BUCKET);
    await writeRelease(publishDir, '20261201-010000-000', 'a1', { pages: 20 });
    await publish(publishDir, '20261201-010000-000');

    const first = await deployLiveRelease(layoutOf(publishDir), target, { store });
    // Assets: 20 photos, the home page's photo, style, script and search shard; pages: 20 and home; manifests: search and sitemap.
    const files = 24 + 21 + 2;
    expect(first.result.uploaded).toEqual({ assets: 24, pages: 21, manifests: 2 });
    expect(first.result.unchanged).toBe(0);

    const again = await deployLiveRelease(layoutOf(publishDir), target, { store });
    expect(again.result.uploaded).toEqual({ assets: 0, pages: 0, manifests: 0 });
    expect(again.result.unchanged).toBe(files);

    // Tomorrow: one product's photo changes, so its page and photo do.
    await writeRelease(publishDir, '20261202-010000-000', 'a1', { pages: 20 });
    const tomorrow = releasePaths(path.join(layoutOf(publishDir).releases, '20261202-010000-000')).site;
    await writeFile(path.join(tomorrow, 'photos/p-3.p2.webp'), 'a new photo');
    await rm(path.join(tomorrow, 'photos/p-3.p1.webp'));
    await writeFile(path.join(tomorrow, 'san-pham/p-3/index.html'), '<!doctype html><title>p-3</title><img src="/photos/p-3.p2.webp" alt="">');
    await publish(publishDir, '20261202-010000-000');
    const changed = await deployLiveRelease(layoutOf(publishDir), target, { store });
    expect(changed.result.uploaded).toEqual({ assets: 1, pages: 1, manifests: 0 });
    // The old photo's name is hashed and the kept releases used it: it stays for pages saved yesterday.
    expect((await keysOf('twice/')).has('twice/photos/p-3.p1.webp')).toBe(true);

    expect(await s3.head(BUCKET, 'twice/index.html')).toEqual({ contentType: 'text/html; charset=utf-8', cacheControl: REVALIDATE });
    expect(await s3.head(BUCKET, 'twice/_astro/app.a1.js')).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: IMMUTABLE });
    expect(await s3.head(BUCKET, 'twice/photos/p-3.p2.webp')).toEqual({ contentType: 'image/webp', cacheControl: IMMUTABLE });
    expect(await s3.head(BUCKET, 'twice/search-index/vi.json')).toEqual({ contentType: 'application/json; charset=utf-8', cacheControl: REVALIDATE });
    expect(await pagesMissingFiles('twice/')).toEqual([]);
  });

  it('removes a page the live release dropped at once, and a hashed file only when no kept release uses it', async () => {
    const publishDir = path.join(work, 'prune');
    const target = { bucket: BUCKET, prefix: 'prune/' };
    const store = s3ObjectStore(s3.client, BUCKET);
    await writeRelease(publishDir, '20261201-010000-000', 'b1', { pages: 5 });
    await publish(publishDir, '20261201-010000-000');
    await deployLiveRelease(layoutOf(publishDir), target, { store, keep: 2 });

    await writeRelease(publishDir, '20261202-010000-000', 'b2', { pages: 4 });
    await publish(publishDir, '20261202-010000-000');
    await deployLiveRelease(layoutOf(publishDir), target, { store, keep: 2 });
    let keys = await keysOf('prune/');
    expect(keys.has('prune/san-pham/p-4/index.html')).toBe(false); // yesterday's page must not keep its stars
    expect(keys.has('prune/_astro/app.b1.js')).toBe(true); // release 1 is still kept
    expect(keys.has('prune/photos/p-4.p1.webp')).toBe(true);

    await writeRelease(publishDir, '20261203-010000-000', 'b3', { pages: 4 });
    await publish(publishDir, '20261203-010000-000');
    await deployLiveRelease(layoutOf(publishDir), target, { store, keep: 2 });
    keys = await keysOf('prune/');
    expect(keys.has('prune/_astro/app.b1.js')).toBe(false); // release 1 aged out
    expect(keys.has('prune/photos/p-4.p1.webp')).toBe(false);
    expect(keys.has('prune/_astro/app.b2.js')).toBe(true);
    expect([...keys.keys()].filter((key) => key.startsWith('prune/_deploy/releases/'))).toEqual([
      'prune/_deploy/releases/20261202-010000-000.json',
      'prune/_deploy/releases/20261203-010000-000.json',
    ]);
  });

  for (const killIn of ['assets', 'pages'] as const) {
    it(`a deploy killed while uploading ${killIn} leaves every live page whole, and the next run finishes it`, async () => {
      const publishDir = path.join(work, `kill-${killIn}`);
      const prefix = `kill-${killIn}/`;
      const targetArgs = ['--target', `s3://${BUCKET}/${prefix}`, '--publish-dir', publishDir];
      await writeRelease(publishDir, '20261201-010000-000', 'c1');
      await publish(publishDir, '20261201-010000-000');
      expect((await runScript('scripts/deploy.ts', targetArgs)).code).toBe(0);

      // Tonight's release changes the code and every photo: every file is new.
      await writeRelease(publishDir, '20261202-010000-000', 'c2', { photoVersion: 'p2' });
      await publish(publishDir, '20261202-010000-000');
      let seen = 0;
      const killed = await runScript('scripts/deploy.ts', [...targetArgs, '--verbose'], (line, kill) => {
        if (line.startsWith(`uploaded ${killIn}:`) && ++seen === 20) kill();
      });
      expect(killed.code).toBeNull(); // killed, not finished
      const keys = await keysOf(prefix);
      const tonightsPages = [...keys.keys()].filter((key) => key.endsWith('.html'));
      expect(tonightsPages.length).toBe(PAGES + 1);
      // The kill came midway: part of tonight's files are up, not all.
      const tonightsAssets = [...keys.keys()].filter((key) => /\.(c2|p2)\.|\/c2\//.test(key)).length;
      const pagesOfTonight = (await Promise.all(tonightsPages.map(async (key) => (await fetch(s3.objectUrl(BUCKET, key))).text()))).filter((html) =>
        html.includes('c2'),
      ).length;
      const allAssets = PAGES + 4; // photos, the home page's photo, style, script, search shard
      if (killIn === 'assets') {
        expect(tonightsAssets).toBeGreaterThan(0);
        expect(tonightsAssets).toBeLessThan(allAssets);
        expect(pagesOfTonight).toBe(0);
      } else {
        expect(tonightsAssets).toBe(allAssets);
        expect(pagesOfTonight).toBeGreaterThan(0);
        expect(pagesOfTonight).toBeLessThan(PAGES + 1);
      }
      expect(await pagesMissingFiles(prefix)).toEqual([]);

      const finished = await runScript('scripts/deploy.ts', targetArgs);
      expect(finished.code, finished.stderr).toBe(0);
      const uploaded = Number(/: (\d+) uploaded/.exec(finished.stdout)?.[1]);
      expect(uploaded).toBeGreaterThan(0);
      expect(uploaded).toBeLessThan(2 * PAGES + 8); // what the killed run had uploaded is not sent again
      expect(await pagesMissingFiles(prefix)).toEqual([]);
      const home = await (await fetch(s3.objectUrl(BUCKET, `${prefix}index.html`))).text();
      expect(home).toContain('home c2');
    });
  }

  it('a rollback re-uploads the previous release’s changed files', async () => {
    const publishDir = path.join(work, 'rollback');
    const prefix = 'rollback/';
    const targetArgs = ['--target', `s3://${BUCKET}/${prefix}`, '--publish-dir', publishDir];
    await writeRelease(publishDir, '20261201-010000-000', 'd1', { pages: 10 });
    await publish(publishDir, '20261201-010000-000');
    expect((await runScript('scripts/deploy.ts', targetArgs)).code).toBe(0);
    const yesterday = await keysOf(prefix);

    await writeRelease(publishDir, '20261202-010000-000', 'd2', { pages: 10 });
    await publish(publishDir, '20261202-010000-000');
    expect((await runScript('scripts/deploy.ts', targetArgs)).code).toBe(0);

    const rolledBack = await runScript('scripts/rollback.ts', targetArgs);
    expect(rolledBack.code, rolledBack.stderr).toBe(0);
    expect(rolledBack.stdout).toContain('current is now 20261201-010000-000');
    // Yesterday's hashed files were kept, so only its 11 pages, the search manifest and the sitemap go up again.
    expect(rolledBack.stdout).toMatch(/13 uploaded \(0 assets, 11 pages, 2 manifests\)/);
    const now = await keysOf(prefix);
    for (const [key, md5] of yesterday) if (!key.includes('_deploy/')) expect(now.get(key), key).toBe(md5);
    expect(await pagesMissingFiles(prefix)).toEqual([]);
    expect(await (await fetch(s3.objectUrl(BUCKET, `${prefix}index.html`))).text()).toContain('home d1');
  });

  it('refuses a target that is not a bucket, before touching anything', async () => {
    const result = await runScript('scripts/deploy.ts', ['--target', 'https://example.org/site', '--publish-dir', path.join(work, 'none')]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--target must look like s3://bucket');
  });
});
