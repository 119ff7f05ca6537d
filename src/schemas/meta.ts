import { z } from 'astro/zod';
import { isoDate } from './common.ts';

const count = z.number().int().nonnegative();

/**
 * Where the rows of one export went, as the import report counts them:
 * rows = published + expired + revoked + superseded + quarantined.
 */
export const importCounts = z.object({
  /** Product rows: every row under the header that is not a title, heading, total or blank. */
  rows: count,
  /** Products whose stars show on `asOf` (including those pending re-rating). */
  published: count,
  /** The part of `published` under re-rating. */
  pending: count,
  /** Products written without stars because their certificate had expired on `asOf`. */
  expired: count,
  /** Products written without stars because their certificate was revoked (thu hồi) by `asOf`. */
  revoked: count,
  /** Rows of a product that a newer decision for it replaced. */
  superseded: count,
  /** Rows not published because of data errors. */
  quarantined: count,
  /** Rows that are not products (titles, headings, totals, blank or STT-only rows), counted apart from `rows`. */
  skipped: count,
  /** Problems that did not stop a row (left-out links, unknown communes…). */
  warnings: count,
});

/**
 * `content/registry/meta.json`: which export the public registry was imported
 * from, written by the importer beside products.json and producers.json and read
 * by the site (its about page and footer, the open-data files) and the nightly job.
 */
export const registryMeta = z.object({
  /** The date the certificate rules were applied on (Vietnam date). */
  asOf: isoDate,
  /** The export file, enough to know it again. */
  source: z.object({
    /** Its file name, without the folder it was read from. */
    file: z.string().min(1),
    /** SHA-256 of its bytes, in hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Its size in bytes. */
    bytes: count,
    /** Product rows read (see `counts.rows`). */
    rows: count,
  }),
  /** The date the registry says it exported the file; null while exports do not say. */
  exportDate: isoDate.nullable(),
  /** The import report's counts, and what was written. */
  counts: importCounts.extend({
    /** Products written to products.json, withdrawn ones included. */
    products: count,
    /** Producers written to producers.json. */
    producers: count,
  }),
});

export type ImportCounts = z.infer<typeof importCounts>;
export type RegistryMeta = z.infer<typeof registryMeta>;
