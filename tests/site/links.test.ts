import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from '../../src/built-site/links.ts';
import { readSiteFiles } from '../../src/built-site/site-files.ts';
import { INDEX_ROOT } from '../../src/search/index/format.ts';
import { htmlFiles, read, urlPathOf } from '../support/site.ts';

const distDir = inject('distDir');

/** The file a site-relative URL would be served from, or null when there is none. */
function target(url: string): string | null {
  const pathname = decodeURIComponent(new URL(url, 'http://site').pathname);
  const file = path.join(distDir, pathname);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

function references(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) for (const part of m[1]!.split(',')) found.push(part.trim().split(/\s+/)[0]!);
  return found.map((u) => u.replace(/&amp;/g, '&')).filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

describe('link check of the built site', () => {
  it('every internal link, image and stylesheet in every page resolves to a file', () => {
    const broken: string[] = [];
    const files = htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      for (const url of references(read(file))) {
        if (!target(url)) broken.push(`${urlPathOf(distDir, file)} → ${url}`);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });
});

describe("the release check's link check with the public site URL", () => {
  it('finds no broken link on the built site when absolute links to the site are checked too', async () => {
    // The build's own site URL (astro.config.mjs's default): the nightly job passes OCOP_SITE_URL the same way.
    const files = await readSiteFiles(distDir, { except: INDEX_ROOT });
    expect(brokenLinks(files, process.env.OCOP_SITE_URL ?? 'https://ocop.example.vn', INDEX_ROOT)).toEqual([]);
  });
});
