/**
 * GitHub Pages publishes a site of at most 1 GB, and a deployment that takes
 * longer than 10 minutes fails (GitHub Docs, "GitHub Pages limits"). A national
 * site is larger (about 1.2 GB at 20,000 products), so the Pages workflow
 * measures the release first and refuses with a sentence that says where to go.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** 1 GB as GitHub counts it, read conservatively as 10^9 bytes. */
export const PAGES_MAX_BYTES = 1_000_000_000;

/** The bytes of every file under `dir`, as a host stores them (apparent sizes). */
export async function siteBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Null when the site fits on Pages, else the refusal to print. */
export function pagesRefusal(bytes: number, limit = PAGES_MAX_BYTES): string | null {
  if (bytes <= limit) return null;
  const gb = (n: number) => `${(n / 1e9).toFixed(2)} GB`;
  return (
    `the site is ${gb(bytes)}, over the ${gb(limit)} GitHub Pages publishes (and a Pages deployment must finish within 10 minutes). ` +
    'Publish it to object storage behind a CDN instead: npm run nightly -- --deploy-target s3://bucket/prefix (docs/operations.md, "Object storage and a CDN").'
  );
}
