/**
 * The render cache's keys on a tiny catalogue: two producers, three products, a
 * story, a fair and a sales point. A key changes exactly when what its page
 * shows changes, the build date's effect included (a star lapses, a re-rating
 * window opens, a fair ends), and stays the same when only the date moves.
 */
import { describe, expect, it } from 'vitest';
import { certificateStateOn } from '../../../src/domain/certificate.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { categoryByKey } from '../../../src/domain/taxonomy.ts';
import type { PhotoSet } from '../../../src/images/product-images.ts';
import { OSM_TILES } from '../../../src/map/map-config.ts';
import type { Catalogue, ProductView, StoryView } from '../../../src/queries/catalogue.ts';
import { digestOf, renderKeys, type KeyContext } from '../../../src/routes/render-keys.ts';
import type { Producer } from '../../../src/schemas/producer.ts';
import type { Product } from '../../../src/schemas/product.ts';

const AS_OF = '2026-11-23';
/** a-1's last valid day: far from AS_OF, so moving the date a little changes nothing. */
const A1_EXPIRES = '2027-12-31';

function producer(id: string, name = `Producer ${id}`): Producer {
  return { id, name, type: 'cooperative', address: { provinceCode: id === 'htx-a' ? '01' : '52' } } as Producer;
}

function product(id: string, producerId: string, expiresOn = '2028-06-30', image?: string): Product {
  return {
    id,
    name: `Product ${id}`,
    producerId,
    category: 'I.6',
    certificate: { stars: 4, decisionNumber: `1/${id}`, decisionDate: '2025-06-30', expiresOn, status: 'active' },
    address: { provinceCode: '01' },
    ecommerce: [],
    standards: [],
    sourceRow: 2,
    ...(image ? { image } : {}),
  } as Product;
}

interface Data {
  buildDate: string;
  products: Product[];
  producers: Producer[];
  eventEnds: string;
}

const DATA: Data = {
  buildDate: AS_OF,
  products: [product('a-1', 'htx-a', A1_EXPIRES, 'a-1.jpg'), product('a-2', 'htx-a'), product('b-1', 'htx-b')],
  producers: [producer('htx-a'), producer('htx-b')],
  eventEnds: '2027-03-01',
};

/** The parts of a catalogue the keys read, built the way src/queries/catalogue.ts builds them. */
function catalogueOf(data: Data): Catalogue {
  const producers = new Map(data.producers.map((p) => [p.id, p]));
  const products = new Map<string, ProductView>();
  for (const p of data.products) {
    const state = certificateStateOn(p.certificate, data.buildDate);
    products.set(p.id, { product: p, state, shown: state.shown, category: categoryByKey(p.category), producer: producers.get(p.producerId) });
  }
  const currentByProducer = new Map<string, ProductView[]>();
  for (const view of products.values())
    if (view.shown) currentByProducer.set(view.product.producerId, [...(currentByProducer.get(view.product.producerId) ?? []), view]);
  const story: StoryView = {
    id: 'story-a',
    data: { title: 'A story', summary: 'Of a-1', lang: 'vi', producer: 'htx-a', products: ['a-1'], published: '2026-10-01' } as StoryView['data'],
    body: 'Once.',
    translations: {},
  };
  const events = [{ id: 'fair', data: { title: { vi: 'Hội chợ', en: 'Fair' }, startDate: '2026-11-01', endDate: data.eventEnds, products: ['a-1'] } }];
  const points = [{ id: 'shop-b', data: { name: 'Shop', products: ['b-1'] } }];
  return {
    buildDate: data.buildDate,
    products,
    producers,
    currentByProducer,
    storiesByProduct: new Map([['a-1', [story]]]),
    stories: [story],
    events,
    points,
  } as unknown as Catalogue;
}

const photos: Record<string, PhotoSet> = {
  'a-1.jpg': { variants: [{ url: '/photos/aaaa-480.webp', width: 480, height: 360 }], share: { url: '/photos/aaaa-share.jpg', width: 1200, height: 628 } },
};
const CONTEXT: KeyContext = {
  codeHash: 'code-1',
  site: 'https://ocop.example.vn/',
  tiles: OSM_TILES,
  photoOf: (file) => (file ? photos[file] : undefined),
  storyPhotoOf: () => undefined,
  offline: 'on',
};

/** Every key of the catalogue, by page. */
function keysOf(data: Data, context: KeyContext = CONTEXT): Record<string, string | undefined> {
  const catalogue = catalogueOf(data);
  const keys = renderKeys(catalogue, context);
  const view = (id: string) => catalogue.products.get(id)!;
  return {
    'product a-1': keys.product(view('a-1')),
    'product a-2': keys.product(view('a-2')),
    'product b-1': keys.product(view('b-1')),
    'producer htx-a': keys.producer(catalogue.producers.get('htx-a')!),
    'producer htx-b': keys.producer(catalogue.producers.get('htx-b')!),
    'story a': keys.story(catalogue.stories[0]!),
    fair: keys.event(catalogue.events[0]!),
    'point b': keys.point(catalogue.points[0]!),
    'catalogue-wide': keys.catalogueWide(),
    'code only': keys.codeOnly(),
  };
}

