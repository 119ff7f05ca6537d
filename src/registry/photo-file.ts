/**
 * What counts as a product photo, checked the same way by the importer (for the
 * office's report) and by the site's photo step (so one bad file never fails a
 * build): a JPEG, PNG, WebP, AVIF or GIF by its first bytes, whatever its name
 * says; at most 20 MB; at most 100 megapixels (a 30000×30000 "decompression
 * bomb" would take gigabytes to decode).
 *
 * Type and size come from the header, read here without an image library: sharp
 * takes about 0.5 ms a file just to open it, 10 s for the national export's
 * 20,000 photos, while these few bytes cost 0.3 s in all. A file whose header is
 * fine but whose data is cut short passes here and is caught when the photo step
 * decodes it; decoding every photo at import would take minutes.
 */

export type PhotoType = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** A photo file may be this large (a phone's full-size JPEG is 3–8 MB). */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** A photo may have this many pixels (10,000 × 10,000); sharp is told to refuse more when decoding. */
export const MAX_PHOTO_PIXELS = 100_000_000;

export const EXTENSION_OF: Record<PhotoType, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

export interface PhotoHeader {
  type: PhotoType;
  /** Null when the header does not say where this reader looks (an AVIF with its metadata far in); the photo step then decides. */
  width: number | null;
  height: number | null;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

/** The first bytes of a file, enough for the type and, except for JPEG and AVIF, the size. */
export const HEAD_BYTES = 64;

/**
 * The type and size of a photo, or why it is not one, in words the office can
 * act on (the caller puts the file name in front).
 */
export function checkPhotoHeader(readAt: ReadAt): PhotoHeader | { problem: string } {
  const head = readAt(0, HEAD_BYTES);
  const type = sniffPhotoType(head);
  if (!type) return { problem: notAPhotoReason(head) };
  const size = sizeOf(type, head, readAt);
  if (size === 'damaged') return { problem: `has a damaged ${type.toUpperCase()} header` };
  const header = { type, width: size?.width ?? null, height: size?.height ?? null };
  if (header.width !== null && header.height !== null) {
    if (header.width === 0 || header.height === 0) return { problem: 'has no width or height' };
    if (header.width * header.height > MAX_PHOTO_PIXELS) {
      return { problem: `is ${header.width}×${header.height} pixels, more than the ${MAX_PHOTO_PIXELS / 1_000_000} megapixels a photo may have` };
    }
  }
  return header;
}

/** The photo type its first bytes announce, or null. */
export function sniffPhotoType(head: Uint8Array): PhotoType | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  // ISO-BMFF: a `ftyp` box naming AVIF as its major or a compatible brand.
  if (ascii(head, 4, 8) === 'ftyp') {
    const boxEnd = Math.min(head.length, u32be(head, 0));
    for (let at = 8; at + 4 <= boxEnd; at += 4) if (/^avi[fs]$/.test(ascii(head, at, at + 4))) return 'avif';
  }
  return null;
}

function notAPhotoReason(head: Uint8Array): string {
  const start = ascii(head, 0, head.length).trimStart();
  const what = start.startsWith('<')
    ? ' (it starts like a web page or an SVG)'
    : start.startsWith('\x7fELF') || start.startsWith('MZ') || start.startsWith('#!')
      ? ' (it is a program)'
      : start.startsWith('%PDF')
        ? ' (it is a PDF)'
        : head.length > 0 && head.every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20)
          ? ' (it is text)'
          : '';
  return `is not a JPEG, PNG, WebP, AVIF or GIF image${what}`;
}

type Size = { width: number; height: number } | null | 'damaged';

function sizeOf(type: PhotoType, head: Uint8Array, readAt: ReadAt): Size {
  switch (type) {
    case 'png':
      return head.length < 24 || ascii(head, 12, 16) !== 'IHDR' ? 'damaged' : { width: u32be(head, 16), height: u32be(head, 20) };
    case 'gif':
      return head.length < 10 ? 'damaged' : { width: head[6]! | (head[7]! << 8), height: head[8]! | (head[9]! << 8) };
    case 'webp':
      return webpSize(head);
    case 'jpeg':
      return jpegSize(readAt);
    case 'avif':
      return avifSize(readAt(0, 65_536));
  }
}

function webpSize(head: Uint8Array): Size {
  const chunk = ascii(head, 12, 16);
  if (chunk === 'VP8 ' && head.length >= 30 && head[23] === 0x9d && head[24] === 0x01 && head[25] === 0x2a) {
    return { width: (head[26]! | (head[27]! << 8)) & 0x3fff, height: (head[28]! | (head[29]! << 8)) & 0x3fff };
  }
  if (chunk === 'VP8L' && head.length >= 25 && head[20] === 0x2f) {
    const [b0, b1, b2, b3] = [head[21]!, head[22]!, head[23]!, head[24]!];
    return { width: 1 + (b0 | ((b1 & 0x3f) << 8)), height: 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10)) };
  }
  if (chunk === 'VP8X' && head.length >= 30) {
    return { width: 1 + (head[24]! | (head[25]! << 8) | (head[26]! << 16)), height: 1 + (head[27]! | (head[28]! << 8) | (head[29]! << 16)) };
  }
  return 'damaged';
}

/** Walks the JPEG's segments (usually two or three reads: EXIF can fill the first 64 KB) to the frame header. */
function jpegSize(readAt: ReadAt): Size {
  let at = 2;
  for (let segments = 0; segments < 1000; segments++) {
    const marker = readAt(at, 10);
    if (marker.length < 4 || marker[0] !== 0xff) return 'damaged';
    const code = marker[1]!;
    if (code === 0xff) {
      at++; // fill byte
      continue;
    }
    if (code === 0x01 || (code >= 0xd0 && code <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    if (code === 0xda || code === 0xd9) return 'damaged'; // image data or the end before any frame header
    const isFrame = code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc;
    if (isFrame) return marker.length < 9 ? 'damaged' : { height: (marker[5]! << 8) | marker[6]!, width: (marker[7]! << 8) | marker[8]! };
    const length = (marker[2]! << 8) | marker[3]!;
    if (length < 2) return 'damaged';
    at += 2 + length;
  }
  return 'damaged';
}

/** The largest `ispe` (image spatial extent) property: a grid's whole size rather than a tile's. */
function avifSize(bytes: Uint8Array): Size {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let best: { width: number; height: number } | null = null;
  for (let at = buffer.indexOf('ispe'); at >= 4 && at + 16 <= buffer.length; at = buffer.indexOf('ispe', at + 4)) {
    const size = { width: buffer.readUInt32BE(at + 8), height: buffer.readUInt32BE(at + 12) };
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best; // null: not in the first 64 KB; sharp's own pixel limit guards the decode
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!);
}

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
