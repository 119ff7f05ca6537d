/**
 * Writes content/sources/sample-registry.xlsx: the same data as the bundled
 * sample CSV, as a spreadsheet, so the XLSX path of the importer is exercised on
 * real-looking data. Cells stay text, as registry software exports them.
 *
 *   node scripts/make-sample-xlsx.ts
 */
import { readFile } from 'node:fs/promises';
import writeXlsxFile from 'write-excel-file/node';
import { parseCsv } from '../src/registry/csv.ts';

const SOURCE = 'content/sources/sample-registry.csv';
const TARGET = 'content/sources/sample-registry.xlsx';

const rows = parseCsv(await readFile(SOURCE, 'utf8')).filter((row, index) => index === 0 || row.length > 1 || row[0] !== '');
const data = rows.map((row) => row.map((value) => ({ value, type: String })));
await writeXlsxFile(data, { sheet: 'Danh sach OCOP' }).toFile(TARGET);
console.log(`wrote ${TARGET} (${rows.length - 1} rows)`);
