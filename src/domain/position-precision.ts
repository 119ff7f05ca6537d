/**
 * How exact a published map position is. A household business is a person: unless
 * the export marks its contacts public, its position is published rounded to two
 * decimals (about a kilometre) so that the pin does not point at someone's home.
 * The importer rounds with `roundForPrivacy`; the map and the pages read the same
 * rule back with `isApproximatePosition` to say "about 1 km" instead of implying
 * a doorstep. The registry has no other source of positions (no commune centres):
 * a position is the export's own latitude and longitude, exact or rounded.
 */
import type { Coordinates } from './coordinates.ts';

const PRIVATE_DECIMALS = 2;
const SCALE = 10 ** PRIVATE_DECIMALS;

const roundTo = (value: number): number => Math.round(value * SCALE) / SCALE;

export function roundForPrivacy(location: Coordinates): Coordinates {
  return { lat: roundTo(location.lat), lon: roundTo(location.lon) };
}

/**
 * Whether a household's published position is the rounded one. An exact position
 * (five decimals) falls on the two-decimal grid in both coordinates about once in
 * a million, so a position on the grid is read as rounded.
 */
export function isApproximatePosition(location: Coordinates, producerType: string | undefined): boolean {
  if (producerType !== 'household') return false;
  const onGrid = (value: number) => Math.abs(value - roundTo(value)) < 1e-9;
  return onGrid(location.lat) && onGrid(location.lon);
}
