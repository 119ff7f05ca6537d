import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, read, urlPathOf } from '../support/site.ts';

const distDir = inject('distDir');
const pages = htmlFiles(distDir).map((file) => ({ path: urlPathOf(distDir, file), html: read(file) }));

/** The visible trail: the links of the breadcrumbs navigation, in order. */
function visibleTrail(html: string): string[] | undefined {
  const nav = html.match(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/)?.[0];
  return nav ? [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!) : undefined;
}

/** The trail told to search engines: the BreadcrumbList's items, as paths. */
function describedTrail(html: string): string[] | undefined {
  const objects = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!) as unknown[]);
  const list = objects.find((o) => (o as { '@type': string })['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ item: string }> } | undefined;
  return list?.itemListElement.map((step) => new URL(step.item).pathname);
}

describe("breadcrumbs, drawn by the layout from each template's trail", () => {
  it("start at the home page of the page's language, and search engines are told the same trail once it has a second step", () => {
    const checked = pages.filter((page) => visibleTrail(page.html) !== undefined);
    expect(checked.length).toBeGreaterThan(100);
    for (const { path, html } of checked) {
      const visible = visibleTrail(html)!;
      expect(visible[0], path).toBe(path.startsWith('/en/') ? '/en/' : '/');
      expect(describedTrail(html), path).toEqual(visible.length > 1 ? visible : undefined);
    }
  });

  it('lead from a product to its catalogue and from a fair to the fairs', () => {
    const product = pages.find((page) => page.path.startsWith('/en/products/'))!;
    expect(visibleTrail(product.html)!.slice(0, 2)).toEqual(['/en/', '/en/catalogue/']);
    const fair = pages.find((page) => /^\/hoi-cho\/[^/]+\/$/.test(page.path))!;
    expect(visibleTrail(fair.html)).toEqual(['/', '/hoi-cho/']);
  });

  it('are absent where a trail would say nothing: the home, search and map pages', () => {
    for (const path of ['/', '/en/', '/tim-kiem/', '/en/map/']) {
      expect(visibleTrail(pages.find((page) => page.path === path)!.html), path).toBeUndefined();
    }
  });
});
