import { describe, expect, it } from 'vitest';
import { parseDegrees, resolveCoordinates } from '../../../src/domain/coordinates.ts';

describe('resolveCoordinates', () => {
  it('accepts a point in Vietnam with decimal commas', () => {
    expect(resolveCoordinates('12,6797', '108,0442')).toEqual({ ok: true, location: { lat: 12.6797, lon: 108.0442 }, swapped: false });
  });

  it('swaps a pair that lands in Vietnam only when swapped', () => {
    expect(resolveCoordinates('107.61', '12.18')).toEqual({ ok: true, location: { lat: 12.18, lon: 107.61 }, swapped: true });
  });

  it('rejects a point outside Vietnam either way round', () => {
    const result = resolveCoordinates('35.68', '139.69');
    expect(result.ok).toBe(false);
  });

  it('rejects text that is not a number', () => {
    expect(parseDegrees('12°N')).toBeNull();
    expect(resolveCoordinates('abc', '108').ok).toBe(false);
  });
});
