/**
 * Child process of `site-build.ts`: `node site-build-worker.ts build|index`, with
 * the release's folders in the environment. Runs the site's own pipeline steps,
 * whose output the parent keeps to explain a failure.
 */
import { buildSite } from '../pipeline/build-site.ts';
import { indexSite } from '../pipeline/index-site.ts';

const task = process.argv[2];
const { OCOP_CONTENT_DIR: contentDir, OCOP_OUT_DIR: outDir, OCOP_AS_OF: asOf } = process.env;
if (!outDir) throw new Error('OCOP_OUT_DIR is not set');

if (task === 'build') {
  if (!contentDir || !asOf) throw new Error('OCOP_CONTENT_DIR and OCOP_AS_OF must be set');
  await buildSite({ contentDir, outDir, asOf });
} else if (task === 'index') {
  await indexSite({ outDir });
} else {
  throw new Error(`unknown task "${task}"`);
}
