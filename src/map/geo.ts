/** Distances on the map, for "near me". Great-circle distance is plenty at city scale. */
const EARTH_RADIUS_KM = 6371;

export interface LatLon {
  lat: number;
  lon: number;
}

export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The items nearest to `from`, closest first, each with its distance; ties keep their order. */
export function nearest<T extends LatLon>(items: readonly T[], from: LatLon, limit: number): Array<{ item: T; km: number }> {
  return items
    .map((item, index) => ({ item, km: distanceKm(from, item), index }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .slice(0, limit)
    .map(({ item, km }) => ({ item, km }));
}
