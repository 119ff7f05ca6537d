import { describe, expect, it } from 'vitest';
import { CACHE_KINDS, cacheName, entriesToDrop, isBuildId, outdatedCaches, parseCacheName, RUNTIME_CACHE_LIMITS } from '../../../src/domain/offline-caches.ts';

describe("the service worker's cache names", () => {
  it('name every kind with its build, and read the kind and build back, dashes in the build id included', () => {
    for (const kind of CACHE_KINDS) {
      const name = cacheName(kind, '2026-11-23-1a2b3c4d5e');
      expect(name).toContain('2026-11-23-1a2b3c4d5e');
      expect(parseCacheName(name)).toEqual({ kind, buildId: '2026-11-23-1a2b3c4d5e' });
    }
  });

  it('do not claim caches the worker does not own', () => {
    expect(parseCacheName('workbox-precache-v2-https://ocop.example.vn/')).toBeUndefined();
    expect(parseCacheName('ocop-unknown-2026-11-23')).toBeUndefined();
    expect(parseCacheName('other-pages-2026-11-23')).toBeUndefined();
  });

  it('mark every cache of another build as outdated, and only those', () => {
    const current = '20261124-201800-123';
    const names = [
      cacheName('shell', current),
      cacheName('pages', current),
      cacheName('shell', '20261123-201800-456'),
      cacheName('pages', '20261123-201800-456'),
      cacheName('photos', '2026-11-20-abcdef'),
      'someone-elses-cache',
    ];
    expect(outdatedCaches(names, current)).toEqual([names[2], names[3], names[4]]);
  });

  it('accept the build ids the builds write (dates, release ids, hashes) and refuse what could not name a cache', () => {
    for (const id of ['2026-11-23-1a2b3c4d5e', '20261123-201800-123', 'v1.2']) expect(isBuildId(id), id).toBe(true);
    for (const id of ['', ' 2026', 'a/b', 'x'.repeat(65), '-leading']) expect(isBuildId(id), id).toBe(false);
  });

  it('bound every runtime cache', () => {
    for (const limit of Object.values(RUNTIME_CACHE_LIMITS)) {
      expect(Number.isInteger(limit.maxEntries) && limit.maxEntries > 0).toBe(true);
    }
  });

  it('drop the oldest saved entries once a cache is over its limit, down to nine tenths of it, and nothing before', () => {
    const saved = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ entry: `/p/${i}/`, savedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, count - i)).toISOString() }));
    expect(entriesToDrop(saved(10), 10)).toEqual([]);
    // Eleven entries saved newest first: the oldest are the last ones listed, and an entry with no date counts as oldest.
    const dropped = entriesToDrop([...saved(11), { entry: '/undated/', savedAt: '' }], 10);
    expect(dropped).toEqual(['/undated/', '/p/10/', '/p/9/']);
  });
});
