/**
 * Step "personal data" of `npm run build`: the built site (pages, open data,
 * feeds, calendars, search index) scanned with the policy the importer and the
 * nightly release check use (src/domain/personal-data.ts). Phones and emails
 * pass when the registry the build used publishes them: a producer's `contact`
 * (content/registry/producers.json) or a display point's `phone` (the
 * hand-written points). Each finding names the file, with the value masked.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContactSource, PublicContacts } from '../domain/personal-data.ts';
import { findPersonalData, publicContacts } from '../built-site/personal-data.ts';
import { readSiteFiles } from '../built-site/site-files.ts';

export interface PersonalDataCheckOptions {
  /** The built site. */
  outDir: string;
  /** The public registry the site was built from (its `producers.json`). */
  contentDir: string;
  /** The hand-written display points (`<OCOP_HANDWRITTEN_DIR>/points`). */
  pointsDir: string;
}

/** One line per finding (`/san-pham/x/index.html: mobile number 098…21 that no producer or point publishes`); none when clean. */
export async function checkPersonalData(options: PersonalDataCheckOptions): Promise<string[]> {
  const allowed = await readPublishedContacts(options);
  const site = await readSiteFiles(options.outDir);
  return findPersonalData(site.text, allowed);
}

/** The phones and emails the registry publishes on purpose. */
export async function readPublishedContacts(options: Pick<PersonalDataCheckOptions, 'contentDir' | 'pointsDir'>): Promise<PublicContacts> {
  const producers = JSON.parse(await readFile(path.join(options.contentDir, 'producers.json'), 'utf8')) as ContactSource[];
  return publicContacts([...producers, ...(await readPointPhones(options.pointsDir))]);
}

/** Every point file's `phone`, in sub-folders too (the content collection reads `**\/*.json`). */
export async function readPointPhones(dir: string): Promise<ContactSource[]> {
  const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const points: ContactSource[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const point = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { phone?: unknown };
    if (typeof point.phone === 'string') points.push({ phone: point.phone });
  }
  return points;
}
