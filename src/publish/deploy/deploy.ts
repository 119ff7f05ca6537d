/**
 * Deploys one release folder to a bucket: uploads only the files whose bytes
 * changed (by MD5, which S3 reports as the ETag), in the order that keeps every
 * live page whole (plan.ts), with each object's Content-Type and Cache-Control,
 * then records the release and removes what no page needs any more.
 *
 * The bucket keeps, under `<prefix>_deploy/releases/<id>.json`, the hashed
 * names each deployed release used: a file under a hashed name stays while a
 * kept release uses it. Rolling back is deploying the previous release's
 * folder again: only the files that differ are uploaded.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf, UNKNOWN_CONTENT_TYPE } from '../../built-site/content-types.ts';
import { inParallel } from '../../util/in-parallel.ts';
import { KEEP_RELEASES } from '../releases.ts';
import { cacheControlOf, REVALIDATE } from '../security-policy.ts';
import type { ObjectStore } from './object-store.ts';
import { isImmutable, planUpload, removable, type ReleaseFile, type UploadPhase } from './plan.ts';

export interface DeployOptions {
  /** The release's web root, e.g. `DIR/current/site`. */
  siteDir: string;
  store: ObjectStore;
  /** '' or ending in '/'. */
  prefix: string;
  /** The release's id (its folder name), which orders the releases the bucket keeps. */
  releaseId: string;
  /** How many deployed releases keep their hashed files (the publish folder keeps as many). */
  keep?: number;
  concurrency?: number;
  /** Called after each upload, with the object's key. */
  onUploaded?: (key: string, phase: UploadPhase) => void;
}

export interface DeployResult {
  uploaded: Record<UploadPhase, number>;
  unchanged: number;
  deleted: number;
  warnings: string[];
}

const DEPLOY_FOLDER = '_deploy/';
const RECORD_HEADERS = { contentType: 'application/json; charset=utf-8', cacheControl: REVALIDATE };

interface ReleaseRecord {
  release: string;
  deployedAt: string;
  /** The URL paths under hashed names this release uses. */
  immutable: string[];
}

async function releaseFiles(siteDir: string): Promise<(ReleaseFile & { file: string })[]> {
  const files: (ReleaseFile & { file: string })[] = [];
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(siteDir, file).split(path.sep).join('/')}`;
    files.push({
      urlPath,
      file,
      md5: createHash('md5')
        .update(await readFile(file))
        .digest('hex'),
    });
  }
  return files.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

export async function deployRelease(options: DeployOptions): Promise<DeployResult> {
  const { store, prefix, siteDir } = options;
  const keep = options.keep ?? KEEP_RELEASES;
  const concurrency = options.concurrency ?? 8;
  const keyOf = (urlPath: string) => `${prefix}${urlPath.slice(1)}`;
  const recordsPrefix = `${prefix}${DEPLOY_FOLDER}releases/`;

  const files = await releaseFiles(siteDir);
  if (!files.some((file) => file.urlPath === '/index.html')) throw new Error(`${siteDir} has no index.html: it is not a built site`);
  const warnings = [...new Set(files.filter((file) => !contentTypeOf(file.urlPath)).map((file) => path.extname(file.urlPath) || file.urlPath))].map(
    (kind) => `no Content-Type known for ${kind} files: uploaded as ${UNKNOWN_CONTENT_TYPE}`,
  );

  const stored = new Map<string, string | null>();
  for (const object of await store.list(prefix)) {
    const relative = object.key.slice(prefix.length);
    if (!relative.startsWith(DEPLOY_FOLDER)) stored.set(`/${relative}`, object.md5);
  }

  const plan = planUpload(files, stored);
  const localFile = new Map(files.map((file) => [file.urlPath, file.file]));
  const uploaded = { assets: 0, pages: 0, manifests: 0 };
  for (const { phase, files: batch } of plan.phases) {
    // A phase starts only when the one before it is wholly in the bucket.
    await inParallel(batch, concurrency, async ({ urlPath }) => {
      const headers = { contentType: contentTypeOf(urlPath) ?? UNKNOWN_CONTENT_TYPE, cacheControl: cacheControlOf(urlPath) };
      await store.putFile(keyOf(urlPath), localFile.get(urlPath)!, headers);
      uploaded[phase]++;
      options.onUploaded?.(keyOf(urlPath), phase);
    });
  }

  const record: ReleaseRecord = {
    release: options.releaseId,
    deployedAt: new Date().toISOString(),
    immutable: files.filter((file) => isImmutable(file.urlPath)).map((file) => file.urlPath),
  };
  await store.putText(`${recordsPrefix}${options.releaseId}.json`, `${JSON.stringify(record)}\n`, RECORD_HEADERS);
  await store.putText(`${prefix}${DEPLOY_FOLDER}live.json`, `${JSON.stringify({ release: record.release, deployedAt: record.deployedAt })}\n`, RECORD_HEADERS);

  const deleted = await removeUnused(options, files, stored, keep, recordsPrefix);
  return { uploaded, unchanged: plan.unchanged, deleted, warnings };
}

/** Deletes what plan.ts's `removable` allows, and the records of releases no longer kept. */
async function removeUnused(
  options: DeployOptions,
  files: readonly ReleaseFile[],
  stored: ReadonlyMap<string, string | null>,
  keep: number,
  recordsPrefix: string,
): Promise<number> {
  const { store, prefix, releaseId } = options;
  const recordKeys = (await store.list(recordsPrefix)).map((object) => object.key).sort();
  // Release ids sort by time; after a rollback the live release is not the newest, and it is always kept.
  const liveKey = `${recordsPrefix}${releaseId}.json`;
  const keptKeys = new Set([...recordKeys.slice(-keep), liveKey]);
  const kept: Set<string>[] = [];
  for (const key of keptKeys) {
    const text = await store.getText(key);
    if (text) kept.push(new Set((JSON.parse(text) as ReleaseRecord).immutable));
  }
  const doomed = removable(stored.keys(), new Set(files.map((file) => file.urlPath)), kept).map((urlPath) => `${prefix}${urlPath.slice(1)}`);
  const oldRecords = recordKeys.filter((key) => !keptKeys.has(key));
  await store.deleteMany([...doomed, ...oldRecords]);
  return doomed.length;
}
