import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { escapeHtml } from '../../src/domain/html-text.ts';
import { routes } from '../../src/i18n/routes.ts';
import { examples } from '../support/examples.ts';
import { htmlFiles, read, urlPathOf } from '../support/site.ts';

const distDir = inject('distDir');
const { withdrawn, current } = examples(inject('contentDir'), inject('asOf'));
const pages = htmlFiles(distDir).map((file) => ({ file, path: urlPathOf(distDir, file), html: read(file) }));

function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!) as unknown[]);
}

describe('expired and revoked products carry no stars anywhere (build date fixed)', () => {
  it('the sample holds withdrawn products, so these checks check something', () => {
    expect(withdrawn.length).toBeGreaterThanOrEqual(2);
  });

  it.each(withdrawn.map((p) => [p.id, p] as const))('%s: its pages exist, without stars, noindex, and without an award in JSON-LD', (_id, product) => {
    for (const lang of ['vi', 'en'] as const) {
      const html = read(path.join(distDir, routes.product(lang, product.id), 'index.html'));
      // The producer's other products may be listed below, with their own valid stars.
      expect(html.replace(/<ul class="grid">[\s\S]*?<\/ul>/g, '')).not.toContain('class="stars"');
      expect(html).toContain('<meta name="robots" content="noindex">');
      const product_ld = jsonLdOf(html).find((o) => (o as { '@type': string })['@type'] === 'Product') as Record<string, unknown>;
      expect(product_ld).toBeDefined();
      expect(product_ld.award).toBeUndefined();
      expect(existsSync(path.join(distDir, routes.qr(lang, product.id)))).toBe(false);
    }
  });

  it("a revoked product's page says why, as the registry wrote it, marked Vietnamese on the English page", () => {
    const withReason = withdrawn.filter((p) => p.certificate.status === 'revoked' && p.certificate.revocationReason);
    expect(withReason.length).toBeGreaterThan(0);
    for (const product of withReason) {
      const reason = escapeHtml(product.certificate.revocationReason!);
      expect(read(path.join(distDir, routes.product('vi', product.id), 'index.html'))).toContain(`Lý do thu hồi: <span lang="vi">${reason}</span>`);
      expect(read(path.join(distDir, routes.product('en', product.id), 'index.html'))).toContain(`Reason for revocation: <span lang="vi">${reason}</span>`);
    }
  });

  it('no page but its own language twin links to a withdrawn product (listings, producers, stories, events, points)', () => {
    const withdrawnPaths = new Set(withdrawn.flatMap((p) => [routes.product('vi', p.id), routes.product('en', p.id)]));
    const offenders = pages.flatMap(({ path: from, html }) =>
      [...html.matchAll(/<a [^>]*href="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((href) => withdrawnPaths.has(href) && !withdrawnPaths.has(from))
        .map((href) => `${from} → ${href}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the open data files and the sitemap leave withdrawn products out and keep current ones', () => {
    const csv = read(path.join(distDir, routes.openDataFile('csv')));
    const json = JSON.parse(read(path.join(distDir, routes.openDataFile('json')))) as { products: Array<{ id: string; stars: number }> };
    const index = read(path.join(distDir, routes.sitemap()));
    const sitemap = [...index.matchAll(/<loc>[^<]*?(\/sitemap-\d+\.xml)<\/loc>/g)].map((m) => read(path.join(distDir, m[1]!))).join('\n');
    expect(sitemap).toContain('<urlset');
    for (const product of withdrawn) {
      expect(csv).not.toContain(product.id);
      expect(json.products.some((p) => p.id === product.id)).toBe(false);
      expect(sitemap).not.toContain(routes.product('vi', product.id));
      expect(sitemap).not.toContain(routes.product('en', product.id));
    }
    expect(json.products).toHaveLength(current.length);
    expect(sitemap).toContain(routes.product('vi', current[0]!.id));
  });

  it('the certificate-check index gives withdrawn products a state and no stars', () => {
    const index = JSON.parse(read(path.join(distDir, routes.certificateIndex()))) as { products: Array<{ i: string; s?: number; t: string }> };
    for (const product of withdrawn) {
      const entry = index.products.find((e) => e.i === product.id)!;
      expect(entry.s).toBeUndefined();
      expect(['expired', 'revoked']).toContain(entry.t);
    }
  });

  it('a current product does show its stars, as words for screen readers too', () => {
    const product = current[0]!;
    const html = read(path.join(distDir, routes.product('vi', product.id), 'index.html'));
    expect(html).toContain(`data-stars="${product.certificate.stars}"`);
    expect(html).toContain(`${product.certificate.stars} sao`);
  });
});
