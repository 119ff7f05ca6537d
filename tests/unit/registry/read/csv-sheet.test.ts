import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/registry/errors.ts';
import { readCsvSheet } from '../../../../src/registry/read/csv-sheet.ts';

/** 200 records: a header and rows 2…200 of four cells; `edit` rewrites some of them. */
function twoHundredRows(edit: Record<number, string> = {}): string {
  const lines = ['STT,Tên sản phẩm,Tỉnh,Sao'];
  for (let row = 2; row <= 200; row++) lines.push(edit[row] ?? `${row},Sản phẩm ${row},Huế,4`);
  return `${lines.join('\r\n')}\r\n`;
}

describe('readCsvSheet', () => {
  it('numbers rows as the records a spreadsheet shows, counting blank ones and a multi-line cell as one', () => {
    const text = 'DANH SÁCH OCOP 2025\n\nTên,Mô tả\nChè,"Thơm,\nngon"\n,\nGạo,Dẻo\n';
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['DANH SÁCH OCOP 2025'] },
      { row: 3, cells: ['Tên', 'Mô tả'] },
      { row: 4, cells: ['Chè', 'Thơm,\nngon'] },
      { row: 6, cells: ['Gạo', 'Dẻo'] },
    ]);
    expect(sheet.lines).toEqual({ inFile: 7, read: 7 });
    expect(sheet.separator).toBe(',');
  });

  it('recovers a stray quote on row 6 of 200: 200 rows, row 7 still row 7, a note on each recovered row', () => {
    // The quote opened on line 6 closes at the quote before "Huế" on line 8: lines 6–8 run into one record of 3 cells.
    const text = twoHundredRows({ 6: '6,"Bánh gai Tứ Kỳ,Hải Dương,4', 8: '8,Sản phẩm 8,"Huế",4' });
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows).toHaveLength(200);
    expect(sheet.rows.map((r) => r.row)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(sheet.rows[5]).toEqual({
      row: 6,
      cells: ['6', '"Bánh gai Tứ Kỳ', 'Hải Dương', '4'],
      notes: ['a quote (") at the start of column 2 on line 6 was read as a character: it did not close on this line'],
    });
    expect(sheet.rows[6]).toEqual({
      row: 7,
      cells: ['7', 'Sản phẩm 7', 'Huế', '4'],
      notes: ['read on its own line: a quote on line 6 had run lines 6–8 into one row of 3 cells, where rows have 4'],
    });
    expect(sheet.rows[7]).toMatchObject({ row: 8, cells: ['8', 'Sản phẩm 8', 'Huế', '4'] });
    expect(sheet.rows[8]).toEqual({ row: 9, cells: ['9', 'Sản phẩm 9', 'Huế', '4'] });
    expect(sheet.rows[199]).toEqual({ row: 200, cells: ['200', 'Sản phẩm 200', 'Huế', '4'] });
    expect(sheet.lines).toEqual({ inFile: 200, read: 200 });
    expect(sheet.width).toBe(4);
  });

  it('recovers a stray quote that closes in its own column, lines later, in a wide table', () => {
    const header = Array.from({ length: 12 }, (_, i) => `Cột ${i + 1}`).join(',');
    const row = (n: number, name = `Sản phẩm ${n}`) => [n, name, ...Array.from({ length: 10 }, (_, i) => `v${i}`)].join(',');
    // Opens at column 2 of line 3, closes at the inch mark in column 2 of line 5: the record has the usual 12 cells.
    const text = [header, row(1), row(2, '"Bánh gai'), row(3), row(4, 'Rượu 40" độ'), row(5)].join('\n');
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows.map((r) => [r.row, r.cells[1]])).toEqual([
      [1, 'Cột 2'],
      [2, 'Sản phẩm 1'],
      [3, '"Bánh gai'],
      [4, 'Sản phẩm 3'],
      [5, 'Rượu 40" độ'],
      [6, 'Sản phẩm 5'],
    ]);
    expect(sheet.rows[3]!.notes).toEqual([
      'read on its own line: a quote on line 3 had run lines 3–5 into one row, over lines that are whole rows of 12 cells',
    ]);
    expect(sheet.lines).toEqual({ inFile: 6, read: 6 });
  });

  it('recovers a stray quote that the next row closes, in a table of nine columns', () => {
    const header = Array.from({ length: 9 }, (_, i) => `Cột ${i + 1}`).join(',');
    const row = (n: number, last = 'Chè ngon') => [n, `Chè ${n}`, 'HTX Tà Xùa', '4', `${n}/QĐ-UBND`, '01/02/2025', 'Chè', 'Sơn La', last].join(',');
    // Opens at the start of the last cell of line 3; the quote inside line 4's last cell closes it: 9 cells, the usual width.
    const text = [header, row(1), row(2, '"Chè ngon nhất'), row(3, 'Chè "ngon"'), row(4)].join('\n');
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows.map((r) => [r.row, r.cells[0], r.cells[8]])).toEqual([
      [1, 'Cột 1', 'Cột 9'],
      [2, '1', 'Chè ngon'],
      [3, '2', '"Chè ngon nhất'],
      [4, '3', 'Chè "ngon"'],
      [5, '4', 'Chè ngon'],
    ]);
  });

  it('keeps a multi-line description whose lines hold a few commas as one row, in a table of nine columns', () => {
    const header = Array.from({ length: 9 }, (_, i) => `Cột ${i + 1}`).join(',');
    const text = `${header}\n1,Chè,HTX,4,1/QĐ,01/02/2025,Chè,Sơn La,"Chè xanh, thơm, ngọt hậu,\nhái tay, sao chảo, đóng gói, giao nhanh"\n2,Gạo,HTX,3,2/QĐ,01/02/2025,Gạo,Sơn La,Dẻo\n`;
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(sheet.rows[1]!.cells[8]).toBe('Chè xanh, thơm, ngọt hậu,\nhái tay, sao chảo, đóng gói, giao nhanh');
  });

  it('keeps a legitimate multi-line description of the usual width as one row', () => {
    const text = twoHundredRows({ 6: '6,"Bánh gai Tứ Kỳ\nlá gai, gạo nếp\n""ngon""",Hải Dương,4' });
    const sheet = readCsvSheet(text, 'x', 'x.csv');
    expect(sheet.rows).toHaveLength(200);
    expect(sheet.rows[5]).toEqual({ row: 6, cells: ['6', 'Bánh gai Tứ Kỳ\nlá gai, gạo nếp\n"ngon"', 'Hải Dương', '4'] });
    expect(sheet.rows[6]).toEqual({ row: 7, cells: ['7', 'Sản phẩm 7', 'Huế', '4'] });
    expect(sheet.lines).toEqual({ inFile: 202, read: 202 });
  });

  it('accounts for every physical line whatever the line ends', () => {
    for (const text of ['a,b\r\n1,2\r\n', 'a,b\n1,2', 'a,b\r1,"x\ry"\r\r3,4', 'a,b\n\n\n1,2\n', '\n', '"a\n\nb",c\nd,e\n']) {
      const { lines } = readCsvSheet(text, 'x', 'x.csv');
      expect(lines.read, JSON.stringify(text)).toBe(lines.inFile);
    }
  });

  it('refuses a quote that never closes, naming the file, the line and the column', () => {
    const text = twoHundredRows({ 6: '6,Sản phẩm 6,Huế,"4' });
    expect(() => readCsvSheet(text, 'x', 'x.csv')).toThrow(ImportError);
    expect(() => readCsvSheet(text, 'x', 'x.csv')).toThrow(
      '"x.csv", line 6, column 4: a quote opens a cell and is never closed; the rest of the file would become one cell',
    );
  });
});
