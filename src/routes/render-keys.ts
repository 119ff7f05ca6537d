/**
 * The render cache's keys: one per page, a hash of everything the page shows,
 * so a page whose key is the same as last night's is the same page and Astro
 * reuses it (`experimental.incrementalBuild`, docs/operations.md "The render
 * cache"). What a page shows is its data *on the build date*: a star lapses
 * with no change in the export, so the key holds each product's certificate
 * state and re-rating window on that date, never the raw record alone. Every
 * key also holds the code's hash: a change to a template, a dictionary, the
 * config or a package renders every page again.
 *
 * A key may hold more than its page shows (a page is then rendered when it
 * need not be), never less. Pages that draw on the whole catalogue (listings,
 * provinces, A–Z) share one key over all of it; pages that cannot be keyed
 * soundly (the build date itself on them: home, renewals, about…) get none and
 * are rendered every night.
 */
import { createHash } from 'node:crypto';
import { reratingDueOn } from '../domain/renewal.ts';
import type { PhotoSet } from '../images/product-images.ts';
import type { TileConfig } from '../map/map-config.ts';
import type { Catalogue, EventView, PointView, ProductView, StoryView } from '../queries/catalogue.ts';
import { eventIsPast } from '../queries/event-dates.ts';
import type { Producer } from '../schemas/producer.ts';

/** What every page depends on besides its data. */
export interface KeyContext {
  /** The code's hash (src/pipeline/code-hash.ts); undefined means "not known": no page gets a key. */
  codeHash: string | undefined;
  /** The site's address, which canonical links and structured data carry. */
  site: string;
  /** The map tiles the small maps name. */
  tiles: TileConfig;
  /** A product photo's published files, as pages look them up (their names carry the photo's content hash). */
  photoOf: (file: string | undefined) => PhotoSet | undefined;
  /** A story's own photo's published files, the same way. */
  storyPhotoOf: (photo: string | undefined) => PhotoSet | undefined;
  /** Whether pages carry the service worker's registration (`OCOP_OFFLINE`): set outside the code. */
  offline: string;
}

export interface RenderKeys {
  /** A product page: the product, its producer, the producer's other current products, its stories. */
  product(view: ProductView): string | undefined;
  /** A producer page: the producer and its current products with their re-rating dates. */
  producer(producer: Producer): string | undefined;
  /** A story page: the story, its producer, the products it tells about. */
  story(story: StoryView): string | undefined;
  /** A fair's page: the fair, whether it is past, the products on show. */
  event(event: EventView): string | undefined;
  /** A sales point's page: the point and the products it sells. */
  point(point: PointView): string | undefined;
  /** Pages that count or list across the catalogue (listings, provinces, A–Z): everything in it. */
  catalogueWide(): string | undefined;
  /** Files drawn from the code alone (the site's share card). */
  codeOnly(): string | undefined;
}

/** Keys for the pages of one build's catalogue; each part is hashed once however many pages show it. */
export function renderKeys(catalogue: Catalogue, context: KeyContext): RenderKeys {
  const productDigests = new WeakMap<ProductView, string>();
  const storyDigests = new WeakMap<StoryView, string>();
  let wide: string | undefined;

  const productDigest = (view: ProductView) => remembered(productDigests, view, () => digestOf(productFacts(catalogue, view, context)));
  const storyDigest = (story: StoryView) => remembered(storyDigests, story, () => digestOf(storyFacts(story, context)));
  const productsDigest = (views: readonly ProductView[]) => views.map(productDigest);
  const currentOfProducer = (id: string) => catalogue.currentByProducer.get(id) ?? [];
  const key = (page: string, parts: unknown) => (context.codeHash === undefined ? undefined : digestOf({ page, site: siteFacts(context), parts }));

  return {
    product: (view) =>
      key('product', {
        product: productDigest(view),
        others: productsDigest(currentOfProducer(view.product.producerId)),
        stories: (catalogue.storiesByProduct.get(view.product.id) ?? []).map(storyDigest),
      }),
    producer: (producer) => key('producer', { producer, products: productsDigest(currentOfProducer(producer.id)) }),
    story: (story) =>
      key('story', {
        story: storyDigest(story),
        producer: catalogue.producers.get(story.data.producer) ?? null,
        products: story.data.products.map((id) => productOrNone(catalogue, id, productDigest)),
      }),
    event: (event) =>
      key('event', { event, past: eventIsPast(catalogue, event), products: event.data.products.map((id) => productOrNone(catalogue, id, productDigest)) }),
    point: (point) => key('point', { point, products: point.data.products.map((id) => productOrNone(catalogue, id, productDigest)) }),
    catalogueWide: () => {
      wide ??= digestOf(wholeCatalogue(catalogue, productDigest, storyDigest));
      return key('catalogue', wide);
    },
    codeOnly: () => key('code', null),
  };
}

/**
 * What any page may show of one product on the build date: its record, its
 * certificate's state and re-rating window on that date, its photo's files,
 * and its producer (cards name it).
 */
function productFacts(catalogue: Catalogue, view: ProductView, context: KeyContext) {
  // The export's row number is provenance that no page shows: a row added near the
  // top of tomorrow's export would otherwise change every key (src/publish/changes.ts
  // leaves it out of a product's changes for the same reason).
  const { sourceRow: _provenance, ...shown } = view.product;
  return {
    product: shown,
    state: view.state,
    rerating: reratingDueOn(view.product.certificate, catalogue.buildDate) ?? null,
    photo: context.photoOf(view.product.image) ?? null,
    producer: view.producer ?? null,
  };
}

/** What any page may show of a story: its words in every language, and its own photo's files (named by the photo's bytes). */
function storyFacts(story: StoryView, context: KeyContext) {
  return { id: story.id, data: story.data, body: story.body, translations: story.translations, photo: context.storyPhotoOf(story.data.photo) ?? null };
}

function productOrNone(catalogue: Catalogue, id: string, productDigest: (view: ProductView) => string): string | null {
  const view = catalogue.products.get(id);
  return view ? productDigest(view) : null;
}

/** Every product, producer, story, fair (and whether it is past) and sales point, in a fixed order. */
function wholeCatalogue(catalogue: Catalogue, productDigest: (view: ProductView) => string, storyDigest: (story: StoryView) => string) {
  const byId = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    products: byId(catalogue.products).map(([id, view]) => [id, productDigest(view)]),
    producers: byId(catalogue.producers),
    stories: catalogue.stories.map(storyDigest),
    events: catalogue.events.map((event) => ({ event, past: eventIsPast(catalogue, event) })),
    points: catalogue.points,
  };
}

function siteFacts(context: KeyContext) {
  return { code: context.codeHash, site: context.site, tiles: context.tiles, offline: context.offline };
}

function remembered<K extends object>(memo: WeakMap<K, string>, key: K, compute: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** SHA-256 of the value as JSON with object keys sorted, so the same data always gives the same digest. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
