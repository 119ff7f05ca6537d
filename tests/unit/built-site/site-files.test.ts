import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../../src/built-site/site-files.ts';

/** As many photo files in one folder as a 50,000-product site has: the size that once broke the listing. */
const PHOTO_FILES = 150_000;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  mkdirSync(path.join(root, 'photos'));
  for (let i = 0; i < PHOTO_FILES; i++) writeFileSync(path.join(root, 'photos', `${i}.webp`), '');
  mkdirSync(path.join(root, 'san-pham', 'x'), { recursive: true });
  writeFileSync(path.join(root, 'san-pham', 'x', 'index.html'), '<h1>x</h1>');
  mkdirSync(path.join(root, 'search-index', 'vi'), { recursive: true });
  writeFileSync(path.join(root, 'search-index', 'vi.json'), '{"pages": 1}');
  writeFileSync(path.join(root, 'search-index', 'vi', 'd-0.json'), '[]');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readSiteFiles', () => {
  it('lists a national site, whose photo folder alone holds 150,000 files', async () => {
    const files = await readSiteFiles(root);
    expect(files.paths.size).toBe(PHOTO_FILES + 3);
    expect(files.paths.has('/photos/149999.webp')).toBe(true);
    expect(files.text.get('/san-pham/x/index.html')).toBe('<h1>x</h1>');
    expect(files.text.has('/photos/0.webp')).toBe(false); // binary: listed, not read
  });

  it('reads all but one top-level folder, or only that one', async () => {
    const pages = await readSiteFiles(root, { except: '/search-index' });
    expect([...pages.paths].filter((p) => !p.startsWith('/photos/'))).toEqual(['/san-pham/x/index.html']);
    const index = await readSiteFiles(root, { only: '/search-index' });
    expect([...index.paths].sort()).toEqual(['/search-index/vi.json', '/search-index/vi/d-0.json']);
    expect(index.text.get('/search-index/vi.json')).toBe('{"pages": 1}');
  });

  it('reads nothing of a folder that does not exist yet', async () => {
    const files = await readSiteFiles(root, { only: '/no-such-folder' });
    expect(files.paths.size).toBe(0);
  });
});
