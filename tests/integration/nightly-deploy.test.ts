/**
 * The nightly job with a deploy target: after the local switch the live
 * release goes to the bucket; a failed upload says so with its own exit code
 * and leaves the local release live (fake build: the wiring is under test;
 * deploy-s3.test.ts tests the deploy itself).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployLiveRelease } from '../../src/publish/deploy/deploy-live.ts';
import { s3ObjectStore } from '../../src/publish/deploy/object-store.ts';
import { runNightly } from '../../src/publish/run-nightly.ts';
import { EXIT_CODES, StepError } from '../../src/publish/step-error.ts';
import { sampleCopy } from '../support/exports.ts';
import { fakeSteps } from '../support/nightly-fakes.ts';
import { startS3Server, type S3Server } from '../support/s3-server.ts';

const AS_OF = '2026-11-23';
const BUCKET = 'ocop-nightly';
let s3: S3Server;
let work: string;
let sample: string;

beforeAll(async () => {
  s3 = await startS3Server([BUCKET]);
  work = await mkdtemp(path.join(tmpdir(), 'ocop-nightly-deploy-'));
  sample = await sampleCopy(path.join(work, 'sample'));
});
afterAll(async () => {
  await s3?.close();
  await rm(work, { recursive: true, force: true });
});

describe('the nightly job with a deploy target', () => {
  it('uploads the release it has just made live', async () => {
    const publishDir = path.join(work, 'deployed');
    const lines: string[] = [];
    const steps = {
      ...fakeSteps,
      deployLive: (layout: Parameters<typeof deployLiveRelease>[0], target: Parameters<typeof deployLiveRelease>[1]) =>
        deployLiveRelease(layout, target, { store: s3ObjectStore(s3.client, BUCKET) }),
    };
    const result = await runNightly(
      { input: sample, asOf: AS_OF, publishDir, deployTarget: { bucket: BUCKET, prefix: 'site/' }, log: (line) => lines.push(line) },
      steps,
    );
    expect(lines.some((line) => line.startsWith(`deployed ${result.release} to s3://${BUCKET}/site/`))).toBe(true);
    const live = await (await fetch(s3.objectUrl(BUCKET, 'site/_deploy/live.json'))).json();
    expect(live.release).toBe(result.release);
    expect((await fetch(s3.objectUrl(BUCKET, 'site/index.html'))).status).toBe(200);
  });

  it('a failed upload is its own failure: exit code 6, the local release stays live', async () => {
    const publishDir = path.join(work, 'failed');
    const steps = {
      ...fakeSteps,
      deployLive: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:9');
      },
    };
    const failure = await runNightly({ input: sample, asOf: AS_OF, publishDir, deployTarget: { bucket: BUCKET, prefix: 'x/' }, log: () => {} }, steps).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StepError);
    expect((failure as StepError).step).toBe('deploy');
    expect((failure as StepError).exitCode).toBe(EXIT_CODES.deployFailed);
    expect(await readlink(path.join(publishDir, 'current'))).toMatch(/^releases\//);
  });

  it('refuses a deploy target that is not a bucket before importing anything', async () => {
    const run = await promisify(execFile)(process.execPath, [
      'scripts/nightly.ts',
      '--input',
      sample,
      '--publish-dir',
      path.join(work, 'bad'),
      '--deploy-target',
      'ftp://x',
    ]).catch((error: { code: number; stderr: string }) => error);
    expect((run as { code: number }).code).toBe(EXIT_CODES.usage);
    expect((run as { stderr: string }).stderr).toContain('--target must look like s3://bucket');
  });
});
