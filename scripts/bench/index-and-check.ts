/**
 * The nightly job's search index and release checks on a built site, as one step
 * of `npm run bench`, run exactly as the night runs them (`indexAndCheck` in
 * src/publish/run-nightly.ts): the index beside the checks of the pages, then
 * the checks of the index.
 * `node scripts/bench/index-and-check.ts <site dir> <registry dir> <hand-written content dir> <as-of>`
 * Prints how many problems each check found; failing checks are findings, not errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPointPhones } from '../../src/pipeline/check-personal-data.ts';
import { indexAndCheck, realSteps } from '../../src/publish/run-nightly.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

const [siteDir, registryDir, contentDir, asOf] = process.argv.slice(2);
if (!siteDir || !registryDir || !contentDir || !asOf) {
  console.error('usage: index-and-check.ts <site dir> <registry dir> <content dir> <as-of>');
  process.exit(64);
}
const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(registryDir, file), 'utf8')) as T;
const checks = {
  siteDir,
  otherFiles: [],
  products: await readJson<Product[]>('products.json'),
  producers: await readJson<Producer[]>('producers.json'),
  pointContacts: await readPointPhones(path.join(contentDir, 'points')),
  asOf,
};
const results = await indexAndCheck(
  () => realSteps.indexSite({ outDir: siteDir }),
  checks,
  (line) => console.log(line),
);
for (const result of results)
  console.log(
    `${result.problems.length === 0 ? 'ok  ' : 'FAIL'} ${result.name}${result.problems.length ? `: ${result.problems.length} problems, first: ${result.problems[0]}` : ''}`,
  );
