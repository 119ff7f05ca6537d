/**
 * npm run rollback [-- --publish-dir DIR] [--target s3://bucket/prefix]
 *
 * Switches the live site back to the previous published release, atomically.
 * Run it again to go back further. The release rolled back from stays on disk
 * (until it ages out of the last ten), so nothing is lost, but it is marked and
 * never a rollback target again, even after newer releases. With a target (or
 * OCOP_DEPLOY_TARGET), the bucket follows: the previous release's files that
 * differ from what it serves are uploaded again.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquireLock } from '../src/publish/lock.ts';
import { layoutOf, liveRelease, markRolledBack, previousRelease, switchCurrent, unmarkRolledBack, type PublishLayout } from '../src/publish/releases.ts';
import { EXIT_CODES } from '../src/publish/step-error.ts';
import { deployLiveRelease, describeDeploy } from '../src/publish/deploy/deploy-live.ts';
import { parseBucketTarget, type BucketTarget } from '../src/publish/deploy/target.ts';

async function main(): Promise<number> {
  let publishDir: string;
  let target: BucketTarget | undefined;
  try {
    const { values } = parseArgs({ options: { 'publish-dir': { type: 'string' }, target: { type: 'string' } } });
    publishDir = values['publish-dir'] ?? process.env.OCOP_PUBLISH_DIR ?? 'publish';
    const targetText = values.target ?? process.env.OCOP_DEPLOY_TARGET;
    target = targetText ? parseBucketTarget(targetText) : undefined;
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run rollback [-- --publish-dir DIR] [--target s3://bucket/prefix]`);
    return EXIT_CODES.usage;
  }
  try {
    return await rollBack(layoutOf(publishDir), publishDir, target);
  } catch (error) {
    console.error(`step rollback failed: ${(error as Error).message}`);
    return EXIT_CODES.unexpected;
  }
}

async function rollBack(layout: PublishLayout, publishDir: string, target: BucketTarget | undefined): Promise<number> {
  const unlock = await acquireLock(layout.root);
  try {
    const live = await liveRelease(layout);
    if (!live) {
      console.error(`step rollback failed: nothing is published in ${publishDir}`);
      return EXIT_CODES.unexpected;
    }
    const previous = await previousRelease(layout);
    if (!previous) {
      console.error(`step rollback failed: ${path.basename(live)} is the oldest published release kept (releases rolled back from do not count)`);
      return EXIT_CODES.unexpected;
    }
    await markRolledBack(live);
    try {
      await switchCurrent(layout, previous);
    } catch (error) {
      await unmarkRolledBack(live);
      console.error(`step rollback failed: cannot switch current: ${(error as Error).message}`);
      return EXIT_CODES.publishFailed;
    }
    console.log(`Rolled back: current is now ${path.basename(previous)} (was ${path.basename(live)}).`);
    if (!target) return EXIT_CODES.ok;
    try {
      console.log(describeDeploy(await deployLiveRelease(layout, target)));
    } catch (error) {
      console.error(`step deploy failed: ${(error as Error).message}\nThe local site is rolled back; run npm run deploy again for the bucket.`);
      return EXIT_CODES.deployFailed;
    }
    return EXIT_CODES.ok;
  } finally {
    await unlock();
  }
}

process.exitCode = await main();
