/**
 * Product photos. The Ảnh column holds an http(s) link, published as is, or a
 * file name looked up in the `images/` folder beside the export; found files are
 * copied into the output's `images/`, and a name with no file is reported.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RowIssue } from './errors.ts';
import type { IdentifiedRecord } from './identity.ts';

export interface ImagePlan {
  /** Product id → the value of its public `image` field. */
  imageOf: Map<string, string>;
  /** File names to copy from `sourceDir`. */
  files: string[];
  sourceDir: string;
  warnings: RowIssue[];
}

export function planImages(records: IdentifiedRecord[], exportFile: string, column: string): ImagePlan {
  const sourceDir = path.join(path.dirname(exportFile), 'images');
  const imageOf = new Map<string, string>();
  const files = new Set<string>();
  const warnings: RowIssue[] = [];
  const exists = new Map<string, boolean>();
  for (const record of records) {
    const image = record.image;
    if (!image) continue;
    if (/^https?:\/\//i.test(image)) {
      imageOf.set(record.id, image);
      continue;
    }
    let found = exists.get(image);
    if (found === undefined) exists.set(image, (found = existsSync(path.join(sourceDir, image))));
    if (found) {
      imageOf.set(record.id, image);
      files.add(image);
    } else warnings.push({ row: record.row, column, reason: `image "${image}" is not in images/ beside the export; left out` });
  }
  return { imageOf, files: [...files].sort(), sourceDir, warnings };
}
