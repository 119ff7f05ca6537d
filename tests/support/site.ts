/**
 * The built sample site as the `site` tests read it: its HTML files on disk,
 * each file's URL path, and JSON fetched from where it is served. Where it is
 * comes from tests/site/global-setup.ts: `inject('baseUrl')`, `inject('distDir')`,
 * `inject('contentDir')` and `inject('asOf')`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { urlPathOfFile } from '../../src/built-site/url-path.ts';

/** Every HTML file of a built site, as absolute paths. */
export function htmlFiles(distDir: string): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(distDir, f));
}

/** The URL path a built file is served at (the site's one rule, src/built-site/url-path.ts). */
export function urlPathOf(distDir: string, file: string): string {
  return urlPathOfFile(path.relative(distDir, file));
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A JSON file of the served site; an HTTP error fails the test with the URL. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
