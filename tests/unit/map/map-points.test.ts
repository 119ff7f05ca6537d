import { describe, expect, it } from 'vitest';
import { decodeMapPoints, encodeMapPoints, filterMapPoints, sectorMask, type MapPointInput } from '../../../src/map/map-points.ts';
import { tileConfig, OSM_TILES } from '../../../src/map/map-config.ts';

const inputs: MapPointInput[] = [
  { kind: 'producer', id: 'htx-b-66', name: 'HTX B', provinceCode: '66', location: { lat: 12.6847123, lon: 108.0373999 }, categories: ['I.6', 'I.2.b'] },
  { kind: 'point', id: 'ga-da-nang', name: 'Ga Đà Nẵng', provinceCode: '48', location: { lat: 16.07, lon: 108.21 }, categories: ['IV.1'] },
];

describe('the map points file', () => {
  it('round-trips places through compact rows, rounding positions to about a metre', () => {
    const file = encodeMapPoints(inputs);
    expect(file.rows[0]).toEqual([16.07, 108.21, 0, '48', 8, 'Ga Đà Nẵng', '~']);
    expect(file.rows[1]![6]).toBe('~-66');
    const points = decodeMapPoints(JSON.parse(JSON.stringify(file)));
    const producer = points.find((p) => p.id === 'htx-b-66')!;
    expect(producer).toEqual({
      lat: 12.68471,
      lon: 108.0374,
      kind: 'producer',
      provinceCode: '66',
      sectors: ['I'],
      name: 'HTX B',
      id: 'htx-b-66',
      approximate: false,
    });
  });

  it('carries tourism places as their own kind, and says which positions are only approximate', () => {
    const tourism: MapPointInput = {
      kind: 'tourism',
      id: 'du-lich-cong-dong-ban-nua-40',
      name: 'Du lịch cộng đồng bản Nưa',
      provinceCode: '40',
      location: { lat: 19.04, lon: 105.55 },
      categories: ['VI.1'],
      approximate: true,
    };
    const file = encodeMapPoints([tourism, ...inputs]);
    // Kinds in their stable order: a tourism place after the display point and the producer.
    expect(file.rows.map((row) => row[2])).toEqual([0, 1, 2]);
    expect(file.rows[2]).toEqual([19.04, 105.55, 2, '40', 1 << 5, 'Du lịch cộng đồng bản Nưa', '~-40', 1]);
    // Exact positions spend no cell on saying so.
    expect(file.rows[0]).toHaveLength(7);
    const points = decodeMapPoints(JSON.parse(JSON.stringify(file)));
    expect(points.find((p) => p.kind === 'tourism')).toMatchObject({ id: tourism.id, sectors: ['VI'], approximate: true });
    expect(points.filter((p) => p.approximate).map((p) => p.id)).toEqual([tourism.id]);
    expect(filterMapPoints(points, { kinds: ['point', 'producer'], province: '', sector: '' }).map((p) => p.kind)).toEqual(['point', 'producer']);
    expect(filterMapPoints(points, { kinds: ['tourism'], province: '', sector: '' }).map((p) => p.id)).toEqual([tourism.id]);
  });

  it('gives a place the sectors of products known only to their sector or group', () => {
    expect(sectorMask(['I'])).toBe(1);
    expect(sectorMask(['II.1', 'I.3.b'])).toBe(0b11);
    const producer = { ...inputs[0]!, categories: ['III', 'II.1'] };
    expect(decodeMapPoints(encodeMapPoints([producer]))[0]!.sectors).toEqual(['II', 'III']);
  });

  it('keeps an id whole when it does not begin with the folded name', () => {
    const odd = { ...inputs[0]!, id: 'htx-b-truncated-66', name: 'Hợp tác xã B' };
    expect(decodeMapPoints(encodeMapPoints([odd]))[0]!.id).toBe('htx-b-truncated-66');
    expect(encodeMapPoints([odd]).rows[0]![6]).toBe('htx-b-truncated-66');
  });

  it('filters by kind, province and sector together', () => {
    const points = decodeMapPoints(encodeMapPoints(inputs));
    expect(filterMapPoints(points, { kinds: ['point', 'producer'], province: '', sector: '' })).toHaveLength(2);
    expect(filterMapPoints(points, { kinds: ['producer'], province: '', sector: '' }).map((p) => p.id)).toEqual(['htx-b-66']);
    expect(filterMapPoints(points, { kinds: ['point', 'producer'], province: '', sector: 'IV' }).map((p) => p.id)).toEqual(['ga-da-nang']);
    expect(filterMapPoints(points, { kinds: ['point', 'producer'], province: '66', sector: 'IV' })).toEqual([]);
  });

  it('stays under 150 KB gzipped for 5,000 places', async () => {
    const { gzipSync } = await import('node:zlib');
    const many: MapPointInput[] = Array.from({ length: 5000 }, (_, i) => ({
      kind: i % 5 === 0 ? 'point' : 'producer',
      id: `hop-tac-xa-nong-nghiep-so-${i}-${String(i % 34).padStart(2, '0')}`,
      name: `Hợp tác xã Nông nghiệp số ${i}`,
      provinceCode: String(i % 34).padStart(2, '0'),
      location: { lat: 8.5 + ((i * 7919) % 14000) / 1000, lon: 102.5 + ((i * 104729) % 7000) / 1000 },
      categories: ['I.6'],
    }));
    const bytes = gzipSync(JSON.stringify(encodeMapPoints(many))).length;
    expect(bytes).toBeLessThan(150 * 1024);
  });
});

describe('the tile configuration', () => {
  it('defaults to OpenStreetMap with its attribution', () => {
    expect(tileConfig({})).toEqual(OSM_TILES);
    expect(OSM_TILES.attribution).toContain('OpenStreetMap');
  });

  it('takes an https template from the environment and refuses anything else', () => {
    const config = tileConfig({ OCOP_TILE_URL: 'https://tiles.example.vn/{z}/{x}/{y}.png', OCOP_TILE_ATTRIBUTION: '© Example' });
    expect(config.url).toBe('https://tiles.example.vn/{z}/{x}/{y}.png');
    expect(config.attribution).toBe('© Example');
    expect(() => tileConfig({ OCOP_TILE_URL: 'http://tiles.example.vn/{z}/{x}/{y}.png' })).toThrow(/https/);
    expect(() => tileConfig({ OCOP_TILE_URL: 'https://tiles.example.vn/tile.png' })).toThrow(/\{z\}/);
  });
});
