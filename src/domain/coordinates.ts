/**
 * Map positions from the registry. People type decimal commas, and some exports
 * swap the latitude and longitude columns; a point outside Vietnam is never
 * published.
 */

/** A point on the map, WGS 84 degrees. The public `location` schema (src/schemas/common.ts) is checked to produce it. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** The box every published point lies in; the public `location` schema takes its limits from here. */
export const VIETNAM_BOUNDS = { minLat: 8, maxLat: 23.5, minLon: 102, maxLon: 110 } as const;

export function inVietnam(lat: number, lon: number): boolean {
  const b = VIETNAM_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon;
}

/** A decimal degree written with a point or a comma (`12,6847`); null when it is not a number. */
export function parseDegrees(text: string): number | null {
  const value = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

export type CoordinateResult = { ok: true; location: Coordinates; swapped: boolean } | { ok: false; reason: string };

/** A point in Vietnam from a latitude and longitude, swapping them when only the swap lands in Vietnam. */
export function resolveCoordinates(latText: string, lonText: string): CoordinateResult {
  const lat = parseDegrees(latText);
  const lon = parseDegrees(lonText);
  if (lat === null || lon === null) return { ok: false, reason: `not a coordinate pair: "${latText}", "${lonText}"` };
  if (inVietnam(lat, lon)) return { ok: true, location: { lat, lon }, swapped: false };
  if (inVietnam(lon, lat)) return { ok: true, location: { lat: lon, lon: lat }, swapped: true };
  return { ok: false, reason: `point ${lat}, ${lon} lies outside Vietnam` };
}
