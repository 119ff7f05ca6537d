/**
 * The shared queries: every page asks here, never the collections directly.
 * Collections are loaded once per build and pre-indexed (by producer, province,
 * product set, group, sector, "not yet in a set" and stars), so 20,000 products × 2 languages cost
 * map lookups per page, not scans. Star visibility is decided here, once, with
 * the build date: templates only read `view.shown`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { certificateStateOn, type CertificateState } from '../domain/certificate.ts';
import { addToList } from '../domain/lists-by-key.ts';
import { categoryByKey, type Category, type SectorKey } from '../domain/taxonomy.ts';
import type { Product } from '../schemas/product.ts';
import type { Producer } from '../schemas/producer.ts';
import type { OcopEvent } from '../schemas/event.ts';
import type { Point } from '../schemas/point.ts';
import type { Story, StoryTranslation } from '../schemas/story.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { BUILD_DATE } from './build-info.ts';
import { eventIsPast } from './event-dates.ts';

export interface ProductView {
  product: Product;
  /** Certificate state on the build date. */
  state: CertificateState;
  /** True when the stars may be shown: the product is currently certified. */
  shown: boolean;
  /** The product's place in the taxonomy: sector always, group and set when known. */
  category: Category;
  producer: Producer | undefined;
}

export interface StoryView {
  id: string;
  data: Story;
  body: string;
  /** The story told in other languages than its own (`content/stories/<lang>/<id>.md`). */
  translations: Partial<Record<Lang, StoryTranslationView>>;
}
export interface StoryTranslationView {
  data: StoryTranslation;
  body: string;
}
export interface EventView {
  id: string;
  data: OcopEvent;
}
export interface PointView {
  id: string;
  data: Point;
}

export interface Catalogue {
  buildDate: string;
  /** Every published product, current or withdrawn, by id. */
  products: Map<string, ProductView>;
  /** Currently certified products, best first (stars, then name). */
  current: ProductView[];
  producers: Map<string, Producer>;
  currentByProducer: Map<string, ProductView[]>;
  currentByProvince: Map<string, ProductView[]>;
  producersByProvince: Map<string, Producer[]>;
  /** Keyed by set, group and sector keys alike (`I.3.b`, `I.3`, `I`): every product within. */
  currentByCategory: Map<string, ProductView[]>;
  /**
   * By sector and group key: the products within it that are not yet in a product
   * set (known only down to that sector, or to one of its groups).
   */
  unplacedByCategory: Map<string, ProductView[]>;
  currentByStars: Map<number, ProductView[]>;
  stories: StoryView[];
  storiesByProduct: Map<string, StoryView[]>;
  /** Events by start date. */
  events: EventView[];
  eventsByProvince: Map<string, EventView[]>;
  points: PointView[];
  pointsByProvince: Map<string, PointView[]>;
}

const nameOrder = new Intl.Collator('vi').compare;

/** Best first: more stars, then Vietnamese alphabetical order, then id for stability. */
function byStarsThenName(a: ProductView, b: ProductView): number {
  return b.product.certificate.stars - a.product.certificate.stars || nameOrder(a.product.name, b.product.name) || (a.product.id < b.product.id ? -1 : 1);
}

/**
 * Gives each story its translations. A translation whose folder is not a language
 * of the site, or that names no story, or only repeats the story's own language,
 * stops the build: it would otherwise never be shown, and nobody would notice.
 */
function pairTranslations(stories: StoryView[], entries: Array<CollectionEntry<'storyTranslations'>>): void {
  const byId = new Map(stories.map((story) => [story.id, story]));
  for (const entry of entries) {
    const [folder = '', id = ''] = entry.id.split('/');
    const lang = LANGS.find((l) => l === folder);
    const story = byId.get(id);
    if (!lang || !story || story.data.lang === lang) {
      const why = !lang
        ? `"${folder}" is not a language of the site (${LANGS.join(', ')})`
        : !story
          ? `there is no story "${id}"`
          : `the story is written in ${lang}`;
      throw new Error(`content/stories/${entry.id}.md: ${why}; a translation goes in <language>/<story file name>.md beside the story`);
    }
    story.translations[lang] = { data: entry.data as StoryTranslation, body: entry.body ?? '' };
  }
}

