/**
 * The "warm, 1% changed" night: a copy of the export where 1% of the products
 * have a new description (half of them also a new photo) and the certificates
 * of another 1% lapsed the day before the build date. Deterministic: every
 * hundredth product row changes, and the rows half-way between lapse.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { slug } from '../../src/domain/slug.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { exportCsv } from '../../src/domain/spreadsheet-csv.ts';
import { registryDate } from '../fixture/registry-date.ts';

export interface ChangeSummary {
  changed: number;
  newPhotos: number;
  lapsed: number;
}

export async function writeChangedExport(registry: string, out: string, asOf: string): Promise<ChangeSummary> {
  const rows = parseCsv(await readFile(registry, 'utf8')).filter((row) => row.length > 1);
  const header = rows[0]!;
  const at = (name: string) => header.indexOf(name);
  const [description, photo, decided, expires, code] = [at('Mô tả'), at('Ảnh'), at('Ngày QĐ'), at('Ngày hết hạn'), at('Mã SP')];
  const lapseOn = registryDate(Date.parse(`${asOf}T00:00:00Z`) - 86_400_000);
  const summary: ChangeSummary = { changed: 0, newPhotos: 0, lapsed: 0 };
  const imagesDir = path.join(path.dirname(registry), 'images');

  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (index % 100 === 0) {
      row[description] = `${row[description]} Mẫu mới, cập nhật đêm nay.`;
      summary.changed++;
      if (index % 200 === 0 && row[code]) {
        const next = `${slug(row[code]!)}-moi.jpg`;
        const file = path.join(imagesDir, next);
        if (!existsSync(file)) await sharp(path.join(imagesDir, row[photo]!)).negate().jpeg({ quality: 70 }).toFile(file);
        row[photo] = next;
        summary.newPhotos++;
      }
    } else if (index % 100 === 50 && toIso(row[decided] ?? '') < toIso(lapseOn)) {
      row[expires] = lapseOn;
      summary.lapsed++;
    }
  }
  await writeFile(out, exportCsv(rows));
  return summary;
}

function toIso(dmy: string): string {
  const [d, m, y] = dmy.split('/');
  return `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
}
