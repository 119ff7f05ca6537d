/**
 * What a deploy to object storage uploads, in which order, and what it may
 * delete: pure functions of the release's files and of what the bucket holds.
 *
 * A bucket has no atomic switch, so the order is what keeps every page whole
 * while a deploy runs, or after one is killed: first the files pages load
 * (scripts, styles, photos, index shards, data), then the pages, then the
 * files that point at other files (the search manifests, sitemaps, robots.txt,
 * the web app manifest and worker). A page that is live has its files already.
 */
import { LANGS } from '../../i18n/index.ts';
import { manifestUrl } from '../../search/index/format.ts';
import { cacheControlOf, IMMUTABLE } from '../security-policy.ts';

export type UploadPhase = 'assets' | 'pages' | 'manifests';
export const UPLOAD_ORDER: readonly UploadPhase[] = ['assets', 'pages', 'manifests'];

/** A file of the release: its URL path (`/en/index.html`) and the MD5 of its bytes, which is what S3 reports as ETag. */
export interface ReleaseFile {
  urlPath: string;
  md5: string;
}

const SEARCH_MANIFESTS = new Set(LANGS.map((lang) => manifestUrl(lang)));

export function uploadPhaseOf(urlPath: string): UploadPhase {
  if (SEARCH_MANIFESTS.has(urlPath)) return 'manifests';
  if (/^\/sitemap[^/]*\.xml$/.test(urlPath) || urlPath === '/robots.txt' || urlPath === '/sw.js' || urlPath.endsWith('.webmanifest')) return 'manifests';
  if (urlPath.endsWith('.html')) return 'pages';
  return 'assets';
}

/** Names carrying a content hash (cached for a year): old pages, and visitors' saved copies, may still ask for them. */
export function isImmutable(urlPath: string): boolean {
  return cacheControlOf(urlPath) === IMMUTABLE;
}

export interface UploadPlan {
  /** The files to upload, phase by phase, in `UPLOAD_ORDER`. */
  phases: { phase: UploadPhase; files: ReleaseFile[] }[];
  unchanged: number;
}

/** The files whose bytes the bucket lacks (absent, different, or of unknown hash), grouped by phase. */
export function planUpload(files: readonly ReleaseFile[], storedMd5: ReadonlyMap<string, string | null>): UploadPlan {
  const byPhase = new Map<UploadPhase, ReleaseFile[]>(UPLOAD_ORDER.map((phase) => [phase, []]));
  let unchanged = 0;
  for (const file of files) {
    const stored = storedMd5.get(file.urlPath);
    if (stored && stored === file.md5) unchanged++;
    else byPhase.get(uploadPhaseOf(file.urlPath))!.push(file);
  }
  return { phases: UPLOAD_ORDER.map((phase) => ({ phase, files: byPhase.get(phase)! })), unchanged };
}

/**
 * What the bucket may lose once the release is live:
 * - a file under a hashed name, when no kept release uses it any more: an old
 *   page, a page a visitor saved offline, or a rollback may still need it until
 *   then;
 * - any other file (a page, a feed, a badge…), as soon as the live release has
 *   no such file: its URL answers for the site as it is tonight, and a page the
 *   release dropped must not go on showing yesterday's stars.
 */
export function removable(stored: Iterable<string>, live: ReadonlySet<string>, keptReleases: readonly ReadonlySet<string>[]): string[] {
  const doomed: string[] = [];
  for (const urlPath of stored) {
    if (live.has(urlPath)) continue;
    if (isImmutable(urlPath) && keptReleases.some((release) => release.has(urlPath))) continue;
    doomed.push(urlPath);
  }
  return doomed.sort();
}
