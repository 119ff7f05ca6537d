import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/i18n/routes.ts';
import { OPEN_DATA_FIELDS } from '../../src/formats/open-data.ts';
import { readIndexablePage } from '../../src/search/index/page.ts';
import { htmlFiles, read } from '../support/site.ts';
import { examples } from '../support/examples.ts';
import { existsSync } from 'node:fs';

const distDir = inject('distDir');
const file = (urlPath: string) => path.join(distDir, urlPath);

describe('files beside the pages', () => {
  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = read(file('/robots.txt'));
    expect(robots).toMatch(/^User-agent: \*/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('the sitemap index names parts that exist, and a page’s lastmod is the last change of what it shows, not the build date', () => {
    const index = read(file(routes.sitemap()));
    const parts = [...index.matchAll(/<loc>[^<]*?(\/sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(0);
    const urls = parts.flatMap((part) => [...read(file(part)).matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)]);
    expect(urls.length).toBeLessThanOrEqual(45_000 * parts.length);
    const lastmodOf = (urlPath: string) => urls.find((m) => new URL(m[1]!).pathname === urlPath)?.[2];
    const asOf = inject('asOf');
    const { current } = examples(inject('contentDir'), asOf);
    // A product's page shows its producer's products: its lastmod is the latest decision among them (all valid here).
    const product = current.find((p) => p.certificate.status === 'active' && p.certificate.expiresOn >= asOf)!;
    const siblings = current.filter((p) => p.producerId === product.producerId).map((p) => p.certificate.decisionDate);
    const lastmod = lastmodOf(routes.product('vi', product.id));
    expect(lastmod).toBeDefined();
    expect(lastmod! <= asOf).toBe(true);
    expect(lastmod! >= [...siblings].sort().at(-1)!).toBe(true);
    // The about page changes with no data: it claims no date.
    expect(lastmodOf(routes.about('vi'))).toBeUndefined();
    const dates = urls.map((m) => m[2]).filter(Boolean);
    expect(dates.some((date) => date !== asOf)).toBe(true);
  });

  it('the office’s editor is at /quan-tri/, noindex and outside the sitemap, and no public page loads any of it', () => {
    const editor = read(file(`${routes.editor()}index.html`));
    expect(editor).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(editor).toMatch(/<script src="decap-cms-[\d.]+\.js"><\/script>/);
    const sitemaps = readdirSync(distDir).filter((name) => /^sitemap.*\.xml$/.test(name));
    for (const name of sitemaps) expect(read(file(`/${name}`))).not.toContain(routes.editor());
    const publicPages = htmlFiles(distDir).filter((page) => !page.startsWith(path.join(distDir, routes.editor())));
    expect(publicPages.length).toBeGreaterThan(100);
    for (const page of publicPages) expect(read(page), page).not.toMatch(/decap-cms|\/quan-tri\//);
  });

  it('every story has a 1200×630 PNG share image named in its page', async () => {
    const stories = readdirSync(file(routes.stories('vi')), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(stories.length).toBeGreaterThan(0);
    for (const id of stories) {
      // Each page names the card of the language its text is in: the English one where the story has an English version.
      const cards = new Set<string>();
      for (const lang of ['vi', 'en'] as const) {
        const named = read(file(`${routes.story(lang, id)}index.html`)).match(/<meta property="og:image" content="([^"]+)"/)?.[1];
        expect(named, `${lang} ${id}`).toBeDefined();
        const card = new URL(named!).pathname;
        expect([routes.shareImage('story', id, 'vi'), routes.shareImage('story', id, 'en')]).toContain(card);
        cards.add(card);
      }
      expect(cards).toContain(routes.shareImage('story', id));
      for (const card of cards) {
        const meta = await sharp(file(card)).metadata();
        expect([meta.format, meta.width, meta.height], card).toEqual(['png', 1200, 630]);
      }
    }
  });

  it('product photos are WebP variants shared by the page and its search thumbnail, and the structured data names a JPEG crop', async () => {
    const pages = readdirSync(file(routes.product('vi', '')), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => read(file(`${routes.product('vi', e.name)}index.html`)));
    const withPhoto = pages.flatMap((html) => {
      const thumb = readIndexablePage(html)?.record.meta.thumb;
      return thumb ? [{ html, thumb }] : [];
    });
    expect(withPhoto.length).toBeGreaterThan(0);
    for (const { html, thumb } of withPhoto) {
      const srcset = /<img[^>]*srcset="([^"]+)"[^>]*class="photo"/
        .exec(html)![1]!
        .split(', ')
        .map((entry) => entry.split(' ')[0]!);
      expect(srcset.every((src) => src.endsWith('.webp'))).toBe(true);
      expect(srcset).toContain(thumb); // the same file, not one more encode
      const share = /"image":"[^"]*(\/photos\/[0-9a-f]+-share\.jpg)"/.exec(html)![1]!;
      const meta = await sharp(file(share)).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.abs(meta.width! / meta.height! - 1.91)).toBeLessThan(0.02);
    }
  });

  it('each event has a calendar file per language, all-day, in the event’s language', () => {
    const ics = read(file(routes.eventIcs('en', 'festival-ocop-viet-nam-2026')));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261204');
    expect(ics).toContain('SUMMARY:Vietnam OCOP Products Festival 2026');
    expect(read(file(routes.eventIcs('vi', 'festival-ocop-viet-nam-2026')))).toContain('SUMMARY:Festival sản phẩm OCOP Việt Nam 2026');
  });

  it('the events feed lists upcoming events only', () => {
    const feed = read(file(routes.eventsFeed('vi')));
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!);
    expect(updated.length).toBeGreaterThan(0);
    expect(feed).toContain('festival-ocop-viet-nam-2026');
    expect(feed).not.toContain('le-hoi-ca-phe-buon-ma-thuot-2026');
  });

  it('the open data CSV starts with a BOM and the documented header', () => {
    const csv = read(file(routes.openDataFile('csv')));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(OPEN_DATA_FIELDS.map((f) => f.name).join(','));
  });

  it('a product with a photo shares its card, a 1200×630 JPEG drawn with that photo, served by the site', async () => {
    const { withPhoto } = examples(inject('contentDir'), inject('asOf'));
    for (const lang of ['vi', 'en'] as const) {
      const html = read(file(`${routes.product(lang, withPhoto.id)}index.html`));
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      const ogPath = new URL(og).pathname;
      expect(ogPath).toBe(routes.productShareCard(lang, withPhoto.id));
      const meta = await sharp(file(ogPath)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    }
    expect(existsSync(file(routes.productShareCard('vi', withPhoto.id)))).toBe(true);
  });
});
