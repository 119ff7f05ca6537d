/**
 * Map tiles are configuration: the operator may point at another tile server
 * (a national provider, a paid plan) without touching code. The default is
 * OpenStreetMap's standard tiles, whose usage policy asks for visible
 * attribution, a real referrer (browsers send one), no bulk or offline
 * downloading, and zoom levels it serves (up to 19).
 */
export interface TileConfig {
  url: string;
  attribution: string;
  /** Link behind the attribution text. */
  attributionUrl: string;
  maxZoom: number;
}

export const OSM_TILES: TileConfig = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
  maxZoom: 19,
};

export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const url = env.OCOP_TILE_URL?.trim();
  if (!url) return OSM_TILES;
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(url)) {
    throw new Error(`OCOP_TILE_URL must be an https URL template with {z}, {x} and {y}; got "${url}"`);
  }
  const maxZoom = Number(env.OCOP_TILE_MAX_ZOOM ?? 19);
  return {
    url,
    attribution: env.OCOP_TILE_ATTRIBUTION?.trim() || OSM_TILES.attribution,
    attributionUrl: env.OCOP_TILE_ATTRIBUTION_URL?.trim() || OSM_TILES.attributionUrl,
    maxZoom: Number.isInteger(maxZoom) && maxZoom > 0 && maxZoom <= 22 ? maxZoom : 19,
  };
}

/**
 * A pattern of the origins tiles come from, for the service worker that keeps
 * the tiles a visitor has seen: a `{s}` subdomain in the template (`{s}.tile…`)
 * stands for any one subdomain.
 */
export function tileOriginPattern(url: string): string {
  const origin = /^https:\/\/[^/]+/.exec(url)?.[0];
  if (!origin) throw new Error(`cannot find the host of the tile URL "${url}"`);
  return `^${origin
    .split('{s}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9-]+')}$`;
}
