/**
 * Guarding a workbook against decompression bombs, in two steps.
 *
 * Before inflating anything, the declared sizes from the ZIP directory: refused
 * when the parts to be read would together inflate past the limit, or any large
 * entry claims a compression ratio no spreadsheet reaches (a few hundred kilobytes
 * of zeros or repeated cells that inflate to gigabytes).
 *
 * While inflating, each entry is held to the size its directory declares
 * (zlib's maxOutputLength stops the inflater there), so a lying directory costs at
 * most the declared total; its checksum is checked too. Only the entries the
 * spreadsheet reader uses (.xml and .rels) are inflated at all.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from '../errors.ts';
import { LIMITS, megabytes } from './limits.ts';
import type { ZipEntry } from './zip-directory.ts';

const LOCAL_HEADER = 0x04034b50;

/** `wanted` are the parts that will be inflated: only they count towards the total (embedded photos are never inflated), but every part's ratio is checked. */
export function checkDeclaredSizes(entries: ZipEntry[], file: string, wanted: (name: string) => boolean): void {
  const total = entries.reduce((sum, entry) => sum + (wanted(entry.name) ? entry.uncompressedSize : 0), 0);
  if (total > LIMITS.maxInflatedBytes) {
    throw new ImportError(
      `"${file}" would inflate to ${megabytes(total)}, more than the ${megabytes(LIMITS.maxInflatedBytes)} a registry workbook may take: it is not read`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > LIMITS.largeEntryBytes && ratio > LIMITS.maxCompressionRatio) {
      throw new ImportError(
        `"${file}" looks like a decompression bomb: its part "${entry.name}" would inflate ${Math.round(ratio).toLocaleString('en-US')} times ` +
          `(${megabytes(entry.compressedSize)} to ${megabytes(entry.uncompressedSize)}); a real spreadsheet compresses at most about ${LIMITS.maxCompressionRatio} times`,
      );
    }
  }
}

/** The wanted entries, inflated, each held to its declared size and checked against its checksum. */
export function inflateEntries(buffer: Buffer, entries: ZipEntry[], file: string, wanted: (name: string) => boolean): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    const part = `"${file}": the part "${entry.name}"`;
    if (entry.flags & 1) throw new ImportError(`${part} is encrypted: save the workbook without a password`);
    const at = entry.localHeaderOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) throw new ImportError(`${part} is missing: the workbook is damaged`);
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    if (start + entry.compressedSize > buffer.length) throw new ImportError(`${part} is cut off: the workbook is damaged or incomplete`);
    const data = buffer.subarray(start, start + entry.compressedSize);
    const inflated = inflate(data, entry, part);
    if (inflated.length !== entry.uncompressedSize || crc32(inflated) >>> 0 !== entry.crc32) {
      throw new ImportError(`${part} does not match its checksum or declared size: the workbook is damaged`);
    }
    files.set(entry.name, inflated);
  }
  return files;
}

function inflate(data: Buffer, entry: ZipEntry, part: string): Buffer {
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ImportError(`${part} uses ZIP compression method ${entry.method}, which spreadsheets do not use`);
  try {
    // One byte of slack so that "more than declared" is seen rather than silently cut.
    return inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ImportError(
        `${part} inflates to more than the ${entry.uncompressedSize.toLocaleString('en-US')} bytes its directory declares: the workbook is damaged or a decompression bomb`,
      );
    }
    throw new ImportError(`${part} cannot be inflated (${(error as Error).message}): the workbook is damaged`);
  }
}