/** The pages whose key differs between two builds. */
function changed(before: Record<string, string | undefined>, after: Record<string, string | undefined>): string[] {
  return Object.keys(before).filter((page) => before[page] !== after[page]);
}

const baseline = keysOf(DATA);

describe('render keys', () => {
  it('are the same for the same data, whichever objects hold it, and differ from page to page', () => {
    expect(keysOf(structuredClone(DATA))).toEqual(baseline);
    expect(new Set(Object.values(baseline)).size).toBe(Object.keys(baseline).length);
  });

  it('stay the same when only the build date moves and nothing it decides changes', () => {
    expect(changed(baseline, keysOf({ ...DATA, buildDate: addDays(AS_OF, 3) }))).toEqual([]);
  });

  it('change for every page that shows a star lapsing overnight with an unchanged export', () => {
    const before = keysOf({ ...DATA, buildDate: A1_EXPIRES });
    const after = keysOf({ ...DATA, buildDate: addDays(A1_EXPIRES, 1) });
    // a-2's page lists a-1 among its producer's products; the story and the fair show a-1's card.
    expect(changed(before, after)).toEqual(['product a-1', 'product a-2', 'producer htx-a', 'story a', 'fair', 'catalogue-wide']);
  });

  it('change when a certificate enters its re-rating window, although its stars still show', () => {
    const opens = addDays(A1_EXPIRES, -180);
    expect(changed(keysOf({ ...DATA, buildDate: addDays(opens, -1) }), keysOf({ ...DATA, buildDate: opens }))).toEqual(
      expect.arrayContaining(['product a-1', 'producer htx-a']),
    );
  });

  it('stay the same when a product only moves to another row of the export', () => {
    const moved = { ...DATA, products: DATA.products.map((p) => ({ ...p, sourceRow: p.sourceRow + 40 })) };
    expect(changed(baseline, keysOf(moved))).toEqual([]);
  });

  it('change for every page that names a renamed producer', () => {
    const renamed = keysOf({ ...DATA, producers: [producer('htx-a', 'HTX A, renamed'), producer('htx-b')] });
    expect(changed(baseline, renamed)).toEqual(['product a-1', 'product a-2', 'producer htx-a', 'story a', 'fair', 'catalogue-wide']);
  });

  it("change for every page that shows a product's card when its photo's files change", () => {
    const newPhoto = { ...photos['a-1.jpg']!, variants: [{ url: '/photos/bbbb-480.webp', width: 480, height: 360 }] };
    const after = keysOf(DATA, { ...CONTEXT, photoOf: (file) => (file === 'a-1.jpg' ? newPhoto : undefined) });
    expect(changed(baseline, after)).toEqual(['product a-1', 'product a-2', 'producer htx-a', 'story a', 'fair', 'catalogue-wide']);
  });

  it("change for every page that shows a story's card when the story's own photo's files change", () => {
    const storyPhoto = {
      variants: [{ url: '/photos/cccc-480.webp', width: 480, height: 360 }],
      share: { url: '/photos/cccc-share.jpg', width: 480, height: 251 },
    };
    const after = keysOf(DATA, { ...CONTEXT, storyPhotoOf: () => storyPhoto });
    expect(changed(baseline, after)).toEqual(['product a-1', 'story a', 'catalogue-wide']);
  });

  it('change when a fair ends', () => {
    expect(changed(keysOf({ ...DATA, buildDate: '2027-03-01' }), keysOf({ ...DATA, buildDate: '2027-03-02' }))).toEqual(['fair', 'catalogue-wide']);
  });

  it('all change with the code, the site address or the map tiles, and are absent while the code is not known', () => {
    for (const context of [
      { ...CONTEXT, codeHash: 'code-2' },
      { ...CONTEXT, site: 'https://ocop.gov.vn/' },
      { ...CONTEXT, tiles: { ...OSM_TILES, url: 'https://tiles.example.vn/{z}/{x}/{y}.png' } },
      // A build without the worker's registration (OCOP_OFFLINE=off) draws every page differently.
      { ...CONTEXT, offline: 'off' },
    ])
      expect(changed(baseline, keysOf(DATA, context))).toEqual(Object.keys(baseline));
    expect(Object.values(keysOf(DATA, { ...CONTEXT, codeHash: undefined }))).toEqual(Object.keys(baseline).map(() => undefined));
  });
});

describe('digestOf', () => {
  it('ignores the order of object keys but not of arrays', () => {
    expect(digestOf({ a: 1, b: [1, 2] })).toBe(digestOf({ b: [1, 2], a: 1 }));
    expect(digestOf({ a: 1, b: [1, 2] })).not.toBe(digestOf({ a: 1, b: [2, 1] }));
  });
});
