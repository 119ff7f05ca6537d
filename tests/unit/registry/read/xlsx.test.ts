import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/registry/errors.ts';
import { sheetExtent } from '../../../../src/registry/read/sheet-extent.ts';
import { readXlsxSheets } from '../../../../src/registry/read/xlsx.ts';
import { readRawSource } from '../../../../src/registry/read-source.ts';
import { bombXlsx, repeatedDeflate, sheetXml, workbookParts, xlsx, zip } from '../../../fixtures/registry/read-zip.ts';

async function refusal(run: () => Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const started = performance.now();
  try {
    await run();
  } catch (error) {
    return { error: error as Error, ms: performance.now() - started };
  }
  throw new Error('expected a refusal');
}

describe('readXlsxSheets', () => {
  it('reads every sheet, numbering rows as the spreadsheet shows them', async () => {
    const book = xlsx([
      { name: 'Danh sách OCOP', rows: [['DANH SÁCH SẢN PHẨM OCOP NĂM 2025'], [], ['Tên', 'Sao'], ['Chè', 4], [null, 'x']] },
      { name: 'Ghi chú', rows: [[], ['Cập nhật 01/2025']] },
    ]);
    expect(await readXlsxSheets(book, 'book.xlsx')).toEqual([
      {
        name: 'Danh sách OCOP',
        rows: [
          { row: 1, cells: ['DANH SÁCH SẢN PHẨM OCOP NĂM 2025', ''] },
          { row: 3, cells: ['Tên', 'Sao'] },
          { row: 4, cells: ['Chè', '4'] },
          { row: 5, cells: ['', 'x'] },
        ],
      },
      { name: 'Ghi chú', rows: [{ row: 2, cells: ['Cập nhật 01/2025'] }] },
    ]);
  });

  it('selects a sheet by name, ignoring case and diacritics, and lists the names when it is absent', async () => {
    const book = xlsx([
      { name: 'Bìa', rows: [['x']] },
      { name: 'Danh sách OCOP', rows: [['Tên'], ['Chè']] },
    ]);
    const [sheet, ...others] = await readXlsxSheets(book, 'book.xlsx', 'danh sach ocop');
    expect(others).toEqual([]);
    expect(sheet).toEqual({
      name: 'Danh sách OCOP',
      rows: [
        { row: 1, cells: ['Tên'] },
        { row: 2, cells: ['Chè'] },
      ],
    });
    const { error } = await refusal(() => readXlsxSheets(book, 'book.xlsx', 'Sản phẩm'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe('"book.xlsx" has no sheet named "Sản phẩm"; its sheets are "Bìa", "Danh sách OCOP"');
  });

  it('writes date cells as ISO dates, numbers as their text, and a merged range in its top-left cell', async () => {
    const book = await writeXlsxFile([
      [{ value: 'Danh sách', type: String, columnSpan: 3 }, null, null],
      [
        { value: 'Tên', type: String },
        { value: 'Ngày QĐ', type: String },
        { value: 'Điểm', type: String },
      ],
      [
        { value: 'Chè', type: String },
        { value: new Date(Date.UTC(2024, 4, 20)), type: Date, format: 'dd/mm/yyyy' },
        { value: 78.5, type: Number },
      ],
    ]).toBuffer();
    const [sheet] = await readXlsxSheets(book, 'book.xlsx');
    expect(sheet!.rows).toEqual([
      { row: 1, cells: ['Danh sách', '', ''] },
      { row: 2, cells: ['Tên', 'Ngày QĐ', 'Điểm'] },
      { row: 3, cells: ['Chè', '2024-05-20', '78.5'] },
    ]);
  });

  it('reads a workbook whose ZIP directory gives sizes and offsets in ZIP64 fields', async () => {
    const parts = workbookParts([{ name: 'A', part: { data: sheetXml([['Tên'], ['Chè']]) } }]).map((part) => ({ ...part, zip64: true }));
    const [sheet] = await readXlsxSheets(zip(parts), 'zip64.xlsx');
    expect(sheet).toEqual({
      name: 'A',
      rows: [
        { row: 1, cells: ['Tên'] },
        { row: 2, cells: ['Chè'] },
      ],
    });
  });

  it('refuses a file with the .xlsx extension that is not a ZIP archive, saying what it looks like', async () => {
    const { error } = await refusal(() => readXlsxSheets(Buffer.from('%PDF-1.4 …'), 'export.xlsx'));
    expect(error.message).toBe('"export.xlsx" is not an .xlsx workbook (an .xlsx file is a ZIP archive): it looks like a PDF document');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(() => readXlsxSheets(ole, 'export.xlsx'))).error.message).toMatch(/^"export\.xlsx" is an Excel 97–2003 workbook \(\.xls\)/);
  });

  it('refuses a cut-off workbook: its ZIP directory is missing', async () => {
    const book = xlsx([{ name: 'A', rows: [['x']] }]);
    const { error } = await refusal(() => readXlsxSheets(book.subarray(0, book.length - 30), 'cut.xlsx'));
    expect(error.message).toBe('"cut.xlsx" is not a readable workbook: its ZIP directory is damaged (no end-of-directory record; the file may be cut off)');
  });
});

