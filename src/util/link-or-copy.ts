import { copyFile, link } from 'node:fs/promises';

/**
 * Puts a cached file into the site: a hard link costs no space and no copy; a
 * copy where the cache is on another disk or the file system refuses links.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    await copyFile(from, to);
  });
}
