/**
 * The table of contents of a ZIP archive (an .xlsx workbook is one), read without
 * inflating anything: the End of Central Directory record at the end of the file
 * points to the central directory, which lists every entry with its method, its
 * checksum, its compressed and declared uncompressed sizes and where its local
 * header sits. ZIP64 fields are followed when present. Layout: PKWARE APPNOTE.TXT
 * sections 4.3.12 (central directory header), 4.3.14–4.3.16 (ZIP64 and end records)
 * and 4.5.3 (ZIP64 extra field).
 */
import { ImportError } from '../errors.ts';
import { LIMITS } from './limits.ts';

export interface ZipEntry {
  name: string;
  /** General-purpose flags: bit 0 = encrypted. */
  flags: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  /** As the directory declares it; the inflater holds the entry to it (declared sizes can lie). */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(buffer: Buffer, file: string): ZipEntry[] {
  const damaged = (what: string) => new ImportError(`"${file}" is not a readable workbook: its ZIP directory is damaged (${what})`);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes: search backwards for its signature.
  let end = -1;
  for (let at = buffer.length - 22; at >= Math.max(0, buffer.length - 22 - MAX_COMMENT); at--) {
    if (buffer.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end === -1) throw damaged('no end-of-directory record; the file may be cut off');
  let count = buffer.readUInt16LE(end + 10);
  let size = buffer.readUInt32LE(end + 12);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged('a ZIP64 archive without its locator');
    const record = Number(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD) throw damaged('a ZIP64 end record out of place');
    count = Number(buffer.readBigUInt64LE(record + 32));
    size = Number(buffer.readBigUInt64LE(record + 40));
    offset = Number(buffer.readBigUInt64LE(record + 48));
  }
  if (count > LIMITS.maxZipEntries) {
    throw new ImportError(
      `"${file}" holds ${count.toLocaleString('en-US')} files; a workbook holds a few dozen (at most ${LIMITS.maxZipEntries.toLocaleString('en-US')} are read)`,
    );
  }
  if (offset + size > buffer.length) throw damaged('the directory lies past the end of the file');

  const entries: ZipEntry[] = [];
  for (let at = offset, index = 0; index < count; index++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_HEADER) throw damaged(`entry ${index + 1} of ${count} is missing`);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      crc32: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extra field (id 1): the 8-byte values of those sizes and offset whose 4-byte fields hold 0xFFFFFFFF, in that order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = () => (field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE((field += 8) - 8)) : undefined);
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + length;
  }
}
