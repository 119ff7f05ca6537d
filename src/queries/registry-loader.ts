import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/**
 * Where the importer writes the public registry; overridable for tests and benchmarks.
 * The default is the code folder's `content/registry/`; astro.config.mjs makes the
 * variable absolute for everything bundled, whose own location says nothing.
 */
export function registryDir(): string {
  return process.env.OCOP_CONTENT_DIR ? path.resolve(process.env.OCOP_CONTENT_DIR) : fileURLToPath(new URL('../../content/registry', import.meta.url));
}

/**
 * Loads one generated registry file (a JSON array of entries with an `id`).
 * Each entry carries a digest of its JSON, so Astro skips re-validating and
 * re-storing entries that did not change between nightly runs.
 */
export function registryLoader(fileName: string): Loader {
  return {
    name: `ocop-registry:${fileName}`,
    async load({ store, parseData, generateDigest, logger, watcher }) {
      const file = path.join(registryDir(), fileName);
      watcher?.add(file);
      const entries = JSON.parse(await readFile(file, 'utf8')) as Array<{ id: string }>;
      const seen = new Set<string>();
      for (const entry of entries) {
        seen.add(entry.id);
        const digest = generateDigest(JSON.stringify(entry));
        if (store.get(entry.id)?.digest === digest) continue;
        const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
        store.set({ id: entry.id, data, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${entries.length} entries from ${fileName}`);
    },
  };
}
