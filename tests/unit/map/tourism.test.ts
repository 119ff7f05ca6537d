import { describe, expect, it } from 'vitest';
import { directionsLinks, isTourismCategory } from '../../../src/domain/tourism.ts';
import { isApproximatePosition, roundForPrivacy } from '../../../src/domain/position-precision.ts';
import { CATEGORY_KEYS } from '../../../src/domain/taxonomy.ts';

describe('tourism places', () => {
  it('are the products of sector VI, whatever level their category is known to', () => {
    const tourism = CATEGORY_KEYS.filter(isTourismCategory);
    expect(tourism.length).toBeGreaterThan(0);
    expect(tourism.every((key) => key.startsWith('VI'))).toBe(true);
    expect(isTourismCategory('I.3.b')).toBe(false);
    expect(isTourismCategory('IV.1')).toBe(false);
  });

  it('get directions to their coordinates: a universal https link and a geo: URI with a labelled pin', () => {
    const links = directionsLinks({ name: 'Bản Nưa (A&B)', location: { lat: 19.045091, lon: 105.5477 }, address: 'Xã Quỳnh Thắng' });
    expect(links.directions).toBe('https://www.google.com/maps/dir/?api=1&destination=19.04509,105.54770');
    expect(links.geo).toBe('geo:19.04509,105.54770?q=19.04509,105.54770(B%E1%BA%A3n%20N%C6%B0a%20(A%26B))');
    expect(new URL(links.directions).searchParams.get('destination')).toBe('19.04509,105.54770');
  });

  it('get directions to their written address when the registry gives no coordinates', () => {
    const address = 'Thôn Plei Ku Tơ, Phường Mỹ Xuyên, Thành phố Cần Thơ';
    const links = directionsLinks({ name: 'Du lịch miệt vườn', address });
    expect(new URL(links.directions).searchParams.get('destination')).toBe(address);
    expect(links.geo.startsWith('geo:0,0?q=')).toBe(true);
    expect(decodeURIComponent(links.geo.slice('geo:0,0?q='.length))).toBe(address);
  });
});

describe('approximate positions', () => {
  it('are the households’ positions as the importer rounds them, and only those', () => {
    const exact = { lat: 19.04509, lon: 105.54772 };
    const rounded = roundForPrivacy(exact);
    expect(rounded).toEqual({ lat: 19.05, lon: 105.55 });
    expect(isApproximatePosition(rounded, 'household')).toBe(true);
    // A household that made its contacts public keeps its exact position.
    expect(isApproximatePosition(exact, 'household')).toBe(false);
    // An organisation's position is never rounded, even on the grid.
    expect(isApproximatePosition(rounded, 'cooperative')).toBe(false);
    expect(isApproximatePosition(rounded, undefined)).toBe(false);
  });
});
