/**
 * The service worker's caches and what the build tells it: shared by the build
 * step that writes the worker (src/pipeline/service-worker.ts) and the worker
 * (src/islands/offline/). Its caches are one per kind of file, each named with the build
 * it belongs to (`ocop-pages-2026-11-23-1a2b3c4d`): a new release's worker finds
 * the older caches by name when it takes over, moves what the visitor saved into
 * its own and deletes the rest. Pure, so the rules are tested in Node.
 */

const PREFIX = 'ocop';

/** `shell` is the precache (styles, fonts, scripts, the offline pages); the others fill as the visitor browses. */
export const CACHE_KINDS = ['shell', 'pages', 'photos', 'data'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];
export type RuntimeCacheKind = Exclude<CacheKind, 'shell'>;

export interface CacheLimit {
  /** The most responses kept; the oldest saved go first. */
  maxEntries: number;
}

/**
 * How much each runtime cache may hold. Pages and photos: a trip's worth.
 * Points: the one file, in case a release renames it. Map tiles are not the
 * worker's to keep (src/islands/offline/request-kind.ts says why).
 */
export const RUNTIME_CACHE_LIMITS: Readonly<Record<RuntimeCacheKind, CacheLimit>> = {
  pages: { maxEntries: 200 },
  photos: { maxEntries: 300 },
  data: { maxEntries: 4 },
};

/**
 * Which entries a cache over its limit drops: the oldest saved (by their
 * saved-at instants, ISO strings; an entry without one counts as oldest), down
 * to nine tenths of the limit, so that a full cache is not sorted at every new
 * entry. None while the cache is within its limit.
 */
export function entriesToDrop<T>(entries: ReadonlyArray<{ entry: T; savedAt: string }>, maxEntries: number): T[] {
  if (entries.length <= maxEntries) return [];
  const keep = Math.floor(maxEntries * 0.9);
  return [...entries]
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .slice(0, entries.length - keep)
    .map(({ entry }) => entry);
}

export function cacheName(kind: CacheKind, buildId: string): string {
  return `${PREFIX}-${kind}-${buildId}`;
}

/** The kind and build of one of the worker's caches; undefined for any other cache of the origin. */
export function parseCacheName(name: string): { kind: CacheKind; buildId: string } | undefined {
  const match = /^([a-z]+)-([a-z]+)-(.+)$/.exec(name);
  if (!match || match[1] !== PREFIX) return undefined;
  const kind = CACHE_KINDS.find((k) => k === match[2]);
  return kind && { kind, buildId: match[3]! };
}

/** The worker's caches of other builds: what a new release deletes once it has taken over. Caches it does not own are left alone. */
export function outdatedCaches(names: readonly string[], buildId: string): string[] {
  return names.filter((name) => {
    const parsed = parseCacheName(name);
    return parsed !== undefined && parsed.buildId !== buildId;
  });
}

/** A build id a cache name can carry: letters, digits, dots and dashes, as the release ids and build dates are written. */
export function isBuildId(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/.test(value);
}

/** What the build writes into the worker. */
export interface WorkerSettings {
  /** The build the worker belongs to: every cache it makes carries it. */
  buildId: string;
  /** A pattern of the map tiles' origins (src/map/map-config.ts `tileOriginPattern`). */
  tileOriginPattern: string;
  /** The product photos' folder, `/photos/`. */
  photosUrl: string;
}
