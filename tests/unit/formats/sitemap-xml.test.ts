import { describe, expect, it } from 'vitest';
import { SITEMAP_MAX_URLS, sitemapFiles, sitemapIndexXml, type SitemapEntry } from '../../../src/formats/sitemap-xml.ts';

const absolute = (path: string) => `https://ocop.example.vn${path}`;
const entries = (n: number, lastmod = (i: number) => `2026-0${1 + (i % 9)}-15`): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ path: `/san-pham/p-${i}/`, lastmod: lastmod(i) }));
const urlCount = (xml: string) => xml.match(/<url>/g)?.length ?? 0;

describe('sitemap files', () => {
  it('a national site is split into files of at most 45,000 URLs, a page and its English twin in one file', () => {
    // 25,000 products × 2 languages = 50,000 URLs: over the protocol's limit in one file.
    const files = sitemapFiles(entries(25_000), absolute);
    expect(files.length).toBe(2);
    expect(files.map((file) => urlCount(file.xml))).toEqual([SITEMAP_MAX_URLS, 50_000 - SITEMAP_MAX_URLS]);
    expect(files[0]!.xml).toContain('<loc>https://ocop.example.vn/en/products/p-22499/</loc>');
    expect(files[1]!.xml).toContain('<loc>https://ocop.example.vn/san-pham/p-22500/</loc>');
  });

  it('cuts by bytes too, never past the limit', () => {
    const files = sitemapFiles(entries(100), absolute, SITEMAP_MAX_URLS, 20_000);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(20_000);
    expect(files.reduce((n, file) => n + urlCount(file.xml), 0)).toBe(200);
  });

  it('writes lastmod only where the data gives one, and the index carries each file’s latest', () => {
    const files = sitemapFiles([{ path: '/', lastmod: '2026-10-01' }, { path: '/gioi-thieu/' }, { path: '/san-pham/a/', lastmod: '2026-11-02' }], absolute);
    expect(files).toHaveLength(1);
    expect(files[0]!.lastmod).toBe('2026-11-02');
    expect(files[0]!.xml).toMatch(/<url><loc>https:\/\/ocop\.example\.vn\/gioi-thieu\/<\/loc><xhtml:link/);
    const index = sitemapIndexXml([{ loc: absolute('/sitemap-1.xml'), lastmod: files[0]!.lastmod }]);
    expect(index).toContain('<sitemap><loc>https://ocop.example.vn/sitemap-1.xml</loc><lastmod>2026-11-02</lastmod></sitemap>');
  });
});
