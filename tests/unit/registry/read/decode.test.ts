import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/registry/errors.ts';
import { decodeText } from '../../../../src/registry/read/decode.ts';
import { scoreLegacy } from '../../../../src/registry/read/legacy.ts';
import { toWindows1258 } from '../../../fixtures/registry/windows-1258.ts';

// Lower-case toned letters only where TCVN3 (VN3) has them: its capitals carry no tone marks.
const EXPORT = 'Tên sản phẩm,Chủ thể,Tỉnh\nMật ong bạc hà,hợp tác xã Mèo Vạc,tỉnh Tuyên Quang\nChè shan tuyết,công ty chè Hà Giang,tỉnh Tuyên Quang\n';

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(Buffer.from(EXPORT, 'utf8'))).toEqual({ text: EXPORT, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with its byte-order mark, as Excel saves "Unicode text"', () => {
    const text = 'Tên\tTỉnh\r\nChè\tThái Nguyên\r\n';
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(EXPORT, 'utf-16be')]);
    expect(decodeText(bytes)).toEqual({ text: EXPORT, encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a byte-order mark', () => {
    expect(decodeText(Buffer.from(EXPORT, 'utf16le'))).toEqual({ text: EXPORT, encoding: 'utf-16le (no BOM)' });
  });

  it('chooses Windows-1258 by content and recomposes its tone marks', () => {
    const decoded = decodeText(iconv.encode(toWindows1258(EXPORT), 'windows-1258'));
    expect(decoded).toEqual({ text: EXPORT, encoding: 'windows-1258' });
  });

  it('chooses TCVN3 (ABC) by content', () => {
    const decoded = decodeText(iconv.encode(EXPORT, 'tcvn'));
    expect(decoded).toEqual({ text: EXPORT, encoding: 'tcvn3' });
  });

  it('decodes the TCVN3 letters at their published places', () => {
    // "s¶n phÈm, x·, tØnh, huyÖn, Hµ Néi" as the bytes look in Latin-1.
    const bytes = Buffer.from([
      0x73, 0xb6, 0x6e, 0x20, 0x70, 0x68, 0xc8, 0x6d, 0x2c, 0x20, 0x78, 0xb7, 0x2c, 0x20, 0x74, 0xd8, 0x6e, 0x68, 0x2c, 0x20, 0x68, 0x75, 0x79, 0xd6, 0x6e,
      0x2c, 0x20, 0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'sản phẩm, xã, tỉnh, huyện, Hà Nội', encoding: 'tcvn3' });
  });

  it('scores both old code pages by the Vietnamese words each decoding yields', () => {
    const [best, other] = scoreLegacy(iconv.encode(EXPORT, 'tcvn'));
    expect(best).toMatchObject({ encoding: 'tcvn3', junk: 0 });
    expect(best!.words).toBeGreaterThanOrEqual(8);
    expect(other).toMatchObject({ encoding: 'windows-1258', words: 0 });
  });

  it('refuses a PDF renamed .csv, naming the file and what it looks like', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2])]);
    const error = thrown(() => decodeText(pdf, 'registry.csv'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe('"registry.csv" is not a text export: it looks like a PDF document');
  });

  it('refuses binary data, showing its first bytes', () => {
    const error = thrown(() => decodeText(Buffer.from([0x13, 0x37, 0x00, 0xff, 0xfe, 0x41, 0x42, 0x43, 0x44]), 'x.csv'));
    expect(error.message).toBe('"x.csv" is not a text export: it looks like binary data (it starts with the bytes 13 37 00 ff fe 41 42 43)');
  });

  it('names UTF-8 when a file with the UTF-8 mark holds other bytes', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFTên,Tỉnh\nChè,', 'utf8'), iconv.encode('Sơn La', 'windows-1258'), Buffer.from('\n')]);
    expect(thrown(() => decodeText(bytes, 'x.csv')).message).toBe(
      '"x.csv" is UTF-8 (it starts with the UTF-8 byte-order mark), but line 2 holds bytes that are not UTF-8: save the file again as "CSV UTF-8"',
    );
  });

  it('refuses UTF-8 with a few bad bytes, naming UTF-8 and the line, instead of garbling it as an old code page', () => {
    const bytes = Buffer.concat([Buffer.from(EXPORT, 'utf8'), Buffer.from('Gạo,'), Buffer.from([0xe1, 0x28]), Buffer.from(',tỉnh Lai Châu\n')]);
    expect(thrown(() => decodeText(bytes, 'x.csv')).message).toBe(
      '"x.csv" is UTF-8 (nearly all its letters are), but line 4 holds bytes that are not UTF-8: save the file again as "CSV UTF-8"',
    );
  });

  it('names UTF-16 LE when a file with that mark has an odd number of bytes', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFTên', 'utf16le'), Buffer.from([0x41])]);
    expect(thrown(() => decodeText(bytes, 'x.txt')).message).toBe(
      '"x.txt" is UTF-16 LE (it starts with that byte-order mark), but it has an odd number of bytes: it is cut off or is not UTF-16',
    );
  });

  it('refuses UTF-32, naming it', () => {
    expect(thrown(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'x.csv')).message).toMatch(/^"x\.csv" is UTF-32 text/);
  });
});
