import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// fflate is read-excel-file's and write-excel-file's zip library; the tests open the XLSX with it.
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIX_SHEETS,
  ISSUE_CODES,
  fixWorkbookBytes,
  paramsOf,
  vietnameseReason,
  writeFixWorkbook,
  type FixWorkbookInput,
} from '../../../src/registry/fix-workbook.ts';

const HEADER = ['STT', 'Mã SP', 'Tên SP', 'Số sao', 'Ngày QĐ', 'Tỉnh', 'Xã'];

/** A small import: two rows to fix, two warnings, three skipped lines. */
function sampleInput(overrides: Partial<FixWorkbookInput> = {}): FixWorkbookInput {
  return {
    file: 'danh-sach-ocop.xlsx',
    sheet: 'DS 2026',
    encoding: 'xlsx',
    asOf: '2026-11-23',
    header: HEADER,
    counts: { rows: 12, published: 8, pending: 1, expired: 1, revoked: 0, superseded: 1, quarantined: 2, skipped: 3, warnings: 2 },
    quarantined: [
      {
        row: 22,
        cells: ['15', 'HD-015', 'Bánh đậu xanh', '2', '31/02/2025', 'Hải Dương', ''],
        issues: [
          { column: 'Ngày QĐ', reason: '"31/02/2025" is not a date (write dd/mm/yyyy)', code: 'not-a-date', params: { value: '31/02/2025' } },
          { column: 'Số sao', reason: '2 stars carry no OCOP certificate (3 stars or more)', code: 'stars-below-certificate', params: { stars: 2 } },
        ],
      },
      {
        row: 9,
        cells: ['4', 'HD-004', '', '4 sao', '20/05/2024', 'Hải Dương', 'Xã Đại Sơn'],
        issues: [
          { column: 'Tên SP', reason: 'the product name is empty', code: 'empty-name' },
          { column: 'Bộ sản phẩm', reason: 'no category given', code: 'no-category' },
        ],
      },
    ],
    warnings: [
      {
        row: 30,
        column: 'Xã',
        reason: 'commune "Xã Hòa Bình Xanh" not found in Tỉnh Đắk Lắk; kept as written',
        code: 'commune-not-found',
        params: { value: 'Xã Hòa Bình Xanh', province: 'Tỉnh Đắk Lắk' },
      },
      {
        row: 14,
        column: 'Ảnh',
        reason: 'image "banh.jpg" is not in images/ beside the export; left out',
        code: 'photo-missing',
        params: { value: 'banh.jpg' },
      },
    ],
    skipped: [
      { row: 1, kind: 'title', text: 'DANH SÁCH SẢN PHẨM OCOP TỈNH HẢI DƯƠNG' },
      { row: 5, kind: 'section', text: 'I. HUYỆN TỨ KỲ' },
      { row: 40, kind: 'total', text: 'Tổng cộng: 12 sản phẩm' },
    ],
    ...overrides,
  };
}

async function written(input: FixWorkbookInput): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'ocop-fix-')), 'reports', 'can-sua.xlsx');
  await writeFixWorkbook(file, input);
  return file;
}

/** The files inside an XLSX, as text. */
async function unzipped(file: string): Promise<Record<string, string>> {
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The XML of the sheet with this name, found through the workbook and its relationships. */
function sheetXml(files: Record<string, string>, name: string): string {
  const id = new RegExp(`<sheet r:id="([^"]+)"[^>]*name="${name}"`).exec(files['xl/workbook.xml']!)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(files['xl/_rels/workbook.xml.rels']!)?.[1];
  return files[`xl/${target}`]!;
}

/** The fill a cell's style points at, or null when the cell has no fill of its own. */
function fillOf(files: Record<string, string>, sheet: string, ref: string): string | null {
  const cell = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheetXml(files, sheet));
  if (!cell) throw new Error(`no cell ${ref}`);
  const styles = files['xl/styles.xml']!;
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  const fills = [...(/<fills[^>]*>(.*?)<\/fills>/s.exec(styles)?.[1] ?? '').matchAll(/<fill>.*?<\/fill>/gs)].map((m) => m[0]);
  const fillId = Number(/fillId="(\d+)"/.exec(xfs[Number(cell[1] ?? 0)] ?? '')?.[1] ?? 0);
  // Fills 0 and 1 are the defaults every workbook carries (none, gray125).
  return fillId > 1 ? fills[fillId]! : null;
}

