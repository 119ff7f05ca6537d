/** The shelf QR codes: one per current product and language, drawn once, linked into the site. */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishQrCodes, qrCodesOf } from '../../../src/pipeline/qr-codes.ts';

const certificate = (expiresOn: string, status: 'active' | 'revoked' = 'active') => ({
  stars: 4 as const,
  decisionNumber: '1/QĐ',
  decisionDate: '2023-01-10',
  expiresOn,
  status,
});
const PRODUCTS = [
  { id: 'che-thai-nguyen', certificate: certificate('2027-01-10') },
  { id: 'mam-tom-het-han', certificate: certificate('2025-01-10') },
  { id: 'nuoc-mam-thu-hoi', certificate: certificate('2027-01-10', 'revoked') },
];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qr-codes-'));
  vi.stubEnv('OCOP_CACHE_DIR', path.join(root, 'cache'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('shelf QR codes', () => {
  it('are made for products whose stars are shown, in both languages, opening the product page', () => {
    expect(qrCodesOf(PRODUCTS, '2026-11-23', 'https://ocop.example.vn')).toEqual([
      { path: '/qr/che-thai-nguyen.svg', target: 'https://ocop.example.vn/san-pham/che-thai-nguyen/' },
      { path: '/en/qr/che-thai-nguyen.svg', target: 'https://ocop.example.vn/en/products/che-thai-nguyen/' },
    ]);
  });

  it('are linked into the site from the cache, so a later build draws nothing', async () => {
    const codes = qrCodesOf(PRODUCTS, '2026-11-23', 'https://ocop.example.vn');
    const first = path.join(root, 'first');
    expect(await publishQrCodes(codes, first)).toBe(2);
    const svg = await readFile(path.join(first, 'qr/che-thai-nguyen.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).not.toBe(await readFile(path.join(first, 'en/qr/che-thai-nguyen.svg'), 'utf8')); // different pages

    const drawn = await readdir(path.join(root, 'cache'), { recursive: true });
    const second = path.join(root, 'second');
    await publishQrCodes(codes, second);
    expect(await readdir(path.join(root, 'cache'), { recursive: true })).toEqual(drawn);
    const [a, b] = await Promise.all([stat(path.join(first, 'qr/che-thai-nguyen.svg')), stat(path.join(second, 'qr/che-thai-nguyen.svg'))]);
    expect(b.ino).toBe(a.ino); // the same cached file, not a copy
  });
});
