import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/search/csv.ts';

describe('the CSV download', () => {
  it('starts with a byte-order mark and ends rows with CRLF, so Excel reads Vietnamese', () => {
    const text = toCsv([{ name: 'Mật ong' }], [{ header: 'Tên', value: (r) => r.name }]);
    expect(text).toBe('\uFEFFTên\r\nMật ong\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Cà phê, ca cao')).toBe('"Cà phê, ca cao"');
    expect(csvCell('HTX "Xanh"')).toBe('"HTX ""Xanh"""');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+84 123')).toBe("'+84 123");
  });
});
