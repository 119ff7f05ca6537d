/**
 * One hash of everything that decides how a page is drawn from its data: the
 * source (templates, styles, dictionaries, queries), the files copied as they
 * are, the Astro config, the package manifest and lockfile, and the Node
 * version (dates and numbers are formatted by its ICU data). Every render key
 * includes it (src/routes/render-keys.ts), so any change to the code renders
 * every page again: no cached page outlives the code that drew it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Folders and files of the code folder that rendering reads. */
export const CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Where the build passes the hash to the pages (src/queries/build-info.ts reads it). */
export const CODE_HASH_ENV = 'OCOP_CODE_HASH';

/** The hash of `codeDir`'s rendering inputs: every file's path and bytes, in a fixed order. */
export async function codeHash(codeDir: string, runtime: string = process.version): Promise<string> {
  const hash = createHash('sha256').update(`node ${runtime}\n`);
  for (const file of await inputFiles(codeDir)) {
    hash.update(`${file}\n`);
    hash.update(await readFile(path.join(codeDir, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The input files, relative to `codeDir` with forward slashes, sorted; a listed input that is missing counts as empty. */
async function inputFiles(codeDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of CODE_INPUTS) {
    const entries = await readdir(path.join(codeDir, input), { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return 'file' as const;
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    if (entries === 'file') files.push(input);
    else for (const entry of entries) if (entry.isFile()) files.push(path.relative(codeDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files.sort();
}
