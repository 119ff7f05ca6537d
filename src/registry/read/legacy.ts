/**
 * Vietnamese text that is not UTF-8 comes from one of two old code pages:
 * Windows-1258 (Excel and Windows in a Vietnamese locale) or TCVN3, the "ABC"
 * code page of the .VnTime fonts that provincial offices used for decades. Both are
 * single-byte, so any byte string decodes in either; the content decides. Each
 * decoding is scored on a sample: how many common Vietnamese words it yields, then
 * how few characters no Vietnamese text has (Latin-1 symbols such as "¸ µ ¶", a
 * capital inside a word). A tie goes to Windows-1258, the more common of the two.
 *
 * TCVN3 needs no table of our own: iconv-lite's "tcvn" is TCVN 5712:1993 VN1, and
 * VN3 (TCVN3, the ABC code page) is its subset. Per the VSCII article of the English
 * Wikipedia (https://en.wikipedia.org/wiki/VSCII), VN3 adds to ASCII only 67 small
 * letters, the 7 capitals without tone marks (Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7) and the
 * no-break space; VN2 and VN1 add the toned capitals in the places VN3 leaves
 * unused. So "tcvn" decodes VN3 bytes exactly; the tests pin the letters against the
 * published VN3 positions (0xB5 à, 0xB6 ả, 0xB7 ã, 0xB8 á, 0xB9 ạ, 0xD6 ệ …).
 */
import iconv from 'iconv-lite';

export type LegacyEncoding = 'windows-1258' | 'tcvn3';

const ICONV_NAME: Record<LegacyEncoding, string> = { 'windows-1258': 'windows-1258', tcvn3: 'tcvn' };

// Words of every registry export: headers, addresses, producer kinds, the products themselves.
const WORDS = [
  'sản phẩm',
  'xã',
  'tỉnh',
  'huyện',
  'hợp tác xã',
  'công ty',
  'sao',
  'thành phố',
  'phường',
  'thôn',
  'quận',
  'quyết định',
  'ngày',
  'số',
  'tên',
  'chủ thể',
  'hạng',
  'địa chỉ',
  'điện thoại',
  'loại hình',
  'hộ kinh doanh',
  'cơ sở',
  'trạng thái',
  'còn hiệu lực',
  'việt',
  'mật ong',
  'chè',
  'trà',
  'gạo',
  'nước',
  'mắm',
  'rượu',
  'bánh',
  'thực phẩm',
  'đồ uống',
  'nông sản',
  'đặc sản',
  'điểm',
  'mô tả',
  'ảnh',
  'cấp',
  'đắk',
  'lắk',
  'hà',
  'nội',
];
const WORD = new RegExp(`(?<!\\p{L})(?:${WORDS.join('|')})(?!\\p{L})`, 'gu');
// Latin-1 punctuation and signs, and a capital right after a small letter: a wrong decoding's fingerprints.
const JUNK = /[\u00A1-\u00BF\u00D7\u00F7]|\p{Ll}\p{Lu}/gu;
const SAMPLE_BYTES = 1024 * 1024;

export function decodeLegacy(buffer: Uint8Array, encoding: LegacyEncoding): string {
  // Windows-1258 (and VN1) write some tone marks as combining characters; NFC recomposes them.
  return iconv.decode(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), ICONV_NAME[encoding]).normalize('NFC');
}

export interface LegacyScore {
  encoding: LegacyEncoding;
  words: number;
  junk: number;
}

/** Both decodings of the first megabyte, scored, best first. */
export function scoreLegacy(buffer: Uint8Array): LegacyScore[] {
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  const scores = (['windows-1258', 'tcvn3'] as const).map((encoding) => {
    const text = decodeLegacy(sample, encoding);
    return { encoding, words: text.toLowerCase().match(WORD)?.length ?? 0, junk: text.match(JUNK)?.length ?? 0 };
  });
  // Stable sort: on a full tie Windows-1258, listed first, stays first.
  return scores.sort((a, b) => b.words - a.words || a.junk - b.junk);
}

export function chooseLegacy(buffer: Uint8Array): LegacyEncoding {
  return scoreLegacy(buffer)[0]!.encoding;
}
