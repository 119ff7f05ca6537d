/**
 * Bytes to text, with the encoding found by looking at the bytes: a byte-order
 * mark first (UTF-8, UTF-16 LE as Excel's "Unicode text", UTF-16 BE), then UTF-8
 * when the bytes are valid UTF-8, then the two old Vietnamese code pages, chosen by
 * content (./legacy.ts). A file that is not text at all (a PDF or a workbook renamed
 * .csv) is refused with what it looks like. Every refusal names the encoding found.
 */
import { isUtf8 } from 'node:buffer';
import { ImportError } from '../errors.ts';
import { chooseLegacy, decodeLegacy } from './legacy.ts';
import { describeBytes, knownSignature } from './sniff.ts';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `utf-16le (no BOM)`, `windows-1258` or `tcvn3`. */
  encoding: string;
}

export function decodeText(buffer: Uint8Array, file = 'the export'): DecodedText {
  const name = `"${file}"`;
  if (startsWith(buffer, [0xff, 0xfe, 0, 0]) || startsWith(buffer, [0, 0, 0xfe, 0xff])) {
    throw new ImportError(`${name} is UTF-32 text (it starts with that byte-order mark), which the importer does not read: save it as UTF-8`);
  }
  if (startsWith(buffer, [0xef, 0xbb, 0xbf]))
    return { text: utf8(buffer.subarray(3), name, 'UTF-8 (it starts with the UTF-8 byte-order mark)'), encoding: 'utf-8-bom' };
  if (startsWith(buffer, [0xff, 0xfe]))
    return { text: utf16(buffer.subarray(2), 'le', name, 'UTF-16 LE (it starts with that byte-order mark)'), encoding: 'utf-16le' };
  if (startsWith(buffer, [0xfe, 0xff]))
    return { text: utf16(buffer.subarray(2), 'be', name, 'UTF-16 BE (it starts with that byte-order mark)'), encoding: 'utf-16be' };
  const signature = knownSignature(buffer);
  if (signature) throw new ImportError(`${name} is not a text export: it looks like ${signature}`);
  if (looksLikeUtf16le(buffer))
    return { text: utf16(buffer, 'le', name, 'UTF-16 LE without a byte-order mark (every other byte is zero)'), encoding: 'utf-16le (no BOM)' };
  if (isUtf8(buffer)) return { text: new TextDecoder('utf-8').decode(buffer), encoding: 'utf-8' };
  if (looksBinary(buffer)) throw new ImportError(`${name} is not a text export: it looks like ${describeBytes(buffer)}`);
  // Mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8: read as an old code page, every letter would be garbled.
  const evidence = utf8Evidence(buffer.subarray(0, 1024 * 1024));
  if (evidence.valid >= 8 && evidence.valid >= 8 * evidence.invalid) utf8(buffer, name, 'UTF-8 (nearly all its letters are)');
  const legacy = chooseLegacy(buffer);
  return { text: decodeLegacy(buffer, legacy), encoding: legacy };
}

function startsWith(buffer: Uint8Array, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, index) => buffer[index] === byte);
}

function utf8(bytes: Uint8Array, name: string, found: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    throw new ImportError(
      `${name} is ${found}, but line ${lineOf(lenient, lenient.indexOf('\uFFFD'))} holds bytes that are not UTF-8: save the file again as "CSV UTF-8"`,
    );
  }
}

function utf16(bytes: Uint8Array, order: 'le' | 'be', name: string, found: string): string {
  if (bytes.length % 2 !== 0) throw new ImportError(`${name} is ${found}, but it has an odd number of bytes: it is cut off or is not UTF-16`);
  // Swap a copy of big-endian text to little-endian: one decoder, one set of checks.
  const little = order === 'le' ? bytes : Buffer.from(bytes).swap16();
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(little);
  } catch {
    const lenient = new TextDecoder('utf-16le').decode(little);
    throw new ImportError(`${name} is ${found}, but line ${lineOf(lenient, lenient.indexOf('\uFFFD'))} holds a broken character (half of a surrogate pair)`);
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * Multi-byte UTF-8 sequences that are well formed, and bytes above 0x7F that start
 * none. Windows-1258 and TCVN3 text has almost no well-formed sequence: its letters
 * stand alone between ASCII ones, or are followed by a tone byte that is no
 * continuation byte.
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let at = 0; at < bytes.length; at++) {
    const lead = bytes[at]!;
    if (lead < 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let continued = length > 0 && at + length <= bytes.length;
    for (let next = 1; continued && next < length; next++) continued = (bytes[at + next]! & 0xc0) === 0x80;
    if (continued) {
      valid++;
      at += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

const SAMPLE = 64 * 1024;

/** Mostly ASCII text saved as UTF-16 LE without its mark: the odd bytes are nearly all zero, the even ones not. */
function looksLikeUtf16le(buffer: Uint8Array): boolean {
  const length = Math.min(buffer.length, SAMPLE) & ~1;
  if (length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let at = 0; at < length; at += 2) {
    if (buffer[at] === 0) evenZeros++;
    if (buffer[at + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  return oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02;
}

/** A zero byte, or more than 1% of control characters other than tab, line ends, form feed and DOS end-of-file. */
function looksBinary(buffer: Uint8Array): boolean {
  const length = Math.min(buffer.length, SAMPLE);
  let controls = 0;
  for (let at = 0; at < length; at++) {
    const byte = buffer[at]!;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) controls++;
  }
  return controls > length / 100;
}
