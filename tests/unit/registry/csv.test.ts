import { describe, expect, it } from 'vitest';
import { countLines, detectSeparator, parseCsv, readRecord } from '../../../src/registry/csv.ts';
import { ImportError } from '../../../src/registry/errors.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('takes semicolons as the delimiter when the header uses them', () => {
    expect(parseCsv('Tên;Tỉnh\nChè;Sơn La')).toEqual([
      ['Tên', 'Tỉnh'],
      ['Chè', 'Sơn La'],
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,c\n1,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });

  it('reads lone-CR line ends as line ends', () => {
    expect(parseCsv('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps what follows a closing quote up to the separator, as spreadsheets do', () => {
    expect(parseCsv('a,b\n"40" độ,x\n')).toEqual([
      ['a', 'b'],
      ['40 độ', 'x'],
    ]);
  });

  it('refuses a text that ends inside a quoted cell, naming the line and column where the quote opened', () => {
    const text = 'Mã,Tên,Tỉnh\nA1,Chè,Sơn La\nA2,"Mật ong\nA3,Gạo,Huế\n';
    expect(() => parseCsv(text)).toThrow(ImportError);
    expect(() => parseCsv(text)).toThrow('line 3, column 2: a quote opens a cell and is never closed; the rest of the file would become one cell');
  });
});

describe('detectSeparator', () => {
  it('detects a semicolon separator outside quoted cells', () => {
    // Every data row has more commas (inside quotes) than semicolons.
    const text = 'Tên;Mô tả;Tỉnh\nChè;"Ngon, rẻ, đẹp, thơm";Sơn La\nGạo;"Dẻo, thơm, sạch, ngon";Điện Biên\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it('detects a comma separator when the semicolons are inside quoted cells', () => {
    const text = 'Tên,Link TMĐT,Tỉnh\nChè,"https://a.vn; https://b.vn; https://c.vn",Sơn La\nGạo,"https://d.vn; https://e.vn",Huế\n';
    expect(detectSeparator(text)).toBe(',');
  });

  it('is not decided by a title line above the header', () => {
    const rows = Array.from({ length: 15 }, (_, i) => `${i + 1},Sản phẩm ${i + 1},Hà Nội,4`);
    const text = ['DANH SÁCH SẢN PHẨM OCOP; NĂM 2025', 'Đơn vị: Sở NN&PTNT; cập nhật 01/2025', 'STT,Tên,Tỉnh,Sao', ...rows].join('\n');
    expect(detectSeparator(text)).toBe(',');
  });

  it('detects a tab separator, as in Excel "Unicode text"', () => {
    expect(detectSeparator('Tên\tTỉnh, thành\tSao\nChè\tThái Nguyên, Việt Nam\t4\n')).toBe('\t');
  });

  it('falls back to a comma when no separator splits a record', () => {
    expect(detectSeparator('một cột\nhai\n')).toBe(',');
  });
});

describe('readRecord', () => {
  it('says how many physical lines a record with a multi-line cell takes, and where that cell opened', () => {
    const text = 'a,b\n1,"x\r\ny\nz",3\n4,5\n';
    const first = readRecord(text, 0, ',');
    const second = readRecord(text, first.end, ',');
    expect(first).toMatchObject({ cells: ['a', 'b'], lines: 1 });
    expect(second).toMatchObject({ cells: ['1', 'x\r\ny\nz', '3'], lines: 3, spans: { line: 0, column: 2 } });
    expect(text.slice(second.end)).toBe('4,5\n');
  });

  it('in line mode takes an unclosed quote as a character and stops at the line end', () => {
    const text = '1,"x, y","Bánh gai,4\n5,"6"\n';
    const record = readRecord(text, 0, ',', 'line');
    expect(record).toMatchObject({ cells: ['1', 'x, y', '"Bánh gai', '4'], lines: 1, literalQuotes: [3] });
    expect(text.slice(record.end)).toBe('5,"6"\n');
  });
});

describe('countLines', () => {
  it('counts lines as an editor numbers them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\r\nb\rc\n\n')).toBe(4);
    expect(countLines('a\nb')).toBe(2);
  });
});
