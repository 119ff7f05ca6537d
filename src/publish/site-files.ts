/** The files of a built site, by their URL path, read once for all the release checks. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Extensions read as text for the link and personal-data checks; the rest (images, fonts) are binary. */
const TEXT_EXTENSIONS = new Set(['.html', '.json', '.xml', '.txt', '.csv', '.ics', '.webmanifest', '.svg', '.md', '.rss']);

export interface SiteFiles {
  root: string;
  /** Every file, as a URL path (`/san-pham/x/index.html`). */
  paths: Set<string>;
  /** The text files and their contents. */
  text: Map<string, string>;
}

export async function readSiteFiles(root: string): Promise<SiteFiles> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = new Set<string>();
  const text = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const urlPath = '/' + path.relative(root, full).split(path.sep).join('/');
    paths.add(urlPath);
    // Synchronous on purpose: for ~100,000 small files the promise-based reader's
    // round trips cost ~20 s at national scale, the plain read under 3 s; nothing
    // else runs while the checks read.
    if (TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) text.set(urlPath, readFileSync(full, 'utf8'));
  }
  return { root, paths, text };
}

/** The file a URL path is served from (`/a/` → `/a/index.html`), or null when none is. */
export function fileForUrl(files: SiteFiles, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.find((candidate) => files.paths.has(candidate)) ?? null;
}
