/**
 * The pages each template of the route table (src/i18n/routes.ts) renders: the
 * getStaticPaths of both languages' routes, so both always list the same pages.
 */
import { getCatalogue, paginate, type ProductView } from '../queries/catalogue.ts';
import { SECTORS } from '../domain/taxonomy.ts';
import type { Lang } from '../i18n/index.ts';
import { routes, taxonomySegment, provinceSegment } from '../i18n/routes.ts';
import { PROVINCES } from '../queries/provinces.ts';
import { aToZIndex } from '../queries/a-to-z.ts';
import { CODE_HASH } from '../queries/build-info.ts';
import { siteUrl } from '../queries/site-url.ts';
import { productPhoto, storyPhoto } from '../images/product-images.ts';
import { offlineMode } from '../queries/offline-switch.ts';
import { tileConfig } from '../map/map-config.ts';
import { renderKeys, type RenderKeys } from './render-keys.ts';

/*
 * Each path carries its page's render key (`cacheKey`, src/routes/render-keys.ts):
 * Astro reuses last night's page when the key and the template's code are the
 * same. A path without one is rendered every night.
 */
let keys: Promise<RenderKeys> | undefined;
export function pageKeys(): Promise<RenderKeys> {
  keys ??= getCatalogue().then((catalogue) =>
    renderKeys(catalogue, {
      codeHash: CODE_HASH,
      site: siteUrl('/'),
      tiles: tileConfig(),
      photoOf: productPhoto,
      storyPhotoOf: storyPhoto,
      offline: offlineMode(),
    }),
  );
  return keys;
}

/** The path's `cacheKey` field, left out when the page has no key (Astro then renders it). */
export function keyed(key: string | undefined): { cacheKey?: string } {
  return key === undefined ? {} : { cacheKey: key };
}

export async function productPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return [...catalogue.products.values()].map((view) => ({ params: { id: view.product.id }, props: { view }, ...keyed(key.product(view)) }));
}

export async function producerPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return [...catalogue.producers.values()].map((producer) => ({ params: { id: producer.id }, props: { producer }, ...keyed(key.producer(producer)) }));
}

export { paginate };

/**
 * What a catalogue listing shows: every current product, one category, the
 * products of a sector or group not yet in a product set, or one star rating.
 */
export type Listing = { kind: 'all' } | { kind: 'category'; key: string } | { kind: 'unplaced'; key: string } | { kind: 'stars'; stars: 3 | 4 | 5 };

/** Every catalogue listing page below `/danh-muc/`, in the given language's URL words. */
export async function cataloguePaths(lang: Lang) {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  const keyField = keyed(key.catalogueWide());
  const listings: Array<{ listing: Listing; segment: string | undefined; views: ProductView[] }> = [
    { listing: { kind: 'all' }, segment: undefined, views: catalogue.current },
  ];
  // Below the catalogue root, without the slashes: `i-3-b`, `i/chua-xep-bo`.
  const below = (path: string) => path.slice(routes.catalogue(lang).length, -1);
  // "Not yet in a set" listings exist only while they hold a product: the
  // sector and group pages link to them only then.
  const unplaced = (key: string) => {
    const views = catalogue.unplacedByCategory.get(key);
    if (views) listings.push({ listing: { kind: 'unplaced', key }, segment: below(routes.unplaced(lang, key)), views });
  };
  for (const sector of SECTORS) {
    listings.push({
      listing: { kind: 'category', key: sector.key },
      segment: taxonomySegment(sector.key),
      views: catalogue.currentByCategory.get(sector.key) ?? [],
    });
    unplaced(sector.key);
    for (const group of sector.groups) {
      listings.push({
        listing: { kind: 'category', key: group.key },
        segment: taxonomySegment(group.key),
        views: catalogue.currentByCategory.get(group.key) ?? [],
      });
      if (group.sets.length > 1) unplaced(group.key);
      for (const set of group.sets) {
        if (set.key === group.key) continue;
        listings.push({
          listing: { kind: 'category', key: set.key },
          segment: taxonomySegment(set.key),
          views: catalogue.currentByCategory.get(set.key) ?? [],
        });
      }
    }
  }
  for (const stars of [5, 4, 3] as const) {
    const segment = below(routes.stars(lang, stars));
    listings.push({ listing: { kind: 'stars', stars }, segment, views: catalogue.currentByStars.get(stars) ?? [] });
  }
  // Page 1 of "all" is the catalogue's own page: its slug is empty (`/danh-muc/`).
  return listings.flatMap(({ listing, segment, views }) =>
    paginate(views).map((p) => ({
      params: { slug: [segment, p.page > 1 ? String(p.page) : undefined].filter(Boolean).join('/') || undefined },
      props: { listing, page: p.page, pages: p.pages, items: p.items, total: views.length },
      ...keyField,
    })),
  );
}

/** Province pages: `/tinh/<province>/` and its further pages of products. */
export async function provincePaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  const keyField = keyed(key.catalogueWide());
  return PROVINCES.flatMap((province) => {
    const views = catalogue.currentByProvince.get(province.code) ?? [];
    return paginate(views).map((p) => ({
      params: { slug: [provinceSegment(province.name), p.page > 1 ? String(p.page) : undefined].filter(Boolean).join('/') },
      props: { code: province.code, page: p.page, pages: p.pages, items: p.items, total: views.length },
      ...keyField,
    }));
  });
}

/** The A–Z index: `/san-pham-a-z/`, `/san-pham-a-z/2/`…, the same pages in both languages. */
export async function aToZPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  const index = aToZIndex(catalogue.current);
  const keyField = keyed(key.catalogueWide());
  return index.pages.map((page) => ({
    params: { page: page.page > 1 ? String(page.page) : undefined },
    props: { page, letters: index.letters, total: index.total },
    ...keyField,
  }));
}

export async function storyPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return catalogue.stories.map((story) => ({ params: { id: story.id }, props: { story }, ...keyed(key.story(story)) }));
}

export async function eventPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return catalogue.events.map((event) => ({ params: { id: event.id }, props: { event }, ...keyed(key.event(event)) }));
}

export async function pointPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return catalogue.points.map((point) => ({ params: { id: point.id }, props: { point }, ...keyed(key.point(point)) }));
}

/** Renewal pages: the national one (`/gia-han/`) and one per province (`/gia-han/gia-lai/`), whether or not its lists hold anything. */
export function renewalPaths() {
  return [
    { params: { province: undefined }, props: { code: undefined } },
    ...PROVINCES.map((province) => ({ params: { province: provinceSegment(province.name) }, props: { code: province.code } })),
  ];
}

/** The feeds beside the province pages; the national feed (`/gia-han/feed.xml`) is a route without parameters. */
export function renewalFeedPaths() {
  return PROVINCES.map((province) => ({ params: { province: provinceSegment(province.name) }, props: { code: province.code } }));
}