describe('readXlsxSheets against decompression bombs', () => {
  const books: Record<string, Buffer> = {};
  beforeAll(() => {
    books['150'] = bombXlsx(150 * 1024 * 1024);
    books['1200'] = bombXlsx(1200 * 1024 * 1024);
    books['60'] = bombXlsx(60 * 1024 * 1024);
  });

  it('refuses a workbook inflating to 150 MB quickly, in plain words', async () => {
    const { error, ms } = await refusal(() => readXlsxSheets(books['150']!, 'bomb.xlsx'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe('"bomb.xlsx" would inflate to 150 MB, more than the 100 MB a registry workbook may take: it is not read');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a workbook inflating to 1.2 GB quickly, in plain words', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'ocop-read-xlsx-')), 'bomb.xlsx');
    await writeFile(file, books['1200']!);
    const { error, ms } = await refusal(() => readRawSource(file));
    expect(error.message).toBe('"bomb.xlsx" would inflate to 1200 MB, more than the 100 MB a registry workbook may take: it is not read');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a part that compresses more than any spreadsheet does, even under the size limit', async () => {
    const { error } = await refusal(() => readXlsxSheets(books['60']!, 'bomb.xlsx'));
    expect(error.message).toMatch(
      /^"bomb\.xlsx" looks like a decompression bomb: its part "xl\/worksheets\/sheet1\.xml" would inflate \d{3} times \(0\.2 MB to 60 MB\); a real spreadsheet compresses at most about 200 times$/,
    );
  });

  it('stops inflating a part at the size its directory declares', async () => {
    const chunk = Buffer.from('<row><c><v>1</v></c></row>'.repeat(40_000));
    const lying = repeatedDeflate(chunk, 40); // inflates to about 40 MB, declared as 1 MB
    const book = zip(workbookParts([{ name: 'Sheet1', part: { deflated: lying, declaredSize: 1024 * 1024 } }]));
    const { error, ms } = await refusal(() => readXlsxSheets(book, 'liar.xlsx'));
    expect(error.message).toBe(
      '"liar.xlsx": the part "xl/worksheets/sheet1.xml" inflates to more than the 1,048,576 bytes its directory declares: the workbook is damaged or a decompression bomb',
    );
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a sheet whose one stray value in cell XFD1048576 would make a grid of 17 billion cells', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Tên</t></is></c></row>' +
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
    const book = zip(workbookParts([{ name: 'Sheet1', part: { data: xml } }]));
    const { error, ms } = await refusal(() => readXlsxSheets(book, 'far.xlsx'));
    expect(error.message).toBe(
      '"far.xlsx": the sheet "xl/worksheets/sheet1.xml" reaches cell XFD1048576, a grid of 1,048,576 rows × 16,384 columns, ' +
        'more than the 10,000,000 cells a registry sheet may have: delete the stray values far from the table',
    );
    expect(ms).toBeLessThan(5000);
  });

  it('measures a sheet by the cells that hold a value, whatever their namespace prefix', () => {
    const xml = '<x:sheetData><x:row r="3"><x:c r="B3" t="s"><x:v>0</x:v></x:c><x:c r="AA3" s="2"/><x:c s="1" r="C7"><x:v>1</x:v></x:c></x:row></x:sheetData>';
    expect(sheetExtent(xml)).toEqual({ rows: 7, columns: 3, corner: 'C7' });
  });

  it('refuses a workbook of too many files', async () => {
    const parts = Array.from({ length: 5001 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: '' }));
    const { error } = await refusal(() => readXlsxSheets(zip(parts), 'many.xlsx'));
    expect(error.message).toBe('"many.xlsx" holds 5,001 files; a workbook holds a few dozen (at most 5,000 are read)');
  });

  it('cuts a cell longer than Excel allows at 32,767 characters, with a note on its row', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-read-xlsx-'));
    const file = path.join(dir, 'huge-cell.xlsx');
    await writeFile(
      file,
      xlsx([
        {
          name: 'A',
          rows: [
            ['Tên', 'Mô tả'],
            ['Chè', 'ả'.repeat(100_000)],
          ],
        },
      ]),
    );
    const source = await readRawSource(file);
    const row = source.sheets[0]!.rows[1]!;
    expect(row.cells[1]).toBe('ả'.repeat(32_767));
    expect(row.notes).toEqual(['column 2 had 100,000 characters, more than a spreadsheet cell holds; it was cut at 32,767']);
  });
});
