import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readSource } from '../../../src/registry/read-source.ts';
import { ImportError } from '../../../src/registry/errors.ts';
import { toWindows1258 } from '../../fixtures/registry/windows-1258.ts';

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    const decoded = decodeText(Buffer.from('\uFEFFTên,Tỉnh', 'utf8'));
    expect(decoded).toEqual({ text: 'Tên,Tỉnh', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1258 and recomposes the tone marks', () => {
    const bytes = iconv.encode(toWindows1258('Mật ong rừng Đắk Lắk'), 'windows-1258');
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe('Mật ong rừng Đắk Lắk');
  });
});

describe('readSource', () => {
  it('numbers rows as the spreadsheet does and skips blank rows', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-read-'));
    const file = path.join(dir, 'x.csv');
    await writeFile(file, 'Tên,Tỉnh\nA,Sơn La\n,\nB,Huế\n');
    const table = await readSource(file);
    expect(table.file).toBe('x.csv');
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('refuses an unknown extension and a missing file with an ImportError', async () => {
    await expect(readSource('registry.pdf')).rejects.toBeInstanceOf(ImportError);
    await expect(readSource(path.join(tmpdir(), 'does-not-exist.csv'))).rejects.toBeInstanceOf(ImportError);
  });
});
