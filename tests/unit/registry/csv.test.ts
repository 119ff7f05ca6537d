import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/registry/csv.ts';

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
});
