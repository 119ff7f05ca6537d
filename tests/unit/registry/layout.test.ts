import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/registry/errors.ts';
import { classifyRow, findTable, type LayoutSheet } from '../../../src/registry/layout.ts';
import { mapHeaders } from '../../../src/registry/headers.ts';

/** A sheet from rows of cells; `null` leaves a blank row (its number is kept, as the reader does). */
function sheet(rows: Array<string[] | null>, name = 'Danh sách'): LayoutSheet {
  return { name, rows: rows.flatMap((cells, index) => (cells ? [{ row: index + 1, cells }] : [])) };
}

const HEADER = ['STT', 'Tên sản phẩm', 'Chủ thể sản xuất', 'Địa chỉ', 'Phân loại', 'Hạng sao'];

describe('finding the table in a sheet', () => {
  it('finds the header below title lines, a blank line and a merged title cell', () => {
    const table = findTable([
      sheet([
        ['DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP TỈNH LÂM ĐỒNG', '', '', '', '', ''],
        ['(Kèm theo Quyết định số 3981/QĐ-UBND ngày 05/08/2026 của UBND tỉnh Lâm Đồng)', '', '', '', '', ''],
        null,
        HEADER,
        ['1', 'Cà phê bột Thuận Hà', 'HTX Nông nghiệp Thuận Hà', 'Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông', 'Đồ uống', '3 sao'],
      ]),
    ]);
    expect(table.headerRows).toEqual([4]);
    expect(table.columns.columns).toMatchObject({ name: 1, producer: 2, street: 3, category: 4, stars: 5 });
    expect(table.titleLines.map((line) => line.row)).toEqual([1, 2]);
    expect(table.rows.map((row) => row.row)).toEqual([5]);
    expect(table.skipped).toEqual([
      { row: 1, kind: 'title', text: 'DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP TỈNH LÂM ĐỒNG' },
      { row: 2, kind: 'title', text: '(Kèm theo Quyết định số 3981/QĐ-UBND ngày 05/08/2026 của UBND tỉnh Lâm Đồng)' },
    ]);
  });

  it('reads a two-row header: a merged group title over the real column names', () => {
    const table = findTable([
      sheet([
        ['STT', 'Tên sản phẩm', 'Chủ thể', 'Kết quả đánh giá', '', 'Quyết định công nhận', ''],
        ['', '', '', 'Điểm', 'Hạng sao', 'Số', 'Ngày'],
        ['1', 'Trà Ô long', 'Công ty TNHH Trà Tâm Châu', '78', '4', '1234/QĐ-UBND', '20/05/2024'],
      ]),
    ]);
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.columns).toMatchObject({ name: 1, producer: 2, score: 3, stars: 4, decisionNumber: 5, decisionDate: 6 });
    expect(table.columns.headers.decisionDate).toBe('Quyết định công nhận / Ngày');
    expect(table.rows.map((row) => row.row)).toEqual([3]);
  });

  it('skips the row of column numbers under the header', () => {
    const table = findTable([sheet([HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], ['1', 'Mật ong', 'HTX A', 'xã B', 'Mật ong', '4']])]);
    expect(table.skipped).toEqual([{ row: 2, kind: 'column-numbers', text: '(1) · (2) · (3) · (4) · (5) · (6)' }]);
    expect(table.rows.map((row) => row.row)).toEqual([3]);
  });

  it('reports section headings and totals as skipped, never as products', () => {
    const table = findTable([
      sheet([
        HEADER,
        ['I', 'HUYỆN ĐỨC TRỌNG', '', '', '', ''],
        ['1', 'Khoai lang cấp đông', 'Công ty CP Nông sản thực phẩm Lâm Đồng', 'xã Hiệp An', 'Thực phẩm', '4 sao'],
        ['II. HUYỆN ĐẮK SONG CŨ', '', '', '', '', ''],
        ['2', 'Hồ tiêu hữu cơ', 'HTX Hồ tiêu hữu cơ Bình Tiến', 'xã Hưng Bình', 'Thực phẩm', '3 sao'],
        ['3', '', '', '', '', ''],
        ['Tổng cộng: 2 sản phẩm', '', '', '', '', ''],
      ]),
    ]);
    expect(table.rows.map((row) => row.row)).toEqual([3, 5]);
    expect(table.skipped.map(({ row, kind }) => ({ row, kind }))).toEqual([
      { row: 2, kind: 'section' },
      { row: 4, kind: 'section' },
      { row: 6, kind: 'blank' },
      { row: 7, kind: 'total' },
    ]);
  });

  it('gives the rows under a heading the district it names, until the next heading, and keeps the province named before', () => {
    const table = findTable([
      sheet([
        HEADER,
        ['I. UBND TỈNH LÂM ĐỒNG', '', '', '', '', ''],
        ['1', 'Trà Atiso', 'Công ty CP Ladophar', '', 'Thảo dược', '5 sao'],
        ['II. HUYỆN ĐẮK SONG CŨ', '', '', '', '', ''],
        ['2', 'Hồ tiêu', 'HTX Bình Tiến', 'xã Hưng Bình', 'Thực phẩm', '3 sao'],
      ]),
    ]);
    expect(table.rows[0]!.section.province).toEqual({ value: 'LÂM ĐỒNG', row: 2 });
    expect(table.rows[0]!.section.district).toBeUndefined();
    expect(table.rows[1]!.section.district).toEqual({ value: 'HUYỆN ĐẮK SONG', row: 4 });
    expect(table.rows[1]!.section.province).toEqual({ value: 'LÂM ĐỒNG', row: 2 });
  });

  it('keeps a top heading under its sub-headings', () => {
    const table = findTable([
      sheet([
        HEADER,
        ['I', 'TỈNH ĐẮK NÔNG CŨ', '', '', '', ''],
        ['1', 'Huyện Đắk Song', '', '', '', ''],
        ['1', 'Hồ tiêu', 'HTX Bình Tiến', 'xã Hưng Bình', 'Thực phẩm', '3 sao'],
      ]),
    ]);
    expect(table.rows[0]!.section).toMatchObject({ province: { value: 'ĐẮK NÔNG', row: 2 }, district: { value: 'Huyện Đắk Song', row: 3 } });
  });

  it('picks the sheet that holds the table when a cover sheet comes first', () => {
    const table = findTable([
      sheet([['HƯỚNG DẪN'], ['Điền mỗi sản phẩm trên một dòng.'], ['Cột Hạng sao ghi 3, 4 hoặc 5.']], 'Hướng dẫn'),
      sheet([HEADER, ['1', 'Mật ong', 'HTX A', 'xã B', 'Mật ong', '4']], 'Sản phẩm'),
    ]);
    expect(table.sheet).toBe('Sản phẩm');
  });

  it('says which rows it looked at when no header names enough columns', () => {
    expect(() => findTable([sheet([['Báo cáo tháng'], ['Số liệu', 'Giá trị']])])).toThrow(ImportError);
    expect(() => findTable([sheet([['Báo cáo tháng'], ['Số liệu', 'Giá trị']])], undefined, 'bao-cao.xlsx')).toThrow(
      /^"bao-cao.xlsx" has no header row: .* Sheet "Danh sách" begins row 1: Báo cáo tháng; row 2: Số liệu · Giá trị\./,
    );
  });
});

describe('classifyRow', () => {
  const columns = mapHeaders(HEADER);
  it('keeps a row that names only a product as a product, to be quarantined with its reasons', () => {
    expect(classifyRow(['5', 'Mật ong rừng', '', '', '', ''], columns)).toBe('product');
  });
  it('reads a row with only an STT as blank', () => {
    expect(classifyRow(['12', '', '', '', '', ''], columns)).toBe('blank');
  });
  it('reads a heading written in the product column as a heading', () => {
    expect(classifyRow(['', 'HUYỆN LÂM HÀ', '', '', '', ''], columns)).toBe('section');
  });
});
