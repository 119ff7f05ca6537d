/**
 * Writing the public registry: everything goes into a fresh folder beside the
 * target, which then replaces the target in one rename, so a reader never sees
 * half an import and a stale file from an earlier run never lingers. JSON is
 * 2-space indented with a trailing newline; objects are built in schema order, so
 * the same input gives the same bytes.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoCopy } from './images.ts';

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface RegistryFiles {
  files: Record<string, unknown>;
  /** Photos for `images/`: each file's name there and the checked file it is copied from (src/registry/images.ts). */
  images: PhotoCopy[];
}

export async function writeRegistry(outDir: string, output: RegistryFiles): Promise<void> {
  const target = path.resolve(outDir);
  const staging = `${target}.incoming-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'images'), { recursive: true });
  try {
    for (const [name, value] of Object.entries(output.files)) await writeFile(path.join(staging, name), stableJson(value));
    // Copies, not hard links, so a release keeps its photos when the office edits one in place; a
    // copy-on-write clone where the file system offers it (btrfs, XFS), a plain copy elsewhere.
    for (const { name, from } of output.images) await copyFile(from, path.join(staging, 'images', path.basename(name)), constants.COPYFILE_FICLONE);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, stableJson(value));
}
