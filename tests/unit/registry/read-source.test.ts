import { createHash } from 'node:crypto';
import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/registry/errors.ts';
import { decodeText, readRawSource } from '../../../src/registry/read-source.ts';
import { xlsx } from '../../fixtures/registry/read-zip.ts';
import { toWindows1258 } from '../../fixtures/registry/windows-1258.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-read-'));
});
async function file(name: string, content: string | Buffer): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, content);
  return target;
}

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    const decoded = decodeText(Buffer.from('\uFEFFTên,Tỉnh', 'utf8'));
    expect(decoded).toEqual({ text: 'Tên,Tỉnh', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1258 and recomposes the tone marks', () => {
    const bytes = iconv.encode(toWindows1258('Mật ong rừng Đắk Lắk'), 'windows-1258');
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe('Mật ong rừng Đắk Lắk');
  });
});

describe('readRawSource', () => {
  it('returns the raw grid of a CSV, title lines included, with no header assumption', async () => {
    const text = 'DANH SÁCH SẢN PHẨM OCOP; NĂM 2025\n\nMã SP,Tên SP,Tỉnh\nHD-001,"Bánh gai, Tứ Kỳ",Hải Dương\n';
    const source = await readRawSource(await file('ds-2025.csv', text));
    expect(source).toEqual({
      file: 'ds-2025.csv',
      bytes: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
      encoding: 'utf-8',
      sheets: [
        {
          name: 'ds-2025',
          separator: ',',
          width: 3,
          lines: { inFile: 4, read: 4 },
          rows: [
            { row: 1, cells: ['DANH SÁCH SẢN PHẨM OCOP; NĂM 2025'] },
            { row: 3, cells: ['Mã SP', 'Tên SP', 'Tỉnh'] },
            { row: 4, cells: ['HD-001', 'Bánh gai, Tứ Kỳ', 'Hải Dương'] },
          ],
        },
      ],
    });
  });

  it('reads Excel "Unicode text": UTF-16 LE, tab-separated', async () => {
    const source = await readRawSource(await file('unicode.txt', Buffer.from('\uFEFFTên\tTỉnh\r\nChè, trà\tThái Nguyên\r\n', 'utf16le')));
    expect(source.encoding).toBe('utf-16le');
    expect(source.sheets[0]!.rows).toEqual([
      { row: 1, cells: ['Tên', 'Tỉnh'] },
      { row: 2, cells: ['Chè, trà', 'Thái Nguyên'] },
    ]);
  });

  it('cuts a CSV cell longer than 32,767 characters, with a note on its row', async () => {
    const source = await readRawSource(await file('long.csv', `Tên,Mô tả\nChè,${'x'.repeat(40_000)}\n`));
    expect(source.sheets[0]!.rows[1]).toEqual({
      row: 2,
      cells: ['Chè', 'x'.repeat(32_767)],
      notes: ['column 2 had 40,000 characters, more than a spreadsheet cell holds; it was cut at 32,767'],
    });
  });

  it('refuses a text export over 200 MB before reading it', async () => {
    const target = path.join(dir, 'huge.csv');
    const handle = await open(target, 'w');
    await handle.truncate(201 * 1024 * 1024); // sparse: nothing is written
    await handle.close();
    await expect(readRawSource(target)).rejects.toThrow('"huge.csv" is 201 MB, more than the 200 MB an export may be: it is not read');
  });

  it('refuses a PDF renamed .csv, saying what it looks like', async () => {
    const pdf = await file('registry.csv', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3])]));
    await expect(readRawSource(pdf)).rejects.toThrow('"registry.csv" is not a text export: it looks like a PDF document');
  });

  it('reads JSON as one sheet named after the file', async () => {
    const source = await readRawSource(await file('export.json', JSON.stringify({ products: [{ 'Tên SP': 'Chè' }] })));
    expect(source.encoding).toBe('json (utf-8)');
    expect(source.sheets).toEqual([
      {
        name: 'export',
        rows: [
          { row: 1, cells: ['Tên SP'] },
          { row: 2, cells: ['Chè'] },
        ],
      },
    ]);
  });

  it('reads the sheet a workbook names', async () => {
    const book = await file(
      'book.xlsx',
      xlsx([
        { name: 'Bìa', rows: [['x']] },
        { name: 'Sản phẩm', rows: [['Tên'], ['Chè']] },
      ]),
    );
    const source = await readRawSource(book, { sheet: 'SAN PHAM' });
    expect(source.encoding).toBe('xlsx');
    expect(source.sheets.map((s) => s.name)).toEqual(['Sản phẩm']);
    expect((await readRawSource(book)).sheets.map((s) => s.name)).toEqual(['Bìa', 'Sản phẩm']);
  });

  it('refuses an unknown extension, and asks for .xlsx in place of .xls', async () => {
    await expect(readRawSource('registry.pdf')).rejects.toThrow('Cannot read "registry.pdf": expected a .csv, .tsv, .txt, .xlsx or .json export');
    await expect(readRawSource('/somewhere/registry.XLS')).rejects.toThrow(
      'Cannot read "registry.XLS": .xls is the old Excel format; open it in Excel and save it as .xlsx',
    );
  });
});

describe('readRawSource on files it cannot use', () => {
  it('refuses an unknown extension and a missing file with an ImportError', async () => {
    await expect(readRawSource('registry.pdf')).rejects.toBeInstanceOf(ImportError);
    await expect(readRawSource(path.join(tmpdir(), 'does-not-exist.csv'))).rejects.toThrow('Cannot read the export "does-not-exist.csv": ENOENT');
  });
});
