/**
 * The import on the faults of real files, through the real import: a stray quote
 * loses no row and shifts no row number, a quote that never closes stops the file
 * naming its line, a UTF-16 export is read and says so, date cells holding 0 or 60
 * are refused, and every quarantined row reaches the office's workbook.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ImportError, importRegistry } from '../../src/registry/import.ts';
import { formatSummary } from '../../src/registry/report.ts';
import type { Product } from '../../src/schemas/product.ts';

const HEADER = 'Mã SP,Tên sản phẩm,Chủ thể,Hạng sao,Số QĐ,Ngày QĐ,Nhóm,Tỉnh,Mô tả';
const AS_OF = '2026-11-23';

function rows(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `SL-${i + 1},Chè shan tuyết ${i + 1},HTX Tà Xùa,4,${i + 1}/QĐ-UBND,01/02/2025,Chè tươi chè chế biến,Sơn La,Chè ngon`,
  );
}

async function importText(name: string, content: string | Buffer) {
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-faults-'));
  const input = path.join(work, name);
  await writeFile(input, content);
  const report = await importRegistry({ input, asOf: AS_OF, outDir: path.join(work, 'out'), reportFile: path.join(work, 'report.json') });
  const products = JSON.parse(await readFile(path.join(work, 'out', 'products.json'), 'utf8')) as Product[];
  return { report, products, work };
}

describe('faults of real files', () => {
  it('loses no row to a stray quote in row 6 of 200 that closes in row 7, and keeps every later row number', async () => {
    const data = rows(200);
    // The quote opens a cell of row 6; the next quote, in row 7, would close it and make rows 6 and 7 one.
    data[4] = data[4]!.replace('Chè ngon', '"Chè ngon nhất vùng');
    data[5] = data[5]!.replace('Chè ngon', 'Chè "ngon"');
    const { report, products } = await importText('stray.csv', `${HEADER}\n${data.join('\n')}\n`);
    expect(report.counts.rows).toBe(200);
    expect(report.counts.published).toBe(200);
    expect(products.find((p) => p.code === 'SL-6')?.sourceRow).toBe(7);
    expect(products.find((p) => p.code === 'SL-7')?.sourceRow).toBe(8);
    expect(products.find((p) => p.code === 'SL-200')?.sourceRow).toBe(201);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 6, reason: expect.stringContaining('quote') }));
  });

  it('stops on a quote that never closes (the rest of the file would be one cell), naming the line where it opened', async () => {
    const data = rows(20);
    data[9] = data[9]!.replace('Chè ngon', '"Chè ngon');
    const work = await mkdtemp(path.join(tmpdir(), 'ocop-faults-'));
    const input = path.join(work, 'unclosed.csv');
    await writeFile(input, `${HEADER}\n${data.join('\n')}\n`);
    const run = importRegistry({ input, asOf: AS_OF, outDir: path.join(work, 'out'), reportFile: path.join(work, 'report.json') });
    await expect(run).rejects.toBeInstanceOf(ImportError);
    await expect(run).rejects.toThrow(/line 11, column 9: a quote opens a cell and is never closed/);
  });

  it('reads an export saved as UTF-16 ("Unicode text", tab separated) and names the encoding', async () => {
    const text = `${HEADER}\n${rows(5).join('\n')}\n`.replaceAll(',', '\t');
    const { report } = await importText('unicode.txt', iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(report.counts.published).toBe(5);
    expect(report.source.encoding).toBe('utf-16le');
    expect(formatSummary(report, { outDir: 'out', reportFile: 'report.json' })).toContain('utf-16le');
  });

  it('refuses date cells holding 0 or 60 (read as 1899 and 1900) and publishes the rest', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ocop-faults-'));
    const input = path.join(work, 'dates.xlsx');
    const header = HEADER.split(',').map((value) => ({ value }));
    const row = (code: string, date: Date) =>
      [code, `Chè ${code}`, 'HTX Tà Xùa', '4', `${code}/QĐ-UBND`, date, 'Chè tươi chè chế biến', 'Sơn La', ''].map((value) =>
        value instanceof Date ? { value, type: Date, format: 'dd/mm/yyyy' } : { value },
      );
    const epoch = Date.UTC(1899, 11, 30);
    await writeXlsxFile([
      header,
      row('A', new Date(epoch)),
      row('B', new Date(epoch + 60 * 86_400_000)),
      row('C', new Date(Date.UTC(2025, 1, 1))),
    ] as never).toFile(input);
    const report = await importRegistry({ input, asOf: AS_OF, outDir: path.join(work, 'out'), reportFile: path.join(work, 'report.json') });
    expect(report.counts.published).toBe(1);
    expect(report.quarantined.map((q) => [q.row, q.code])).toEqual([
      [2, 'date-before-ocop'],
      [3, 'date-before-ocop'],
    ]);
  });

  it('publishes a row with a 5 MB description, cut to the published limit, with a warning', async () => {
    const data = rows(2);
    data[0] = data[0]!.replace('Chè ngon', `"${'Chè ngon, nước xanh. '.repeat(250_000)}"`);
    const { report, products } = await importText('long.csv', `${HEADER}\n${data.join('\n')}\n`);
    expect(products.find((p) => p.code === 'SL-1')!.description!.length).toBeLessThanOrEqual(5000);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 2, code: 'text-too-long' }));
  });

  it("puts every quarantined row, as exported, in the office's workbook with its reasons", async () => {
    const data = rows(6);
    data[1] = data[1]!.replace(',4,', ',2,');
    data[3] = data[3]!.replace('01/02/2025', '31/02/2025');
    const { report, work } = await importText('bad.csv', `${HEADER}\n${data.join('\n')}\n`);
    expect(report.counts.quarantined).toBe(2);
    const sheet = await readSheet(await readFile(path.join(work, 'rows-to-fix.xlsx')), 'Cần sửa');
    expect(sheet.slice(1).map((row) => [String(row[0]), String(row[2])])).toEqual([
      ['3', 'SL-2'],
      ['5', 'SL-4'],
    ]);
    expect(String(sheet[2]![1])).toContain('31/02/2025');
  });
});
