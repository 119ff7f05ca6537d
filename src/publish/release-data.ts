/**
 * The registry data a release was built from, kept in `<release>/_data/` so the
 * next night can compare with what is live without trusting the web root.
 * The importer writes it there directly (it is the build's content folder).
 */
import { readFile } from 'node:fs/promises';
import { registryMeta, type RegistryMeta } from '../schemas/meta.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';
import type { ImportReport } from '../registry/report.ts';
import { releasePaths } from './releases.ts';
import path from 'node:path';

export interface ReleaseData {
  products: Product[];
  producers: Producer[];
  meta: RegistryMeta;
  report: ImportReport;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export async function readReleaseData(releaseDir: string): Promise<ReleaseData> {
  const { data, report } = releasePaths(releaseDir);
  const [products, producers, meta, importReport] = await Promise.all([
    readJson<Product[]>(path.join(data, 'products.json')),
    readJson<Producer[]>(path.join(data, 'producers.json')),
    readJson<unknown>(path.join(data, 'meta.json')).then((meta) => registryMeta.parse(meta)),
    readJson<ImportReport>(report),
  ]);
  return { products, producers, meta, report: importReport };
}