/** Spreadsheet column letters for a 0-based index. */
const letter = (index: number): string => (index >= 26 ? letter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
/** On "Cần sửa", export column i sits after Dòng and Lý do. */
const fixColumn = (header: string): string => letter(HEADER.indexOf(header) + 2);

afterEach(() => {
  vi.useRealTimers();
});

describe('the rows-to-fix workbook', () => {
  it('lists every quarantined row as written, under the export header, with its row number and Vietnamese reasons', async () => {
    const rows = await readSheet(await written(sampleInput()), FIX_SHEETS.fix);
    expect(rows[0]).toEqual(['Dòng', 'Lý do', ...HEADER]);
    // Sorted by row; cells as written (text stays text), an empty cell stays empty.
    expect(rows[1]).toEqual([9, expect.any(String), '4', 'HD-004', null, '4 sao', '20/05/2024', 'Hải Dương', 'Xã Đại Sơn']);
    expect(rows[2]).toEqual([22, expect.any(String), '15', 'HD-015', 'Bánh đậu xanh', '2', '31/02/2025', 'Hải Dương', null]);
    expect(String(rows[2]![1]).split('\n')).toEqual([
      'Ngày QĐ: “31/02/2025” không phải là ngày hợp lệ (ngày không có trên lịch, hoặc tháng viết trước ngày). Hãy nhập theo dạng ngày/tháng/năm, ví dụ: 20/05/2024.',
      'Số sao: Sản phẩm 2 sao chưa được công nhận OCOP (phải từ 3 sao trở lên). Nếu nhập nhầm, hãy sửa hạng sao; nếu đúng như vậy thì sản phẩm không được đăng, không cần sửa.',
    ]);
  });

  it('highlights the bad cells and leaves the good cells of the same row unfilled', async () => {
    const files = await unzipped(await written(sampleInput()));
    // Row 22 of the export is the sheet's third row.
    expect(fillOf(files, FIX_SHEETS.fix, `${fixColumn('Ngày QĐ')}3`)).toMatch(/patternType="solid".*rgb="FFFFC7CE"/s);
    expect(fillOf(files, FIX_SHEETS.fix, `${fixColumn('Số sao')}3`)).toMatch(/rgb="FFFFC7CE"/);
    expect(fillOf(files, FIX_SHEETS.fix, `${fixColumn('Tên SP')}3`)).toBeNull();
    expect(fillOf(files, FIX_SHEETS.fix, `${fixColumn('Mã SP')}3`)).toBeNull();
    // An empty bad cell is highlighted too: the clerk sees where to type.
    expect(fillOf(files, FIX_SHEETS.fix, `${fixColumn('Tên SP')}2`)).toMatch(/rgb="FFFFC7CE"/);
    // The header row is frozen, and so are Dòng and Lý do.
    expect(sheetXml(files, FIX_SHEETS.fix)).toMatch(/<pane [^>]*ySplit="1"[^>]*xSplit="2"[^>]*state="frozen"/);
  });

  it('lists an issue whose column is not in the export without highlighting any cell', async () => {
    const file = await written(sampleInput());
    const rows = await readSheet(file, FIX_SHEETS.fix);
    expect(String(rows[1]![1])).toContain('Bộ sản phẩm: Chưa có ngành hoặc bộ sản phẩm.');
    const files = await unzipped(file);
    const filled = HEADER.filter((header) => fillOf(files, FIX_SHEETS.fix, `${fixColumn(header)}2`) !== null);
    expect(filled).toEqual(['Tên SP']);
  });

  it('lists each warning with its column, kind and Vietnamese reason', async () => {
    const rows = await readSheet(await written(sampleInput()), FIX_SHEETS.warnings);
    expect(rows).toEqual([
      ['Dòng', 'Cột', 'Loại', 'Lý do'],
      [
        14,
        'Ảnh',
        'Ảnh sản phẩm',
        'Không tìm thấy ảnh “banh.jpg” trong thư mục images/ cạnh tệp xuất. Sản phẩm được đăng không có ảnh; hãy chép ảnh vào thư mục đó hoặc sửa tên tệp cho đúng.',
      ],
      [
        30,
        'Xã',
        'Chưa xác định được xã/phường',
        'Không tìm thấy xã/phường “Xã Hòa Bình Xanh” trong Tỉnh Đắk Lắk. Sản phẩm vẫn được đăng với địa chỉ như đã ghi; hãy kiểm tra lại tên xã (tên hiện nay hoặc tên trước ngày 01/07/2025).',
      ],
    ]);
  });

  it('lists each skipped line with what it was and its text', async () => {
    const rows = await readSheet(await written(sampleInput()), FIX_SHEETS.skipped);
    expect(rows).toEqual([
      ['Dòng', 'Loại dòng', 'Nội dung'],
      [1, 'tiêu đề', 'DANH SÁCH SẢN PHẨM OCOP TỈNH HẢI DƯƠNG'],
      [5, 'đề mục', 'I. HUYỆN TỨ KỲ'],
      [40, 'dòng tổng', 'Tổng cộng: 12 sản phẩm'],
    ]);
  });

  it('summarises the source, the counts and what to do', async () => {
    const rows = await readSheet(await written(sampleInput()), FIX_SHEETS.summary);
    const value = (label: string): unknown => rows.find((row) => row[0] === label)?.[1];
    expect(value('Tệp')).toBe('danh-sach-ocop.xlsx');
    expect(value('Trang tính')).toBe('DS 2026');
    expect(value('Mã hóa ký tự')).toBe('xlsx');
    expect(value('Ngày áp dụng')).toBe('23/11/2026');
    expect({
      rows: value('Số dòng dữ liệu'),
      published: value('Được đăng (còn sao)'),
      pending: value('trong đó đang chờ đánh giá lại'),
      expired: value('Hết hạn'),
      revoked: value('Bị thu hồi'),
      superseded: value('Thay bằng quyết định mới hơn'),
      quarantined: value('Cần sửa (chưa đăng)'),
      skipped: value('Bỏ qua (không phải sản phẩm)'),
      warnings: value('Cảnh báo'),
    }).toEqual({ rows: 12, published: 8, pending: 1, expired: 1, revoked: 0, superseded: 1, quarantined: 2, skipped: 3, warnings: 2 });
    const prose = rows.map((row) => row[0]).join('\n');
    expect(prose).toContain('Có 2 dòng chưa được đăng vì có lỗi: xem trang “Cần sửa”.');
    expect(prose).toContain('không sửa trong tệp này');
  });

  it('says there is nothing to fix when no row was quarantined, and still summarises', async () => {
    const input = sampleInput({ quarantined: [], warnings: [], skipped: [], counts: { rows: 3, published: 3 } });
    delete input.sheet; // a CSV export has no sheet
    const file = await written(input);
    expect(await readSheet(file, FIX_SHEETS.fix)).toEqual([['Không có dòng nào cần sửa.']]);
    expect(await readSheet(file, FIX_SHEETS.warnings)).toEqual([['Không có cảnh báo nào.']]);
    expect(await readSheet(file, FIX_SHEETS.skipped)).toEqual([['Không có dòng nào bị bỏ qua.']]);
    const summary = await readSheet(file, FIX_SHEETS.summary);
    expect(summary.map((row) => row[0])).toContain('Không có dòng nào cần sửa.');
    expect(summary.find((row) => row[0] === 'Trang tính')?.[1]).toBe('—');
    expect(summary.find((row) => row[0] === 'Cần sửa (chưa đăng)')?.[1]).toBe(0);
  });

  it('gives the same bytes for the same input, whatever the clock says', async () => {
    // fflate stamps zip entries with the current time; the module stamps them with the as-of date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T19:00:01Z'));
    const first = await fixWorkbookBytes(sampleInput());
    vi.setSystemTime(new Date('2027-03-04T05:06:07Z'));
    const second = await fixWorkbookBytes(sampleInput());
    expect(second.equals(first)).toBe(true);
    // The first entry's local header carries 23/11/2026, 00:00 (MS-DOS date and time).
    expect(first.readUInt16LE(10)).toBe(0);
    expect(first.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
  });

  it('replaces an earlier workbook in one rename, leaving no temporary file', async () => {
    const file = await written(sampleInput());
    await writeFixWorkbook(file, sampleInput({ quarantined: [] }));
    expect(await readdir(path.dirname(file))).toEqual(['can-sua.xlsx']);
    expect(await readSheet(file, FIX_SHEETS.fix)).toEqual([['Không có dòng nào cần sửa.']]);
  });
});

describe('vietnameseReason', () => {
  it('falls back to the English reason when the code is unknown or absent', () => {
    expect(vietnameseReason({ reason: 'something new went wrong' })).toBe('something new went wrong');
    expect(vietnameseReason({ reason: 'something new went wrong', code: 'not-yet-translated' })).toBe('something new went wrong');
  });

  it('writes numbers with a decimal comma and dates as dd/mm/yyyy', () => {
    expect(vietnameseReason({ reason: '', code: 'score-contradicts-stars', params: { score: 62.5, stars: 4 } })).toBe(
      '62,5 điểm không khớp với 4 sao: 4 sao là từ 70 đến dưới 90 điểm. Hãy kiểm tra lại điểm hoặc hạng sao theo quyết định công nhận.',
    );
    expect(vietnameseReason({ reason: '', code: 'expiry-before-decision', params: { expiresOn: '2024-01-31', decisionDate: '2024-05-20' } })).toBe(
      'Ngày hết hạn 31/01/2024 có trước ngày quyết định 20/05/2024. Hãy kiểm tra lại hai ngày này.',
    );
  });

  it('reads as a sentence for every code, with or without its parameters', () => {
    for (const code of ISSUE_CODES) {
      const bare = vietnameseReason({ reason: 'English', code });
      const full = vietnameseReason({ reason: 'English', code, params: Object.fromEntries(paramsOf(code).map((p) => [p, p === 'stars' ? 4 : 'X'])) });
      for (const text of [bare, full]) {
        expect(text, code).not.toMatch(/undefined|null|“”|\(\)| {2}| [,;:]| \.(?![a-z])|^\s/);
        expect(text, code).toMatch(/[.]$/);
        expect(text, code).not.toBe('English');
      }
    }
  });
});
