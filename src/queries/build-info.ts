/**
 * Facts about this build, read once: the build date (the day the certificate
 * rules are applied on, Vietnam time) and the registry's meta.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isIsoDate, todayInVietnam } from '../domain/dates.ts';
import { registryMeta, type RegistryMeta } from '../schemas/meta.ts';
import { registryDir } from './registry-loader.ts';

function readBuildDate(): string {
  const value = process.env.OCOP_AS_OF ?? todayInVietnam();
  if (!isIsoDate(value)) throw new Error(`OCOP_AS_OF must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The day stars are judged on; every page of one build agrees on it. */
export const BUILD_DATE: string = readBuildDate();

/** The importer's meta.json: which export the site was built from. */
export const REGISTRY_META: RegistryMeta = registryMeta.parse(JSON.parse(readFileSync(path.join(registryDir(), 'meta.json'), 'utf8')));

/**
 * The hash of the code that draws the pages, set for the build by the render
 * cache's integration (src/integrations/render-cache.ts, `CODE_HASH_ENV` of
 * src/pipeline/code-hash.ts); absent in `astro dev` and wherever it was not
 * computed, and then no page is reused from the render cache
 * (src/routes/render-keys.ts).
 */
export const CODE_HASH: string | undefined = process.env.OCOP_CODE_HASH || undefined;
