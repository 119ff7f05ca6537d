import { describe, expect, it } from 'vitest';
import { csvField, exportCsv, spreadsheetCell, spreadsheetCsv } from '../../../src/domain/spreadsheet-csv.ts';

describe('a spreadsheet cell', () => {
  it('leaves plain text alone and writes null and undefined as empty cells', () => {
    expect(spreadsheetCell('Mật ong')).toBe('Mật ong');
    expect(spreadsheetCell(4)).toBe('4');
    expect(spreadsheetCell(false)).toBe('false');
    expect(spreadsheetCell(null)).toBe('');
    expect(spreadsheetCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(spreadsheetCell('Cà phê, ca cao')).toBe('"Cà phê, ca cao"');
    expect(spreadsheetCell('HTX "Xanh"')).toBe('"HTX ""Xanh"""');
    expect(spreadsheetCell('Một\r\nhai')).toBe('"Một\r\nhai"');
  });

  it.each(['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx'])('defuses %j so a spreadsheet never runs it as a formula, and quotes it', (value) => {
    expect(spreadsheetCell(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it('quotes a semicolon, so Excel set to Vietnamese cannot split a formula out of a cell', () => {
    expect(spreadsheetCell('Hội chợ;=HYPERLINK("x")')).toBe('"Hội chợ;=HYPERLINK(""x"")"');
  });

  it('quotes apostrophes and white space at either end, which some readers would change', () => {
    expect(spreadsheetCell("Cư M'gar")).toBe(`"Cư M'gar"`);
    expect(spreadsheetCell(' Mật ong')).toBe('" Mật ong"');
    expect(spreadsheetCell('Mật ong\u00A0')).toBe('"Mật ong\u00A0"');
  });
});

describe('a spreadsheet file', () => {
  it('starts with a byte-order mark, puts the column names first and ends every row with CRLF', () => {
    const columns = [
      { header: 'Tên', value: (row: { name: string; stars?: number }) => row.name },
      { header: 'Sao', value: (row: { name: string; stars?: number }) => row.stars },
    ];
    expect(spreadsheetCsv([{ name: 'Mật ong', stars: 4 }, { name: '=cmd' }], columns)).toBe('\uFEFFTên,Sao\r\nMật ong,4\r\n"\'=cmd",\r\n');
    expect(spreadsheetCsv([], columns)).toBe('\uFEFFTên,Sao\r\n');
  });
});

describe('an export (RFC 4180 alone)', () => {
  it('keeps values as they are, quoting only the separator, quotes and line breaks', () => {
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvField("Cư M'gar")).toBe("Cư M'gar");
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('a; b')).toBe('a; b');
    expect(csvField('a; b', ';')).toBe('"a; b"');
    expect(csvField('a, b', ';')).toBe('a, b');
    expect(csvField('HTX "Xanh"', ';')).toBe('"HTX ""Xanh"""');
    expect(csvField('Một\nhai')).toBe('"Một\nhai"');
  });

  it('writes a whole export: CRLF after every row, no byte-order mark, the chosen separator', () => {
    expect(
      exportCsv([
        ['STT', 'Tên'],
        ['1', 'Cà phê, ca cao'],
      ]),
    ).toBe('STT,Tên\r\n1,"Cà phê, ca cao"\r\n');
    expect(
      exportCsv(
        [
          ['STT', 'Số, ngày QĐ'],
          ['1', 'a; b'],
        ],
        ';',
      ),
    ).toBe('STT;Số, ngày QĐ\r\n1;"a; b"\r\n');
  });
});
