/**
 * Stories and product names in English, on the built sample: a story with an
 * English version is shown in it and paired with its Vietnamese page; one without
 * is shown in Vietnamese, marked so, and paired with nothing; a product with an
 * English name is headed by it on English pages, its Vietnamese name kept, and
 * Vietnamese pages never show it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { routes } from '../../src/i18n/routes.ts';
import { decodeEntities } from '../../src/domain/html-text.ts';
import type { Product } from '../../src/schemas/product.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const products: Product[] = JSON.parse(read(path.join(inject('contentDir'), 'products.json')));
const STORIES = 'content/stories';
const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
const translated = slugs(path.join(STORIES, 'en'));
const untranslated = slugs(STORIES).filter((slug) => !translated.includes(slug));

function page(urlPath: string): string {
  return read(path.join(distDir, urlPath, 'index.html'));
}
function frontMatter(file: string, key: string): string {
  const value = read(file).match(new RegExp(`^${key}: "(.*)"$`, 'm'))?.[1];
  if (!value) throw new Error(`${file} has no ${key}`);
  return value;
}
const meta = (html: string, property: string) => decodeEntities(html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1] ?? '');
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
const canonical = (html: string) => new URL(html.match(/<link rel="canonical" href="([^"]+)"/)![1]!).pathname;
// Every part the sitemap index names, read as one.
const sitemap = [...read(path.join(distDir, routes.sitemap())).matchAll(/<loc>[^<]*?(\/sitemap-\d+\.xml)<\/loc>/g)]
  .map((m) => read(path.join(distDir, m[1]!)))
  .join('\n');
const sitemapLocs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

describe('the sample', () => {
  it('has stories with an English version and stories without', () => {
    expect(translated.length).toBeGreaterThanOrEqual(2);
    expect(untranslated.length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(translated)('the English page of the story %s, which has an English version', (slug) => {
  const en = page(routes.story('en', slug));
  const vi = page(routes.story('vi', slug));
  const title = frontMatter(path.join(STORIES, 'en', `${slug}.md`), 'title');

  it('shows the English text, marked as English', () => {
    expect(en).toMatch(/<html lang="en"/);
    expect(en).toMatch(/<article lang="en">\s*<h1>([^<]*)<\/h1>/);
    expect(decodeEntities(en.match(/<article lang="en">\s*<h1>([^<]*)<\/h1>/)![1]!)).toBe(title);
    expect(en).not.toContain(t('en').storyLangNote);
    // The Vietnamese page keeps the Vietnamese text.
    expect(vi).toMatch(/<article lang="vi">/);
    expect(vi).not.toContain(title);
  });

  it('shares with the English title, on a card drawn with it', () => {
    expect(meta(en, 'og:title')).toBe(title);
    expect(meta(en, 'og:image:alt')).toBe(t('en').storyShareImageAlt(title));
    const card = new URL(meta(en, 'og:image')).pathname;
    expect(card).toBe(routes.shareImage('story', slug, 'en'));
    expect(card).not.toBe(new URL(meta(vi, 'og:image')).pathname);
    expect(existsSync(path.join(distDir, card))).toBe(true);
  });

  it('is the hreflang alternate of the Vietnamese page, and the sitemap says the same', () => {
    const pair = [
      ['vi', routes.story('vi', slug)],
      ['en', routes.story('en', slug)],
      ['x-default', routes.story('vi', slug)],
    ];
    expect(alternates(vi)).toEqual(pair);
    expect(alternates(en)).toEqual(pair);
    expect(canonical(en)).toBe(routes.story('en', slug));
    expect(sitemapLocs).toContain(routes.story('vi', slug));
    expect(sitemapLocs).toContain(routes.story('en', slug));
  });
});

describe.each(untranslated)('the English page of the story %s, which has no English version', (slug) => {
  const en = page(routes.story('en', slug));
  const vi = page(routes.story('vi', slug));

  it('shows the Vietnamese text marked lang="vi", with the one-line notice in English', () => {
    const viTitle = vi.match(/<article lang="vi">\s*<h1>([^<]*)<\/h1>/)?.[1];
    expect(viTitle).toBeTruthy();
    expect(en.match(/<article lang="vi">\s*<h1>([^<]*)<\/h1>/)?.[1]).toBe(viTitle);
    const notice = en.match(/<p class="panel" role="note">([^<]*)<\/p>\s*<article lang="vi">/)?.[1];
    expect(notice).toBe(t('en').storyLangNote);
    expect(vi).not.toContain(t('vi').storyLangNote);
  });

  it('is no English alternate: the English page claims no hreflang and names the Vietnamese page as canonical', () => {
    expect(alternates(en)).toEqual([]);
    expect(canonical(en)).toBe(routes.story('vi', slug));
    expect(alternates(vi).map(([lang]) => lang)).toEqual(['vi', 'x-default']);
    expect(vi).not.toMatch(/<link rel="alternate" hreflang="en"/);
  });

  it('is listed in the sitemap in Vietnamese only, with no English alternate', () => {
    expect(sitemapLocs).toContain(routes.story('vi', slug));
    expect(sitemapLocs).not.toContain(routes.story('en', slug));
    expect(sitemap).not.toContain(`${routes.story('en', slug)}"`);
  });
});

describe('products with an English name', () => {
  const named = products.filter((p) => p.nameEn && existsSync(path.join(distDir, routes.product('en', p.id), 'index.html')));

  it('exist in the sample', () => {
    expect(named.length).toBeGreaterThanOrEqual(5);
  });

  it('are headed by the English name on English pages, the Vietnamese name kept beside it as Vietnamese', () => {
    for (const product of named) {
      const en = page(routes.product('en', product.id));
      expect(decodeEntities(en.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? ''), product.id).toBe(product.nameEn);
      expect(decodeEntities(en.match(/<\/h1>\s*<p class="lead" lang="vi">([^<]*)<\/p>/)?.[1] ?? ''), product.id).toBe(product.name);
      expect(meta(en, 'og:title'), product.id).toBe(product.nameEn);
      expect(meta(en, 'og:description').startsWith(`${product.nameEn}:`), product.id).toBe(true);
    }
  });

  it('show the English description on English pages where there is one', () => {
    const described = named.filter((p) => p.descriptionEn);
    expect(described.length).toBeGreaterThan(0);
    for (const product of described) {
      const en = decodeEntities(page(routes.product('en', product.id)));
      expect(en, product.id).toContain(product.descriptionEn!.split('\n')[0]);
      expect(en, product.id).not.toContain(product.description!.split('\n')[0]);
    }
  });

  it('leave Vietnamese pages as they were: the certified name, and no English text', () => {
    for (const product of named) {
      const vi = decodeEntities(page(routes.product('vi', product.id)));
      expect(vi.match(/<h1>([^<]*)<\/h1>/)?.[1], product.id).toBe(product.name);
      expect(vi, product.id).not.toContain(product.nameEn);
      if (product.descriptionEn) expect(vi, product.id).not.toContain(product.descriptionEn.split('\n')[0]);
    }
  });

  it('are named in English in the product cards of English pages, with the Vietnamese name under it', () => {
    const product = named[0]!;
    const producerPage = decodeEntities(page(routes.producer('en', product.producerId)));
    const card = producerPage.match(new RegExp(`<h3><a href="${routes.product('en', product.id)}">([^<]*)</a></h3>\\s*<p class="muted" lang="vi">([^<]*)</p>`));
    expect(card?.slice(1)).toEqual([product.nameEn, product.name]);
  });
});

describe('a product page lists its stories in the page language', () => {
  it('by the English title where the story has one, and the Vietnamese title marked as such where not', () => {
    const pages = [...translated.map((slug) => ({ slug, english: true })), ...untranslated.map((slug) => ({ slug, english: false }))];
    let checked = 0;
    for (const { slug, english } of pages) {
      const file = path.join(STORIES, english ? 'en' : '', `${slug}.md`);
      const product = read(path.join(STORIES, `${slug}.md`))
        .match(/^products: \[([^,\]]+)/m)![1]!
        .trim();
      const productFile = path.join(distDir, routes.product('en', product), 'index.html');
      if (!existsSync(productFile)) continue;
      const html = decodeEntities(read(productFile));
      const link = `<a href="${routes.story('en', slug)}">${frontMatter(file, 'title')}</a>`;
      expect(html, slug).toContain(english ? `<li>${link}</li>` : `<li lang="vi">${link}</li>`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
