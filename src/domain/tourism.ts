/**
 * Sector VI of the OCOP classification (community tourism, eco-tourism and
 * tourist sites) holds places, not goods: a visitor goes there. The map shows
 * them as a kind of their own and their pages say how to get there. This is the
 * one place that decides which products those are.
 */
import { sectorKeyOf, type SectorKey } from './taxonomy.ts';
import type { Coordinates } from './coordinates.ts';

export const TOURISM_SECTOR: SectorKey = 'VI';

/** Whether a category key (sector, group or set) lies in the tourism sector. */
export function isTourismCategory(categoryKey: string): boolean {
  return sectorKeyOf(categoryKey) === TOURISM_SECTOR;
}

export interface DirectionsLinks {
  /**
   * Google Maps' documented cross-platform "Maps URLs" directions link: it opens
   * the Maps app on Android and iOS when installed, the web page otherwise, and
   * starts from the visitor's position.
   */
  directions: string;
  /** A `geo:` URI (RFC 5870), which Android hands to whatever map app the visitor uses. */
  geo: string;
}

const fmt = (n: number): string => n.toFixed(5);

/**
 * Links that open directions to a place: to its coordinates when known, or else
 * to its written address, which the map apps search for.
 */
export function directionsLinks(target: { name: string; location?: Coordinates | undefined; address: string }): DirectionsLinks {
  if (target.location) {
    const at = `${fmt(target.location.lat)},${fmt(target.location.lon)}`;
    return {
      directions: `https://www.google.com/maps/dir/?api=1&destination=${at}`,
      // `q=lat,lon(name)` puts a labelled pin there rather than a bare point.
      geo: `geo:${at}?q=${at}(${encodeURIComponent(target.name)})`,
    };
  }
  const query = encodeURIComponent(target.address);
  return {
    directions: `https://www.google.com/maps/dir/?api=1&destination=${query}`,
    geo: `geo:0,0?q=${query}`,
  };
}
