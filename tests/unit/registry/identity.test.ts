import { describe, expect, it } from 'vitest';
import { identityKey, keepLatestDecisions } from '../../../src/registry/identity.ts';
import type { RegistryRecord } from '../../../src/registry/parse-row.ts';

function record(row: number, decisionDate: string, extra: Partial<RegistryRecord> = {}): RegistryRecord {
  return {
    row,
    code: 'HD-001',
    name: 'Bánh gai Tứ Kỳ',
    producerName: 'Cơ sở A',
    producerType: 'household',
    certificate: { stars: 3, decisionNumber: `${row}/QĐ`, decisionDate, expiresOn: '2030-01-01', status: 'active' },
    productSet: 'I.3.b',
    address: { provinceCode: '31', asWritten: 'Hải Dương' },
    ecommerce: [],
    standards: [],
    publicContact: false,
    ...extra,
  };
}

describe('keepLatestDecisions', () => {
  it('keeps the latest decision for a product code and lists the older rows as superseded', () => {
    const { winners, superseded } = keepLatestDecisions([record(2, '2024-05-20'), record(3, '2021-05-14'), record(4, '2022-01-01')]);
    expect(winners.map((w) => [w.row, w.id])).toEqual([[2, 'banh-gai-tu-ky-hd-001']]);
    expect(superseded).toEqual([
      { row: 3, by: 2 },
      { row: 4, by: 2 },
    ]);
  });

  it('lets the later row win when two decisions share a date', () => {
    const { winners } = keepLatestDecisions([record(5, '2024-05-20'), record(2, '2024-05-20')]);
    expect(winners[0]!.row).toBe(5);
  });

  it('identifies a product without a code by decision, producer and name', () => {
    const a = record(2, '2024-01-01');
    const b = record(3, '2024-01-01', { producerName: '  cơ sở a ' });
    delete a.code;
    delete b.code;
    b.certificate = { ...b.certificate, decisionNumber: a.certificate.decisionNumber };
    expect(identityKey(a)).toBe(identityKey(b));
    const { winners } = keepLatestDecisions([a, b]);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.id).toMatch(/^banh-gai-tu-ky-[0-9a-f]{8}$/);
  });
});
