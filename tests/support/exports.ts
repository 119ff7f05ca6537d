/** Variants of the bundled sample export, written into a test's temporary folder. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';

export const SAMPLE = path.resolve('content/sources/sample-registry.csv');

async function sampleText(): Promise<string> {
  return readFile(SAMPLE, 'utf8');
}

/** Writes `name` beside a copy of the sample's images folder and returns its path. */
export async function writeExport(dir: string, name: string, content: string | Buffer): Promise<string> {
  await cp(path.join(path.dirname(SAMPLE), 'images'), path.join(dir, 'images'), { recursive: true, force: true });
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** The sample cut off in the middle of its last row, as an interrupted transfer leaves it. */
export async function truncatedMidRow(dir: string): Promise<string> {
  const text = await sampleText();
  const lastRowStart = text.replace(/\n$/, '').lastIndexOf('\n') + 1;
  const cut = text.slice(0, lastRowStart + Math.floor((text.length - lastRowStart) / 2));
  return writeExport(dir, 'truncated.csv', cut);
}

/** The header and only the first half of the rows. */
export async function halfTheRows(dir: string): Promise<string> {
  const [header, ...rows] = lines(await sampleText());
  return writeExport(dir, 'half.csv', `${[header, ...rows.slice(0, Math.floor(rows.length / 2))].join('\n')}\n`);
}

/** The sample without the rows of one product code prefix (a province's worth of products). */
export async function withoutRows(dir: string, drop: (line: string) => boolean, name = 'shrunk.csv'): Promise<string> {
  const [header, ...rows] = lines(await sampleText());
  return writeExport(dir, name, `${[header, ...rows.filter((row) => !drop(row))].join('\n')}\n`);
}

/** The sample whose star column was renamed to something no alias knows. */
export async function missingColumn(dir: string): Promise<string> {
  const text = await sampleText();
  return writeExport(dir, 'no-stars.csv', text.replace('Hạng sao', 'Ghi chú khác'));
}

export async function emptyFile(dir: string): Promise<string> {
  return writeExport(dir, 'empty.csv', '');
}

/** The sample saved as UTF-16 (what "Unicode text" means in some spreadsheet programs). */
export async function wrongEncoding(dir: string): Promise<string> {
  return writeExport(dir, 'utf16.csv', iconv.encode(await sampleText(), 'utf-16le', { addBOM: true }));
}

export async function sampleCopy(dir: string): Promise<string> {
  return writeExport(dir, 'sample-registry.csv', await sampleText());
}
