/**
 * Deploys a publish folder's live release to a bucket: what `npm run deploy`,
 * the nightly job (after its local switch) and a rollback run.
 */
import path from 'node:path';
import { liveRelease, releasePaths, type PublishLayout } from '../releases.ts';
import { deployRelease, type DeployOptions, type DeployResult } from './deploy.ts';
import { s3ClientFrom, s3ObjectStore, type ObjectStore } from './object-store.ts';
import { describeTarget, type BucketTarget } from './target.ts';

export interface LiveDeploy {
  release: string;
  target: string;
  result: DeployResult;
}

export async function deployLiveRelease(
  layout: PublishLayout,
  target: BucketTarget,
  options: Pick<DeployOptions, 'concurrency' | 'keep' | 'onUploaded'> & { store?: ObjectStore } = {},
): Promise<LiveDeploy> {
  const live = await liveRelease(layout);
  if (!live) throw new Error(`nothing is published in ${layout.root}: run the nightly job first`);
  const store = options.store ?? s3ObjectStore(s3ClientFrom(), target.bucket);
  const release = path.basename(live);
  const result = await deployRelease({ ...options, store, prefix: target.prefix, siteDir: releasePaths(live).site, releaseId: release });
  return { release, target: describeTarget(target), result };
}

export function describeDeploy({ release, target, result }: LiveDeploy): string {
  const { assets, pages, manifests } = result.uploaded;
  const total = assets + pages + manifests;
  return `deployed ${release} to ${target}: ${total} uploaded (${assets} assets, ${pages} pages, ${manifests} manifests), ${result.unchanged} unchanged, ${result.deleted} deleted`;
}
