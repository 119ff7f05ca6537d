import { describe, expect, it } from 'vitest';
import { isImmutable, planUpload, removable, uploadPhaseOf } from '../../../src/publish/deploy/plan.ts';
import { parseBucketTarget } from '../../../src/publish/deploy/target.ts';
import { BADGE_CACHE, cacheControlOf, IMMUTABLE, REVALIDATE } from '../../../src/publish/security-policy.ts';

describe('the order of a deploy', () => {
  it.each([
    ['/_astro/app.Bx3f.js', 'assets'],
    ['/photos/ca-phe.9a1b.webp', 'assets'],
    ['/search-index/vi/20261201/0.json', 'assets'],
    ['/map-points.json', 'assets'],
    ['/index.html', 'pages'],
    ['/en/products/x/index.html', 'pages'],
    ['/search-index/vi.json', 'manifests'],
    ['/search-index/en.json', 'manifests'],
    ['/sitemap-index.xml', 'manifests'],
    ['/sitemap-0.xml', 'manifests'],
    ['/robots.txt', 'manifests'],
  ])('%s goes up with the %s', (urlPath, phase) => {
    expect(uploadPhaseOf(urlPath)).toBe(phase);
  });

  it('uploads only files the bucket lacks or holds with other bytes, assets before pages before manifests', () => {
    const plan = planUpload(
      [
        { urlPath: '/index.html', md5: 'a' },
        { urlPath: '/_astro/app.1.js', md5: 'b' },
        { urlPath: '/search-index/vi.json', md5: 'c' },
        { urlPath: '/photos/x.1.webp', md5: 'd' },
        { urlPath: '/about/index.html', md5: 'e' },
      ],
      new Map([
        ['/index.html', 'old'],
        ['/_astro/app.1.js', 'b'],
        // A multipart upload's ETag is not an MD5: the file goes up again rather than being trusted.
        ['/photos/x.1.webp', null],
      ]),
    );
    expect(plan.phases.map(({ phase, files }) => [phase, files.map((file) => file.urlPath)])).toEqual([
      ['assets', ['/photos/x.1.webp']],
      ['pages', ['/index.html', '/about/index.html']],
      ['manifests', ['/search-index/vi.json']],
    ]);
    expect(plan.unchanged).toBe(1);
  });
});

describe('what a deploy removes', () => {
  const live = new Set(['/index.html', '/_astro/app.2.js']);
  it('a page the live release no longer has goes at once, even when a kept release had it', () => {
    expect(removable(['/index.html', '/san-pham/old/index.html'], live, [new Set(['/san-pham/old/index.html'])])).toEqual(['/san-pham/old/index.html']);
  });
  it('a hashed file stays while a kept release uses it, and goes after', () => {
    expect(removable(['/_astro/app.1.js', '/_astro/app.2.js'], live, [new Set(['/_astro/app.1.js'])])).toEqual([]);
    expect(removable(['/_astro/app.1.js', '/_astro/app.2.js'], live, [new Set(['/_astro/app.2.js'])])).toEqual(['/_astro/app.1.js']);
  });
});

describe('object headers', () => {
  it('hashed names are cached for a year, everything else revalidates (the rule of the headers file)', () => {
    expect(cacheControlOf('/_astro/site.Ab12.css')).toBe(IMMUTABLE);
    expect(cacheControlOf('/photos/a.webp')).toBe(IMMUTABLE);
    expect(cacheControlOf('/search-index/en/20261201/3.json')).toBe(IMMUTABLE);
    expect(cacheControlOf('/search-index/en.json')).toBe(REVALIDATE);
    expect(cacheControlOf('/index.html')).toBe(REVALIDATE);
    expect(isImmutable('/map-points.json')).toBe(false);
    // Badges are embedded elsewhere: an hour, so a lapse still shows the same morning.
    expect(cacheControlOf('/huy-hieu/x.svg')).toBe(BADGE_CACHE);
    expect(cacheControlOf('/en/badge/x.svg')).toBe(BADGE_CACHE);
  });
});

describe('the deploy target', () => {
  it('reads a bucket and a prefix', () => {
    expect(parseBucketTarget('s3://ocop-lam-dong')).toEqual({ bucket: 'ocop-lam-dong', prefix: '' });
    expect(parseBucketTarget('s3://ocop/site/vi/')).toEqual({ bucket: 'ocop', prefix: 'site/vi/' });
  });
  it.each(['https://ocop.example/site', 's3://', 's3://Upper_Case/x', 's3://ocop/../other'])('refuses %s', (text) => {
    expect(() => parseBucketTarget(text)).toThrow();
  });
});
