/**
 * The nightly job's release checks (src/publish/release-checks.ts) on a built site,
 * as a step of `npm run bench`: every page present, no withdrawn stars, links,
 * search index and open data, the personal-data scan.
 * `node scripts/bench/release-checks.ts <site dir> <registry dir> <hand-written content dir> <as-of>`
 * Prints how many problems each check found; failing checks are findings, not errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkRelease } from '../../src/publish/release-checks.ts';
import { readPointContacts } from '../../src/publish/run-nightly.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import type { Product } from '../../src/schemas/product.ts';

const [siteDir, registryDir, contentDir, asOf] = process.argv.slice(2);
if (!siteDir || !registryDir || !contentDir || !asOf) {
  console.error('usage: release-checks.ts <site dir> <registry dir> <content dir> <as-of>');
  process.exit(64);
}
const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(registryDir, file), 'utf8')) as T;
const results = await checkRelease({
  siteDir,
  otherFiles: [],
  products: await readJson<Product[]>('products.json'),
  producers: await readJson<Producer[]>('producers.json'),
  pointContacts: await readPointContacts(path.join(contentDir, 'points')),
  asOf,
});
for (const result of results) console.log(`${result.problems.length === 0 ? 'ok  ' : 'FAIL'} ${result.name}${result.problems.length ? `: ${result.problems.length} problems, first: ${result.problems[0]}` : ''}`);
