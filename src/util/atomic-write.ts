/**
 * Writing a file whole or not at all: the bytes go to a name no other writer uses
 * (process and sequence number), then are renamed over the target. A reader never
 * sees half a file, a reader that has the old file open or mapped keeps it, and two
 * writers of the same file (pages drawn eight at a time, builds side by side) never
 * trip over each other's temporary file.
 */
import { rename, rm, writeFile } from 'node:fs/promises';

let sequence = 0;

export async function writeFileAtomically(file: string, bytes: Buffer | string): Promise<void> {
  const aside = `${file}.${process.pid}-${sequence++}.partial`;
  try {
    await writeFile(aside, bytes);
    await rename(aside, file);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
}
