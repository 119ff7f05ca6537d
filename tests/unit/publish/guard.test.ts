import { describe, expect, it } from 'vitest';
import { guardExport, type GuardInput } from '../../../src/publish/guard.ts';
import type { Product } from '../../../src/schemas/product.ts';

const AS_OF = '2026-11-23';

function product(id: string, provinceCode: string, certificate: Partial<Product['certificate']> = {}): Product {
  return {
    id,
    name: `Product ${id}`,
    producerId: 'p',
    category: 'I.1' as Product['category'],
    certificate: { stars: 4, decisionNumber: '1/QĐ', decisionDate: '2025-01-01', expiresOn: '2028-01-01', status: 'active', ...certificate },
    address: { provinceCode },
    ecommerce: [],
    standards: [],
    sourceRow: 2,
  };
}

const many = (n: number, province: string, prefix = province): Product[] => Array.from({ length: n }, (_, i) => product(`${prefix}-${i}`, province));

function input(live: Product[], next: Product[], extra: Partial<GuardInput> = {}): GuardInput {
  return { live: { products: live, asOf: AS_OF }, next: { products: next, asOf: AS_OF, rows: next.length, quarantined: 0 }, ...extra };
}

describe('guardExport', () => {
  it('lets through a loss of exactly 10% and refuses one product more', () => {
    const live = [...many(50, '01'), ...many(50, '02')];
    const keepTen = live.filter((p) => !['01-0', '01-1', '01-2', '01-3', '01-4', '02-0', '02-1', '02-2', '02-3', '02-4'].includes(p.id));
    expect(guardExport(input(live, keepTen)).refusals).toEqual([]);
    const refused = guardExport(input(live, keepTen.slice(1)));
    expect(refused.refusals[0]).toMatch(/^11 of 100 published products \(11%\) would disappear/);
  });

  it('refuses more than 50 lost products even when that is under 10%', () => {
    const live = many(600, '01');
    expect(guardExport(input(live, live.slice(51))).refusals[0]).toMatch(/^51 of 600/);
    expect(guardExport(input(live, live.slice(50))).refusals).toEqual([]);
  });

  it('refuses when one province loses more than 30%, naming it', () => {
    const live = [...many(90, '01'), ...many(10, '68')];
    const verdict = guardExport(
      input(
        live,
        live.filter((p) => !['68-0', '68-1', '68-2', '68-3'].includes(p.id)),
      ),
    );
    expect(verdict.refusals).toEqual([expect.stringMatching(/^province 68 would lose 4 of its 10 published products \(40%\)/)]);
  });

  it('treats lapsed and revoked certificates as expected change, never as loss', () => {
    const live = many(10, '01');
    const next = live.map((p, i) => (i < 5 ? { ...p, certificate: { ...p.certificate, status: 'revoked' as const } } : p));
    const verdict = guardExport(input(live, next));
    expect(verdict.refusals).toEqual([]);
    expect(verdict.lost).toEqual([]);
    expect(verdict.expected.map((e) => e.reason)).toEqual(['revoked', 'revoked', 'revoked', 'revoked', 'revoked']);
  });

  it('does not count a product that was already withdrawn in the live release as lost', () => {
    const expired = product('old', '01', { expiresOn: '2020-01-01' });
    const live = [...many(5, '01'), expired];
    expect(guardExport(input(live, many(5, '01'))).lost).toEqual([]);
  });

  it('refuses an export with no rows, and one with more than 20% quarantined, also on the first run', () => {
    expect(guardExport({ live: null, next: { products: [], asOf: AS_OF, rows: 0, quarantined: 0 } }).refusals).toEqual(['the export has no data rows']);
    const next = many(8, '01');
    expect(guardExport({ live: null, next: { products: next, asOf: AS_OF, rows: 10, quarantined: 2 } }).refusals).toEqual([]);
    expect(guardExport({ live: null, next: { products: next, asOf: AS_OF, rows: 10, quarantined: 3 } }).refusals[0]).toMatch(
      /^3 of 10 rows \(30%\) are quarantined/,
    );
  });

  it('--allow-shrink accepts a loss up to its count, never a truncated export', () => {
    const live = many(20, '01');
    const accepted = guardExport(input(live, live.slice(5), { allowShrink: { count: 5, reason: 'merged' } }));
    expect(accepted.refusals).toEqual([]);
    expect(accepted.acceptedShrink).toEqual({ count: 5, lost: 5, reason: 'merged' });
    const truncated = guardExport(input(live, live, { allowShrink: { count: 5, reason: 'x' }, truncatedAt: { row: 21, cells: 3, columns: 32 } }));
    expect(truncated.refusals).toEqual(['the export looks cut off: its last row (row 21) has 3 of 32 columns']);
  });
});
