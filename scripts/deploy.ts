/**
 * npm run deploy -- --target s3://bucket/prefix [--publish-dir DIR] [--keep N] [--verbose]
 *
 * Uploads the live release of a publish folder to S3-compatible object storage:
 * only the files that changed, assets before pages before manifests, each with
 * its Content-Type and Cache-Control; then removes what no kept release needs.
 * The bucket's endpoint, region and credentials come from the environment
 * (docs/operations.md, "Object storage and a CDN"). Safe to run again after a
 * failure or a kill: it uploads what is still missing.
 */
import { parseArgs } from 'node:util';
import { acquireLock } from '../src/publish/lock.ts';
import { layoutOf } from '../src/publish/releases.ts';
import { deployLiveRelease, describeDeploy } from '../src/publish/deploy/deploy-live.ts';
import { parseBucketTarget } from '../src/publish/deploy/target.ts';
import { EXIT_CODES } from '../src/publish/step-error.ts';

const usage = 'usage: npm run deploy -- --target s3://bucket/prefix [--publish-dir DIR] [--keep N] [--verbose]';

async function main(): Promise<number> {
  let options: { target: ReturnType<typeof parseBucketTarget>; publishDir: string; keep: number | undefined; verbose: boolean };
  try {
    const { values } = parseArgs({
      options: { target: { type: 'string' }, 'publish-dir': { type: 'string' }, keep: { type: 'string' }, verbose: { type: 'boolean' } },
    });
    const target = values.target ?? process.env.OCOP_DEPLOY_TARGET;
    if (!target) throw new Error('--target is required (or OCOP_DEPLOY_TARGET)');
    const keep = values.keep === undefined ? undefined : Number(values.keep);
    if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) throw new Error('--keep takes a number of releases, at least 1');
    options = {
      target: parseBucketTarget(target),
      publishDir: values['publish-dir'] ?? process.env.OCOP_PUBLISH_DIR ?? 'publish',
      keep,
      verbose: values.verbose ?? false,
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return EXIT_CODES.usage;
  }
  const layout = layoutOf(options.publishDir);
  // No nightly may switch `current` while its files are being uploaded.
  const unlock = await acquireLock(layout.root);
  try {
    const deployed = await deployLiveRelease(layout, options.target, {
      ...(options.keep ? { keep: options.keep } : {}),
      ...(options.verbose ? { onUploaded: (key: string, phase: string) => console.log(`uploaded ${phase}: ${key}`) } : {}),
    });
    for (const warning of deployed.result.warnings) console.error(`warning: ${warning}`);
    console.log(describeDeploy(deployed));
    return EXIT_CODES.ok;
  } catch (error) {
    console.error(`step deploy failed: ${(error as Error).message}\nEvery page the bucket serves still has its files; run the deploy again.`);
    return EXIT_CODES.deployFailed;
  } finally {
    await unlock();
  }
}

process.exitCode = await main();
