/**
 * Tourism products (sector VI) are places: on the built sample site the points
 * file carries each current one with coordinates as a kind of its own, and its
 * page says how to get there instead of speaking of shelves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isTourismCategory } from '../../src/domain/tourism.ts';
import { isApproximatePosition } from '../../src/domain/position-precision.ts';
import { decodeMapPoints, type MapPointsFile } from '../../src/map/map-points.ts';
import { routes } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/index.ts';
import { currentAddress } from '../../src/queries/addresses.ts';
import type { Producer } from '../../src/schemas/producer.ts';
import { examples } from '../support/examples.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const contentDir = inject('contentDir');
const { products, current, tourism, withPhoto } = examples(contentDir, inject('asOf'));
const producers = new Map((JSON.parse(readFileSync(path.join(contentDir, 'producers.json'), 'utf8')) as Producer[]).map((p) => [p.id, p]));
const points = decodeMapPoints(JSON.parse(read(path.join(distDir, 'map-points.json'))) as MapPointsFile);
const page = (urlPath: string) => read(path.join(distDir, urlPath, 'index.html'));
const visitSection = (html: string) => /<section[^>]*data-visit[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const attr = (html: string, marker: string) => new RegExp(`<a[^>]*href="([^"]+)"[^>]*${marker}`).exec(html)?.[1]?.replaceAll('&amp;', '&');
const currentTourism = current.filter((p) => isTourismCategory(p.category));

describe('tourism places in the map points file', () => {
  it('are every current sector VI product with coordinates, at its own position, as their own kind', () => {
    const rows = points.filter((p) => p.kind === 'tourism');
    expect(rows.map((r) => r.id).sort()).toEqual(
      currentTourism
        .filter((p) => p.location)
        .map((p) => p.id)
        .sort(),
    );
    for (const row of rows) {
      const product = products.find((p) => p.id === row.id)!;
      expect([row.lat, row.lon]).toEqual([product.location!.lat, product.location!.lon]);
      expect(row.provinceCode).toBe(product.address.provinceCode);
      expect(row.sectors).toEqual(['VI']);
      expect(row.approximate).toBe(isApproximatePosition(product.location!, producers.get(product.producerId)?.type));
    }
  });

  it('leave out withdrawn tourism products and those without coordinates', () => {
    const left = products.filter((p) => isTourismCategory(p.category) && (!p.location || !current.includes(p)));
    expect(left.length).toBeGreaterThan(0);
    const ids = new Set(points.map((p) => p.id));
    for (const product of left) expect(ids.has(product.id), product.id).toBe(false);
  });

  it('flag the households’ rounded positions, and only those', () => {
    const producerRows = points.filter((p) => p.kind === 'producer');
    expect(producerRows.some((p) => p.approximate)).toBe(true);
    for (const row of producerRows)
      expect(row.approximate, row.id).toBe(producers.get(row.id)!.type === 'household' && isApproximatePosition(row, 'household'));
  });

  it('are listed by province without JavaScript, linking to their product pages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = page(routes.map(lang));
      expect(html).toContain(`<li data-kind="tourism"><a href="${routes.product(lang, tourism.id)}">${tourism.name}</a>`);
    }
  });
});

describe('the page of a tourism product', () => {
  const at = `${tourism.location!.lat.toFixed(5)},${tourism.location!.lon.toFixed(5)}`;

  for (const lang of ['vi', 'en'] as const) {
    const d = t(lang);
    it(`has a Visit section with its address and directions to its coordinates (${lang})`, () => {
      const section = visitSection(page(routes.product(lang, tourism.id)));
      expect(section).toContain(`>${d.visit.title}</h2>`);
      expect(section).toContain(currentAddress(tourism.address, lang));
      const directions = new URL(attr(section, 'data-directions')!);
      expect(directions.origin + directions.pathname).toBe('https://www.google.com/maps/dir/');
      expect(directions.searchParams.get('api')).toBe('1');
      expect(directions.searchParams.get('destination')).toBe(at);
      expect(attr(section, 'data-geo')).toMatch(new RegExp(`^geo:${at.replaceAll('.', '\\.')}\\?q=${at.replaceAll('.', '\\.')}\\(`));
    });

    it(`speaks of a place to visit, not of goods on a shelf (${lang})`, () => {
      const html = page(routes.product(lang, tourism.id));
      expect(html).not.toContain(d.qrNote);
      expect(html).not.toContain(`>${d.buyOnline}<`);
      expect(html).toContain(d.visit.qrNote);
      // A product on a shelf keeps its own words and has no Visit section.
      const goods = page(routes.product(lang, withPhoto.id));
      expect(goods).toContain(d.qrNote);
      expect(visitSection(goods)).toBe('');
    });
  }

  it('gives directions by address when the registry has no coordinates', () => {
    const unplaced = currentTourism.find((p) => !p.location);
    expect(unplaced).toBeDefined();
    const section = visitSection(page(routes.product('vi', unplaced!.id)));
    expect(section).toContain(t('vi').visit.noPosition);
    expect(new URL(attr(section, 'data-directions')!).searchParams.get('destination')).toBe(currentAddress(unplaced!.address, 'vi'));
  });
});
