/**
 * The renewal lists on a fixed build date, by product: which products each list
 * holds at its boundaries, nationally and by province, and the order a page and
 * a feed show them in.
 */
import { describe, expect, it } from 'vitest';
import { certificateStateOn } from '../../../src/domain/certificate.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { categoryByKey } from '../../../src/domain/taxonomy.ts';
import type { Catalogue, ProductView } from '../../../src/queries/catalogue.ts';
import { firstExpiring, renewalIndex } from '../../../src/queries/renewals.ts';
import type { Certificate } from '../../../src/schemas/certificate.ts';

const AS_OF = '2026-11-23';
const day = (offset: number) => addDays(AS_OF, offset);

function view(id: string, certificate: Partial<Certificate>, provinceCode = '52'): ProductView {
  const product = {
    id,
    name: id,
    producerId: 'htx-1',
    category: 'I.6' as const,
    certificate: {
      stars: 4 as const,
      decisionNumber: `1/${id}`,
      decisionDate: '2024-01-10',
      expiresOn: '2027-01-10',
      status: 'active' as const,
      ...certificate,
    },
    address: { provinceCode },
    ecommerce: [],
    standards: [],
    sourceRow: 2,
  };
  const state = certificateStateOn(product.certificate, AS_OF);
  return { product, state, shown: state.shown, category: categoryByKey('I.6'), producer: undefined };
}

const views = [
  view('expires-in-180-days', { expiresOn: day(180) }),
  view('expires-in-181-days', { expiresOn: day(181) }),
  view('expires-today', { expiresOn: AS_OF }),
  view('expires-in-40-days', { expiresOn: day(40) }, '01'),
  view('expired-yesterday', { expiresOn: day(-1) }),
  view('lapsed-61-days-ago', { expiresOn: day(-62) }),
  view('revoked-60-days-ago', { status: 'revoked', revokedOn: day(-60) }),
  view('revoked-61-days-ago', { status: 'revoked', revokedOn: day(-61) }),
  view('decided-60-days-ago', { decisionDate: day(-60), expiresOn: '2029-09-22' }, '01'),
  view('decided-61-days-ago', { decisionDate: day(-61), expiresOn: '2029-09-21' }),
];
// Only what the lists read: the build date and every published product.
const catalogue = { buildDate: AS_OF, products: new Map(views.map((v) => [v.product.id, v])) } as Catalogue;
const index = renewalIndex(catalogue);
const ids = (items: Array<{ view: ProductView }>) => items.map((item) => item.view.product.id);

describe('the renewal lists of a build', () => {
  it('expiring soon: today and exactly 180 days ahead are in, 181 days are out; soonest first, by month of expiry', () => {
    const expiring = index.national.expiring;
    expect(expiring.map((group) => group.month)).toEqual([AS_OF.slice(0, 7), day(40).slice(0, 7), day(180).slice(0, 7)]);
    expect(expiring.flatMap((group) => ids(group.items))).toEqual(['expires-today', 'expires-in-40-days', 'expires-in-180-days']);
  });

  it('newly certified: decided 60 days ago is in, 61 is out', () => {
    expect(ids(index.national.newlyCertified)).toEqual(['decided-60-days-ago']);
  });

  it('recently lapsed or revoked: expired yesterday and revoked 60 days ago are in, 61 days are out; newest first', () => {
    expect(ids(index.national.recentlyWithdrawn)).toEqual(['expired-yesterday', 'revoked-60-days-ago']);
  });

  it("a province's lists hold only its own products, and a province with none has empty lists", () => {
    const hanoi = index.byProvince('01');
    expect(hanoi.expiring.flatMap((group) => ids(group.items))).toEqual(['expires-in-40-days']);
    expect(ids(hanoi.newlyCertified)).toEqual(['decided-60-days-ago']);
    expect(hanoi.recentlyWithdrawn).toEqual([]);
    const none = index.byProvince('99');
    expect([none.expiring, none.newlyCertified, none.recentlyWithdrawn, none.changes]).toEqual([[], [], [], []]);
  });

  it("the feed's changes are every entry, the latest change first, none after the build date", () => {
    const changes = index.national.changes;
    expect(changes).toHaveLength(6);
    const days = changes.map((item) => item.entry.changed);
    expect(days).toEqual([...days].sort().reverse());
    expect(days.every((changed) => changed <= AS_OF)).toBe(true);
  });
});

describe('the first of the expiring list, for the national page', () => {
  it('keeps the soonest, still grouped by month, each month with its full count', () => {
    const groups = index.national.expiring;
    const firstTwo = firstExpiring(groups, 2);
    expect(firstTwo.map((group) => [group.month, ids(group.items), group.total])).toEqual([
      [AS_OF.slice(0, 7), ['expires-today'], 1],
      [day(40).slice(0, 7), ['expires-in-40-days'], 1],
    ]);
    expect(firstExpiring(groups, Number.POSITIVE_INFINITY).flatMap((group) => ids(group.items))).toHaveLength(3);
    expect(firstExpiring(groups, 0)).toEqual([]);
  });
});
