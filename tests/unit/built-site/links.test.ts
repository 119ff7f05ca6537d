import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../../src/built-site/links.ts';
import type { SiteFiles } from '../../../src/built-site/site-files.ts';

function site(pages: Record<string, string>, others: string[] = []): SiteFiles {
  return { root: '/site', paths: new Set([...Object.keys(pages), ...others]), text: new Map(Object.entries(pages)) };
}

describe('broken internal links', () => {
  it('reads every escaped form of an attribute the way a browser does, named or numeric', () => {
    const files = site({ '/index.html': `<a href="/a&amp;b/">x</a><a href="/a&#38;b/">y</a><img src="/c&#x27;d.jpg" alt=""><a href="/e&#39;f/">z</a>` }, [
      '/a&b/index.html',
      "/c'd.jpg",
      "/e'f/index.html",
    ]);
    expect(brokenLinks(files)).toEqual([]);
  });

  it('decodes once: an escaped entity names a file with the entity in its name', () => {
    const files = site({ '/index.html': '<a href="/a&amp;quot;b/">x</a>' }, ['/a"b/index.html']);
    expect(brokenLinks(files)).toEqual(['/index.html → /a&quot;b/']);
  });
});
