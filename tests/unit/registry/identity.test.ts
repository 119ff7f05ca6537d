import { describe, expect, it } from 'vitest';
import { assignIds, identityKey, keepLatestDecisions, toneKey } from '../../../src/registry/identity.ts';
import type { RegistryRecord } from '../../../src/registry/record.ts';

function record(row: number, decisionDate: string, extra: Partial<RegistryRecord> = {}): RegistryRecord {
  return {
    row,
    code: 'HD-001',
    name: 'Bánh gai Tứ Kỳ',
    producerName: 'Cơ sở A',
    producerType: 'household',
    certificate: { stars: 3, decisionNumber: `${row}/QĐ`, decisionDate, expiresOn: '2030-01-01', status: 'active' },
    category: 'I.3.b',
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
    expect(winners.map((w) => w.row)).toEqual([2]);
    expect(assignIds(winners, 'Chủ thể').records.map((w) => w.id)).toEqual(['banh-gai-tu-ky-hd-001']);
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
    expect(assignIds(winners, 'Chủ thể').records[0]!.id).toMatch(/^banh-gai-tu-ky-[0-9a-f]{8}$/);
  });
});

describe('identity keeps names that differ in a tone mark apart', () => {
  const ha = record(5, '2024-01-01', { code: 'LD-010', producerName: 'Hộ kinh doanh Lê Thị Hà' });
  const ha2 = record(9, '2024-01-01', { code: 'LD-011', producerName: 'Hộ kinh doanh Lê Thị Hạ' });

  it('gives two producers whose names fold to one slug two ids, and warns', () => {
    const { records, warnings } = assignIds([ha, ha2], 'Chủ thể');
    const ids = records.map((r) => r.producerId);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('ho-kinh-doanh-le-thi-ha-31');
    expect(warnings).toEqual([
      expect.objectContaining({ row: 9, column: 'Chủ thể', code: 'near-duplicate-producer', reason: expect.stringContaining('Lê Thị Hà" (row 5)') }),
    ]);
  });

  it('gives the same ids whatever the order of the rows', () => {
    const forward = assignIds([ha, ha2], 'Chủ thể').records.map((r) => [r.row, r.producerId]);
    const backward = assignIds([ha2, ha], 'Chủ thể').records.map((r) => [r.row, r.producerId]);
    expect(new Map(backward as Array<[number, string]>)).toEqual(new Map(forward as Array<[number, string]>));
  });

  it('keeps one producer for names that differ only in case, spacing or where the tone mark sits', () => {
    expect(toneKey('Hợp tác xã Hoà Bình')).toBe(toneKey('HỢP TÁC XÃ  Hòa Bình'));
    const a = record(2, '2024-01-01', { code: 'A-1', producerName: 'Hợp tác xã Hoà Bình' });
    const b = record(3, '2024-01-01', { code: 'A-2', producerName: 'HỢP TÁC XÃ  Hòa Bình' });
    const { records, warnings } = assignIds([a, b], 'Chủ thể');
    expect(new Set(records.map((r) => r.producerId)).size).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('does not merge two code-less products whose names differ in a tone mark', () => {
    const a = record(2, '2024-01-01', { name: 'Mật ong Hà' });
    const b = record(3, '2024-01-01', { name: 'Mật ong Hạ' });
    delete a.code;
    delete b.code;
    b.certificate = { ...b.certificate, decisionNumber: a.certificate.decisionNumber };
    const { winners, superseded } = keepLatestDecisions([a, b]);
    expect(superseded).toEqual([]);
    const ids = assignIds(winners, 'Chủ thể').records.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });
});
