/** A badge URL keeps answering after its product's row leaves the export. */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routes } from '../../../src/i18n/routes.ts';
import { keepRemovedBadges } from '../../../src/publish/removed-badges.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'removed-badges-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function site(name: string, badges: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [urlPath, body] of Object.entries(badges)) {
    await mkdir(path.dirname(path.join(dir, urlPath)), { recursive: true });
    await writeFile(path.join(dir, urlPath), body);
  }
  return dir;
}

describe('badges of products no longer in the export', () => {
  it('are written again at their URL, in both languages, saying so; badges built tonight are left alone', async () => {
    const live = await site('live', {
      [routes.badge('vi', 'che-con')]: 'live badge',
      [routes.badge('en', 'che-con')]: 'live badge',
      [routes.badge('vi', 'mam-da-bo')]: 'live badge',
      [routes.badge('en', 'mam-da-bo')]: 'live badge',
    });
    const next = await site('next', { [routes.badge('vi', 'che-con')]: 'tonight', [routes.badge('en', 'che-con')]: 'tonight' });
    const liveProducts = [
      { id: 'che-con', name: 'Chè còn' },
      { id: 'mam-da-bo', name: 'Mắm tôm Đã Bỏ' },
    ];
    expect(await keepRemovedBadges(live, liveProducts, next)).toBe(2);
    expect(await readFile(path.join(next, routes.badge('vi', 'che-con')), 'utf8')).toBe('tonight');
    const vi = await readFile(path.join(next, routes.badge('vi', 'mam-da-bo')), 'utf8');
    expect(vi).toContain('không còn trong danh mục');
    expect(vi).toContain('<title id="t">Chứng nhận OCOP của Mắm tôm Đã Bỏ: không còn trong danh mục</title>');
    expect(vi).not.toContain('★');
    expect(await readFile(path.join(next, routes.badge('en', 'mam-da-bo')), 'utf8')).toContain('no longer in the catalogue');
  });

  it('carries forward the badges of products removed on earlier nights, whose names the live data no longer holds', async () => {
    const live = await site('live', { [routes.badge('vi', 'cu-lam')]: '<svg>removed long ago</svg>' });
    const next = await site('next', {});
    expect(await keepRemovedBadges(live, [], next)).toBe(1);
    expect(await readFile(path.join(next, routes.badge('vi', 'cu-lam')), 'utf8')).toBe('<svg>removed long ago</svg>');
  });

  it('adds nothing when the live release has no badges (its first night with them)', async () => {
    const next = await site('next', {});
    await mkdir(next, { recursive: true });
    expect(await keepRemovedBadges(path.join(root, 'live'), [], next)).toBe(0);
    expect(await readdir(next)).toEqual([]);
  });
});
