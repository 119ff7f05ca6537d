/**
 * Products the registry gives only a sector or a group for ("Thực phẩm",
 * "Thực phẩm chế biến"): on the built sample site they have their pages, sit
 * under their sector's or group's "chưa xếp bộ" list and not in any set's, are
 * counted by the search filters and are in the open data with an empty set.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { categoryByKey } from '../../src/domain/taxonomy.ts';
import { routes } from '../../src/i18n/routes.ts';
import { parseCsv } from '../../src/registry/csv.ts';
import { SearchIndex } from '../../src/search/index/engine.ts';
import { NOT_IN_SET } from '../../src/search/filters.ts';
import { examples } from '../support/examples.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const { current, sectorOnly, groupOnly } = examples(inject('contentDir'), inject('asOf'));
const page = (urlPath: string) => read(path.join(distDir, urlPath, 'index.html'));
const section = (html: string, id: string) => new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const breadcrumbLinks = (html: string) =>
  [.../<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)![0].matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
const unplaced = current.filter((p) => !categoryByKey(p.category).set);
const sector = categoryByKey(sectorOnly.category);
const group = categoryByKey(groupOnly.category);

describe('a product known only to its sector', () => {
  it('has its page in both languages, with breadcrumbs that stop at the sector', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = page(routes.product(lang, sectorOnly.id));
      // On English pages a Vietnamese name is marked as Vietnamese.
      expect(html).toContain(lang === 'vi' ? `<h1>${sectorOnly.name}</h1>` : `<h1 lang="vi">${sectorOnly.name}</h1>`);
      expect(breadcrumbLinks(html)).toEqual([
        [routes.home(lang), lang === 'vi' ? 'Trang chủ' : 'Home'],
        [routes.catalogue(lang), lang === 'vi' ? 'Danh mục' : 'Catalogue'],
        [routes.category(lang, sector.key), sector.label[lang]],
      ]);
    }
  });

  it('says on its page that it is not yet in a product set, linking to the others like it', () => {
    const html = page(routes.product('vi', sectorOnly.id));
    expect(html).toContain(`<a href="${routes.unplaced('vi', sector.key)}">Chưa xếp bộ</a>`);
    expect(page(routes.product('en', sectorOnly.id))).toContain(`<a href="${routes.unplaced('en', sector.key)}">Not yet in a product set</a>`);
  });

  it('names its sector as its category in the structured data', () => {
    const ld = [...page(routes.product('vi', sectorOnly.id)).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
      (m) => [JSON.parse(m[1]!)].flat() as Array<Record<string, unknown>>,
    );
    expect(ld.find((o) => o['@type'] === 'Product')).toMatchObject({ name: sectorOnly.name, category: sector.label.vi });
  });

  it('is listed on its sector page under "<sector> — chưa xếp bộ", with the count', () => {
    const html = page(routes.category('vi', sector.key));
    const list = section(html, 'unplaced');
    expect(list).toContain(`<h2 id="unplaced">${sector.label.vi} — chưa xếp bộ</h2>`);
    expect(list).toContain(routes.product('vi', sectorOnly.id));
    const inSector = unplaced.filter((p) => categoryByKey(p.category).sector.key === sector.key);
    expect(list).toContain(`${inSector.length} sản phẩm.`);
    expect(html).toMatch(
      new RegExp(`<a href="${routes.unplaced('vi', sector.key)}">${sector.label.vi} — chưa xếp bộ</a> <span class="muted">\\(${inSector.length}\\)</span>`),
    );
    expect(section(page(routes.category('en', sector.key)), 'unplaced')).toContain(`${sector.label.en} — not yet in a product set`);
  });

  it('has a listing of its sector’s products not yet in a set, and no product-set page lists it', () => {
    const listing = page(routes.unplaced('vi', sector.key));
    expect(listing).toMatch(new RegExp(`<h1[^>]*>(?:<svg[\\s\\S]*?</svg>)?(?:<span>)?${sector.label.vi} — chưa xếp bộ(?:</span>)?</h1>`));
    expect(listing).toContain(routes.product('vi', sectorOnly.id));
    for (const placed of current.filter((p) => categoryByKey(p.category).set && categoryByKey(p.category).sector.key === sector.key)) {
      expect(listing).not.toContain(`"${routes.product('vi', placed.id)}"`);
    }
    for (const g of sector.sector.groups) {
      for (const set of g.sets) expect(page(routes.category('vi', set.key))).not.toContain(`"${routes.product('vi', sectorOnly.id)}"`);
    }
    expect(page(routes.unplaced('en', sector.key))).toMatch(
      new RegExp(`<h1[^>]*>(?:<svg[\\s\\S]*?</svg>)?(?:<span>)?${sector.label.en} — not yet in a product set(?:</span>)?</h1>`),
    );
  });
});

describe('a product known down to its group', () => {
  it('is listed under its group’s and its sector’s "chưa xếp bộ", and its breadcrumbs stop at the group', () => {
    expect(section(page(routes.category('vi', group.key)), 'unplaced')).toContain(routes.product('vi', groupOnly.id));
    expect(section(page(routes.category('vi', group.sector.key)), 'unplaced')).toContain(routes.product('vi', groupOnly.id));
    expect(page(routes.unplaced('vi', group.key))).toContain(routes.product('vi', groupOnly.id));
    expect(breadcrumbLinks(page(routes.product('vi', groupOnly.id))).map(([href]) => href)).toEqual([
      routes.home('vi'),
      routes.catalogue('vi'),
      routes.category('vi', group.sector.key),
      routes.category('vi', group.key),
    ]);
  });
});

describe('search', () => {
  const load = (url: string) => readFile(path.join(distDir, url), 'utf8').then((text) => JSON.parse(text) as unknown);

  it('counts products not yet in a set under their sector and group, and as "not yet in a set"', async () => {
    const index = await SearchIndex.open('vi', load);
    const { counts } = await index.search('', { filters: { kind: ['product'] }, counts: true });
    const inSector = current.filter((p) => categoryByKey(p.category).sector.key === sector.key).length;
    expect(counts?.sector?.[sector.key]).toBe(inSector);
    expect(counts?.group?.[group.key]).toBe(current.filter((p) => categoryByKey(p.category).group?.key === group.key).length);
    expect(counts?.set?.[NOT_IN_SET]).toBe(unplaced.length);
  });

  it('finds exactly them with the "not yet in a set" filter', async () => {
    const index = await SearchIndex.open('en', load);
    const { hits } = await index.search('', { filters: { kind: ['product'], set: [NOT_IN_SET] } });
    const titles = await Promise.all(hits.map(async (hit) => (await index.result(hit.page)).meta['title']));
    expect(new Set(titles)).toEqual(new Set(unplaced.map((p) => p.name)));
  });
});

describe('open data', () => {
  it('gives the key, sector and group of a product not yet in a set, and leaves its set empty', async () => {
    const [header, ...rows] = parseCsv((await readFile(path.join(distDir, routes.openDataFile('csv')), 'utf8')).replace(/^\uFEFF/, ''));
    const column = (name: string) => header!.indexOf(name);
    const rowOf = (id: string) => rows.find((r) => r[column('id')] === id)!;
    const pick = (id: string) => ['category', 'sector', 'group', 'product_set', 'product_set_label'].map((name) => rowOf(id)[column(name)]);
    expect(pick(sectorOnly.id)).toEqual([sector.key, sector.key, '', '', '']);
    expect(pick(groupOnly.id)).toEqual([group.key, group.sector.key, group.key, '', '']);
    const json = JSON.parse(await readFile(path.join(distDir, routes.openDataFile('json')), 'utf8')) as { products: Array<Record<string, unknown>> };
    expect(json.products.find((p) => p['id'] === sectorOnly.id)).toMatchObject({
      category: sector.key,
      sector: sector.key,
      group: null,
      product_set: null,
      product_set_label: null,
    });
  });
});
