/**
 * What a file looks like from its first bytes, in plain words, for the messages
 * that refuse it: an operator who renamed a PDF or an old .xls to .csv should read
 * "it looks like a PDF document", not a decoding error.
 */
const SIGNATURES: { bytes: number[]; looksLike: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive (an .xlsx workbook is one: give it the .xlsx extension)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'an empty ZIP archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    looksLike: 'an Excel 97–2003 (.xls) workbook or a password-protected Office file: save it as .xlsx without a password',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip-compressed file' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-Zip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document' },
];

/** The kind of file the bytes start like, or null when no known signature matches. */
export function knownSignature(buffer: Uint8Array): string | null {
  for (const { bytes, looksLike } of SIGNATURES) {
    if (bytes.every((byte, index) => buffer[index] === byte)) return looksLike;
  }
  const head = new TextDecoder('latin1').decode(buffer.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page (HTML)';
  return null;
}

/** Always an answer: a known signature, or what the first bytes are, in hex. */
export function describeBytes(buffer: Uint8Array): string {
  const known = knownSignature(buffer);
  if (known) return known;
  if (buffer.length === 0) return 'an empty file';
  const hex = [...buffer.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  return `binary data (it starts with the bytes ${hex})`;
}
