/**
 * Child process of `site-build.ts`: `node site-build-worker.ts build|index`, with
 * the release's folders in the environment. Runs the site's own pipeline steps.
 */
const task = process.argv[2];
const outDir = process.env.OCOP_OUT_DIR;
if (!outDir) throw new Error('OCOP_OUT_DIR is not set');

if (task === 'build') {
  const { buildSite } = await import('../pipeline/build-site.ts');
  await buildSite();
} else if (task === 'index') {
  const { indexSite } = await import('../pipeline/index-site.ts');
  await indexSite();
} else {
  throw new Error(`unknown task "${task}"`);
}
