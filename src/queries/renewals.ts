/**
 * What the renewal pages and feeds read: the catalogue's products sorted into
 * the three lists of `renewalListsOn` on the build date, once per build, for the
 * nation and by province. The rules are in src/domain/renewal.ts.
 */
import { renewalListsOn, type RenewalEntry } from '../domain/renewal.ts';
import { addToList } from '../domain/lists-by-key.ts';
import type { Catalogue, ProductView } from './catalogue.ts';

/** A product in one list; without a list named, a product in any list (a union, one member per list). */
export type RenewalItem<L extends RenewalEntry['list'] = RenewalEntry['list']> = ItemOf<Extract<RenewalEntry, { list: L }>>;
type ItemOf<E> = E extends RenewalEntry ? { view: ProductView; entry: E } : never;

export interface RenewalLists {
  /** By expiry date, soonest first, grouped by the month of expiry (`2027-01`). */
  expiring: Array<{ month: string; items: Array<RenewalItem<'expiring'>> }>;
  /** Newest decision first. */
  newlyCertified: Array<RenewalItem<'newlyCertified'>>;
  /** Most recently withdrawn first. */
  recentlyWithdrawn: Array<RenewalItem<'recentlyWithdrawn'>>;
  /** Every item of the three lists, the latest change first: what a feed carries. */
  changes: RenewalItem[];
}

const nameOrder = new Intl.Collator('vi').compare;

function byDateThenName<T extends RenewalItem>(date: (item: T) => string, newestFirst: boolean) {
  return (a: T, b: T) => {
    const da = date(a);
    const db = date(b);
    if (da !== db) return (da < db ? -1 : 1) * (newestFirst ? -1 : 1);
    return nameOrder(a.view.product.name, b.view.product.name) || (a.view.product.id < b.view.product.id ? -1 : 1);
  };
}

function listsOf(items: RenewalItem[]): RenewalLists {
  const expiring = items
    .filter((item): item is RenewalItem<'expiring'> => item.entry.list === 'expiring')
    .sort(byDateThenName((item) => item.entry.expiresOn, false));
  const byMonth = new Map<string, Array<RenewalItem<'expiring'>>>();
  for (const item of expiring) addToList(byMonth, item.entry.expiresOn.slice(0, 7), item);
  return {
    expiring: [...byMonth].map(([month, monthItems]) => ({ month, items: monthItems })),
    newlyCertified: items
      .filter((item): item is RenewalItem<'newlyCertified'> => item.entry.list === 'newlyCertified')
      .sort(byDateThenName((item) => item.entry.changed, true)),
    recentlyWithdrawn: items
      .filter((item): item is RenewalItem<'recentlyWithdrawn'> => item.entry.list === 'recentlyWithdrawn')
      .sort(byDateThenName((item) => item.entry.changed, true)),
    changes: [...items].sort(byDateThenName((item) => item.entry.changed, true)),
  };
}

/**
 * How many entries of each list the national page shows: at 20,000 products the
 * lists hold some 2,900 expiring, 550 new and 950 withdrawn certificates
 * (docs/site.md), 2 MB of HTML; the province pages show all of theirs.
 */
export const NATIONAL_PAGE_LIMIT = 100;
/**
 * The most entries a feed carries, the latest changes first: a reader that polls
 * nightly sees every change (some 40 a night nationally) and one that missed a
 * week still does; the largest province's lists hold about 830.
 */
export const FEED_LIMIT = 500;

/** The first `limit` expiring certificates, still grouped by month, each month with its full count. */
export function firstExpiring(groups: RenewalLists['expiring'], limit: number): Array<RenewalLists['expiring'][number] & { total: number }> {
  const kept: Array<RenewalLists['expiring'][number] & { total: number }> = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    kept.push({ month: group.month, items: group.items.slice(0, left), total: group.items.length });
    left -= group.items.length;
  }
  return kept;
}

export interface RenewalIndex {
  national: RenewalLists;
  /** By province code; a province with nothing in any list has empty lists. */
  byProvince(code: string): RenewalLists;
}

const built = new WeakMap<Catalogue, RenewalIndex>();

/** The lists of this build, computed on first use from every published product, current or withdrawn. */
export function renewalIndex(catalogue: Catalogue): RenewalIndex {
  const known = built.get(catalogue);
  if (known) return known;
  const all: RenewalItem[] = [];
  const byProvinceItems = new Map<string, RenewalItem[]>();
  for (const view of catalogue.products.values()) {
    for (const entry of renewalListsOn(view.product.certificate, catalogue.buildDate)) {
      // One entry, one member of the union: the compiler cannot pair them up by itself.
      const item = { view, entry } as RenewalItem;
      all.push(item);
      addToList(byProvinceItems, view.product.address.provinceCode, item);
    }
  }
  const empty = listsOf([]);
  const byProvince = new Map([...byProvinceItems].map(([code, items]) => [code, listsOf(items)]));
  const index: RenewalIndex = { national: listsOf(all), byProvince: (code) => byProvince.get(code) ?? empty };
  built.set(catalogue, index);
  return index;
}
