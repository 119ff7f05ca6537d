/** parseRow on the faults and shapes of real exports: facts given once, lost cells, dates that cannot be, overlong text. */
import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../src/registry/headers.ts';
import { parseRow, type RowContext } from '../../../src/registry/parse-row.ts';

const HEADER = ['STT', 'Tên sản phẩm', 'Chủ thể', 'Loại hình', 'Hạng sao', 'Số, ngày QĐ', 'Phân loại', 'Tỉnh', 'Mô tả'];
const map = mapHeaders(HEADER);
const BASE: Record<string, string> = {
  STT: '1',
  'Tên sản phẩm': 'Nước mắm Phan Thiết',
  'Chủ thể': 'Công ty TNHH Nước mắm Hồng Phát',
  'Loại hình': 'Doanh nghiệp',
  'Hạng sao': '4',
  'Số, ngày QĐ': '3981/QĐ-UBND ngày 05/08/2026',
  'Phân loại': 'Nước mắm',
  Tỉnh: 'Bình Thuận',
};

function parse(values: Record<string, string> = {}, context: RowContext = { asOf: '2026-11-23' }, cells?: string[]) {
  const all = { ...BASE, ...values };
  return parseRow({ row: 7, cells: cells ?? HEADER.map((h) => all[h] ?? '') }, map, context);
}

describe('parseRow on real exports', () => {
  it('reads the number and the date from one "Số, ngày QĐ" cell', () => {
    const parsed = parse();
    expect(parsed.ok && parsed.record.certificate).toMatchObject({ decisionNumber: '3981/QĐ-UBND', decisionDate: '2026-08-05', expiresOn: '2029-08-05' });
  });

  it('takes a decision the row leaves empty from the facts given for the list, and says so', () => {
    const parsed = parse(
      { 'Số, ngày QĐ': '' },
      {
        asOf: '2026-11-23',
        facts: { decisionNumber: { value: '77/QĐ-UBND', source: 'the title (row 2)' }, decisionDate: { value: '2025-03-12', source: 'the title (row 2)' } },
      },
    );
    expect(parsed.ok && parsed.record.certificate).toMatchObject({ decisionNumber: '77/QĐ-UBND', decisionDate: '2025-03-12' });
    expect(parsed.inherited).toEqual([
      { field: 'decisionNumber', value: '77/QĐ-UBND', source: 'the title (row 2)' },
      { field: 'decisionDate', value: '2025-03-12', source: 'the title (row 2)' },
    ]);
  });

  it('quarantines a row with no decision anywhere, saying what is missing', () => {
    const parsed = parse({ 'Số, ngày QĐ': '' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['no-decision']));
  });

  it('quarantines a decision dated after the as-of date: not in force yet', () => {
    const parsed = parse({ 'Số, ngày QĐ': '12/QĐ-UBND ngày 15/06/2030' });
    expect(!parsed.ok && parsed.errors).toEqual([expect.objectContaining({ row: 7, column: 'Số, ngày QĐ', code: 'date-in-future' })]);
  });

  it.each([
    ['1899-12-30', 'serial 0 read as a date'],
    ['1900-02-28', 'serial 60 read as a date'],
    ['2016-05-01', 'before the national programme'],
  ])('refuses %s (%s)', (iso) => {
    const parsed = parse({ 'Số, ngày QĐ': `12/QĐ-UBND ngày ${iso.split('-').reverse().join('/')}` });
    expect(!parsed.ok && parsed.errors.map((e) => e.code)).toContain('date-before-ocop');
  });

  it('quarantines a row whose cell count differs from the header, as Excel\'s "shift cells left" leaves it', () => {
    const cells = HEADER.map((h) => BASE[h] ?? '');
    cells.splice(2, 2);
    const parsed = parse({}, { asOf: '2026-11-23', width: HEADER.length }, cells);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({
      row: 7,
      column: '(row)',
      code: 'cell-count-mismatch',
      reason: expect.stringContaining('7 cells where the header has 9'),
    });
  });

  it('cuts a description longer than its limit, with a warning', () => {
    const parsed = parse({ 'Mô tả': 'Nước mắm truyền thống. '.repeat(400_000 / 23) });
    expect(parsed.ok && parsed.record.description!.length).toBeLessThanOrEqual(5000);
    expect(parsed.warnings).toEqual([expect.objectContaining({ column: 'Mô tả', code: 'text-too-long' })]);
  });

  it('keeps the contacts of a producer whose type is a word it does not know private', () => {
    const parsed = parse({ 'Loại hình': 'Liên danh' });
    expect(parsed.ok && parsed.record.producerType).toBe('household');
  });
});
