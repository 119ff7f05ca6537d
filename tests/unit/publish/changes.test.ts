import { describe, expect, it } from 'vitest';
import { changedFields, computeChanges, hasChanges } from '../../../src/publish/changes.ts';
import type { Product } from '../../../src/schemas/product.ts';

const base: Product = {
  id: 'tra-ta-xua-sl-001',
  name: 'Trà Tà Xùa',
  producerId: 'htx-14',
  category: 'I.1' as Product['category'],
  certificate: { stars: 4, decisionNumber: '1/QĐ', decisionDate: '2025-01-01', expiresOn: '2028-01-01', status: 'active' },
  address: { provinceCode: '14' },
  ecommerce: [],
  standards: [],
  sourceRow: 2,
};

describe('changes since the previous release', () => {
  it('names the changed fields one level deep and ignores a moved spreadsheet row', () => {
    const after = { ...base, sourceRow: 9, description: 'mới', certificate: { ...base.certificate, stars: 5 as const } };
    expect(changedFields(base, after)).toEqual(['certificate.stars', 'description']);
  });

  it('lists added, updated and withdrawn products with their reasons', () => {
    const gone = { ...base, id: 'gone', name: 'Gone' };
    const lapsing = { ...base, id: 'lapsing', name: 'Lapsing' };
    const changes = computeChanges({
      previous: { release: 'r1', products: [base, gone, lapsing], asOf: '2026-11-22' },
      next: {
        products: [
          { ...base, name: 'Trà Shan tuyết Tà Xùa' },
          { ...lapsing, certificate: { ...lapsing.certificate, expiresOn: '2026-11-22' } },
          { ...base, id: 'new', name: 'New' },
        ],
        asOf: '2026-11-23',
        quarantined: [],
      },
    });
    expect(changes.added).toEqual([{ id: 'new', name: 'New' }]);
    expect(changes.updated).toEqual([{ id: base.id, name: 'Trà Shan tuyết Tà Xùa', fields: ['name'] }]);
    expect(changes.withdrawn).toEqual([
      { id: 'gone', name: 'Gone', reason: 'removed-from-export', since: null },
      { id: 'lapsing', name: 'Lapsing', reason: 'expired', since: '2026-11-23' },
    ]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('reports no changes for the same products on the same date', () => {
    const changes = computeChanges({
      previous: { release: 'r1', products: [base], asOf: '2026-11-23' },
      next: { products: [base], asOf: '2026-11-23', quarantined: [] },
    });
    expect(hasChanges(changes)).toBe(false);
  });
});