async function load(): Promise<Catalogue> {
  const [productEntries, producerEntries, storyEntries, translationEntries, eventEntries, pointEntries] = await Promise.all([
    getCollection('products'),
    getCollection('producers'),
    getCollection('stories'),
    getCollection('storyTranslations'),
    getCollection('events'),
    getCollection('points'),
  ]);
  const producers = new Map(producerEntries.map((e) => [e.id, e.data as Producer]));
  const products = new Map<string, ProductView>();
  for (const entry of productEntries) {
    const product = entry.data as Product;
    const state = certificateStateOn(product.certificate, BUILD_DATE);
    products.set(product.id, { product, state, shown: state.shown, category: categoryByKey(product.category), producer: producers.get(product.producerId) });
  }
  const current = [...products.values()].filter((v) => v.shown).sort(byStarsThenName);

  const currentByProducer = new Map<string, ProductView[]>();
  const currentByProvince = new Map<string, ProductView[]>();
  const currentByCategory = new Map<string, ProductView[]>();
  const unplacedByCategory = new Map<string, ProductView[]>();
  const currentByStars = new Map<number, ProductView[]>();
  for (const view of current) {
    addToList(currentByProducer, view.product.producerId, view);
    addToList(currentByProvince, view.product.address.provinceCode, view);
    addToList(currentByStars, view.product.certificate.stars, view);
    const { sector, group, set } = view.category;
    addToList(currentByCategory, sector.key, view);
    if (group) addToList(currentByCategory, group.key, view);
    if (set && set.key !== group?.key) addToList(currentByCategory, set.key, view);
    if (!set) {
      addToList(unplacedByCategory, sector.key, view);
      if (group) addToList(unplacedByCategory, group.key, view);
    }
  }
  const producersByProvince = new Map<string, Producer[]>();
  for (const producer of [...producers.values()].sort((a, b) => nameOrder(a.name, b.name)))
    addToList(producersByProvince, producer.address.provinceCode, producer);

  const stories: StoryView[] = storyEntries
    .map((e: CollectionEntry<'stories'>) => ({ id: e.id, data: e.data as Story, body: e.body ?? '', translations: {} }))
    .sort((a, b) => (a.data.published < b.data.published ? 1 : -1));
  pairTranslations(stories, translationEntries);
  const storiesByProduct = new Map<string, StoryView[]>();
  for (const story of stories) for (const id of story.data.products) addToList(storiesByProduct, id, story);

  const events = eventEntries.map((e) => ({ id: e.id, data: e.data as OcopEvent })).sort((a, b) => (a.data.startDate < b.data.startDate ? -1 : 1));
  const eventsByProvince = new Map<string, EventView[]>();
  for (const event of events) {
    for (const code of new Set([event.data.address.provinceCode, ...event.data.provinces])) addToList(eventsByProvince, code, event);
  }
  const points = pointEntries.map((e) => ({ id: e.id, data: e.data as Point })).sort((a, b) => nameOrder(a.data.name, b.data.name));
  const pointsByProvince = new Map<string, PointView[]>();
  for (const point of points) addToList(pointsByProvince, point.data.address.provinceCode, point);

  return {
    buildDate: BUILD_DATE,
    products,
    current,
    producers,
    currentByProducer,
    currentByProvince,
    producersByProvince,
    currentByCategory,
    unplacedByCategory,
    currentByStars,
    stories,
    storiesByProduct,
    events,
    eventsByProvince,
    points,
    pointsByProvince,
  };
}

let cached: Promise<Catalogue> | undefined;

/** The catalogue of this build, loaded on first use and shared by every page. */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

/** The currently certified products among `ids`, in their order: the ones a fair or a sales point lists. */
export function currentProducts(catalogue: Catalogue, ids: readonly string[]): ProductView[] {
  return ids.map((id) => catalogue.products.get(id)).filter((v): v is ProductView => v?.shown === true);
}

export { eventIsPast };

/** Events still running or starting on or after the build date. */
export function upcomingEvents(catalogue: Catalogue): EventView[] {
  return catalogue.events.filter((e) => !eventIsPast(catalogue, e));
}

export function pastEvents(catalogue: Catalogue): EventView[] {
  return catalogue.events.filter((e) => eventIsPast(catalogue, e)).reverse();
}

export const PAGE_SIZE = 48;

/** Pages of a listing: at least one, even when empty, so every listing URL exists. */
export function paginate<T>(items: T[], size = PAGE_SIZE): Array<{ page: number; pages: number; items: T[] }> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: items.slice(i * size, (i + 1) * size) }));
}

export type { SectorKey };
