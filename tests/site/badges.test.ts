/**
 * The verification badges of the built sample (build date fixed): one per
 * product and language, current or withdrawn, saying what the certificate is
 * tonight; and the embed snippet of a current product's page, whose links
 * resolve on the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import { matchingEntries, type CertificateIndexEntry } from '../../src/domain/certificate-check.ts';
import { decodeEntities } from '../../src/domain/html-text.ts';
import { routes } from '../../src/i18n/routes.ts';
import { examples } from '../support/examples.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const asOf = inject('asOf');
const { products, withPhoto, expired, revoked } = examples(inject('contentDir'), asOf);
const file = (urlPath: string) => path.join(distDir, urlPath);
const LANGS = ['vi', 'en'] as const;

describe('verification badges', () => {
  it('every product the registry keeps has one per language, under 2 KB, with its stars only while valid', () => {
    for (const product of products) {
      const shown = certificateStateOn(product.certificate, asOf).shown;
      for (const lang of LANGS) {
        const badge = file(routes.badge(lang, product.id));
        expect(existsSync(badge), badge).toBe(true);
        const svg = readFileSync(badge, 'utf8');
        expect(Buffer.byteLength(svg), badge).toBeLessThanOrEqual(2048);
        expect(svg, badge).toMatch(/role="img" aria-labelledby="t"><title id="t">[^<]+<\/title>/);
        expect(svg.includes('★'), badge).toBe(shown);
      }
    }
  });

  it('an expired and a revoked product say so in both languages', () => {
    expect(read(file(routes.badge('vi', expired.id)))).toContain('hết hiệu lực từ');
    expect(read(file(routes.badge('en', expired.id)))).toContain('expired since');
    expect(read(file(routes.badge('vi', revoked.id)))).toContain('đã thu hồi');
    expect(read(file(routes.badge('en', revoked.id)))).toContain('revoked');
  });
});

describe("a current product's embed snippet", () => {
  const index = JSON.parse(read(file(routes.certificateIndex()))) as { products: CertificateIndexEntry[] };

  it.each(LANGS)('%s: HTML and Markdown name the badge and the certificate check for this product, and both resolve', (lang) => {
    const html = read(file(`${routes.product(lang, withPhoto.id)}index.html`));
    const code = (kind: string) => decodeEntities(new RegExp(`<code data-embed="${kind}">([^<]+)</code>`).exec(html)![1]!);
    const snippet = code('html');
    const href = /<a href="([^"]+)"/.exec(snippet)![1]!;
    const src = /<img src="([^"]+)"/.exec(snippet)![1]!;
    expect(code('markdown')).toBe(`[![${/alt="([^"]+)"/.exec(snippet)![1]}](${src})](${href})`);

    const badge = new URL(src);
    expect(badge.pathname).toBe(routes.badge(lang, withPhoto.id));
    expect(existsSync(file(badge.pathname))).toBe(true);

    const check = new URL(href);
    expect(check.pathname).toBe(routes.check(lang));
    expect(existsSync(file(`${check.pathname}index.html`))).toBe(true);
    // What the check page does with the query: this product is among the results.
    const { hits } = matchingEntries(index.products, check.searchParams.get('code') ?? '', 30);
    expect(hits.map((hit) => hit.i)).toContain(withPhoto.id);
  });

  it('a withdrawn product offers no snippet, though its badge stays', () => {
    const html = read(file(`${routes.product('vi', expired.id)}index.html`));
    expect(html).not.toContain('data-embed=');
    expect(existsSync(file(routes.badge('vi', expired.id)))).toBe(true);
  });
});
