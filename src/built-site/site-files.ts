/** The files of a built site, by their URL path, read once for the release checks. */
import { readFileSync, type Dirent } from 'node:fs';
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

/**
 * Reads the site under `root`, or one part of it: `only` a top-level folder, or
 * everything `except` one (URL paths such as `/search-index`). The nightly job
 * checks the pages while the search index is still being written into its
 * folder, so that folder must not even be listed then.
 */
export async function readSiteFiles(root: string, part: { only?: string; except?: string } = {}): Promise<SiteFiles> {
  const paths = new Set<string>();
  const text = new Map<string, string>();
  for (const entry of await listFiles(root, part)) {
    const full = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
    paths.add(urlPath);
    // Synchronous on purpose: for ~100,000 small files the promise-based reader's
    // round trips cost ~20 s at national scale, the plain read under 3 s.
    if (TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) text.set(urlPath, readFileSync(full, 'utf8'));
  }
  return { root, paths, text };
}

async function listFiles(root: string, part: { only?: string; except?: string }): Promise<Dirent[]> {
  if (part.only) {
    const folder = path.join(root, part.only);
    // A folder not written yet has no files; any other failure is the caller's to see.
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return entries.filter((entry) => entry.isFile());
  }
  const files: Dirent[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (part.except && `/${entry.name}` === part.except) continue;
    if (entry.isFile()) files.push(entry);
    else if (entry.isDirectory()) {
      // A loop, not push(...inside): a folder of 150,000 photo files overflows the call stack as arguments.
      for (const one of await readdir(path.join(root, entry.name), { recursive: true, withFileTypes: true })) if (one.isFile()) files.push(one);
    }
  }
  return files;
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
