import { describe, expect, it } from 'vitest';
import { distanceKm, nearest } from '../../../src/map/geo.ts';

const hanoi = { lat: 21.0285, lon: 105.8542 };
const hcmc = { lat: 10.7769, lon: 106.7009 };

describe('distances for "near me"', () => {
  it('measures Hà Nội to Hồ Chí Minh City at about 1,140 km', () => {
    expect(distanceKm(hanoi, hcmc)).toBeGreaterThan(1130);
    expect(distanceKm(hanoi, hcmc)).toBeLessThan(1150);
  });

  it('sorts places closest first and keeps only the requested number', () => {
    const places = [
      { name: 'far', ...hcmc },
      { name: 'near', lat: 21.03, lon: 105.85 },
      { name: 'middle', lat: 16.05, lon: 108.2 },
    ];
    const result = nearest(places, hanoi, 2);
    expect(result.map((r) => r.item.name)).toEqual(['near', 'middle']);
    expect(result[0]!.km).toBeLessThan(1);
  });
});
