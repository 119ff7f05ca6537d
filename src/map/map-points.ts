/**
 * The points data of the map page: every display point, producer and tourism
 * place (a current sector VI product, src/domain/tourism.ts) with a known position, as compact arrays (one row per point, no repeated keys) so that
 * 5,000 points stay well under 150 KB compressed. Built at build time, fetched
 * only by the map page.
 */
import { SECTORS, sectorKeyOf, type SectorKey } from '../domain/taxonomy.ts';
import { foldVietnamese } from '../domain/text.ts';

/** Kinds of map point; the index is what the rows store, so a new kind goes at the end. */
export const MAP_KINDS = ['point', 'producer', 'tourism'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

const SECTOR_KEYS = SECTORS.map((s) => s.key);

/**
 * Row layout: [lat, lon, kind index, province code, sector bitmask, name, page id,
 * and `1` when the position is only approximate (src/domain/position-precision.ts);
 * exact rows leave that last cell out].
 * Page ids mostly begin with the folded name (`htx-mia-duong-tien-thuan-80`), so
 * that part is written once, in the name: an id stored as `~-80` means
 * `nameKey(name) + '-80'`. This cuts the file by about 30%.
 */
export type MapRow = [number, number, number, string, number, string, string] | [number, number, number, string, number, string, string, 1];

export interface MapPointsFile {
  /** Format version; bumped when the row layout changes. */
  v: 3;
  rows: MapRow[];
}

/** The name as an id prefix: folded, non-alphanumerics as dashes. Only a compression key, not the slug rule. */
export function nameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function packId(id: string, name: string): string {
  const key = nameKey(name);
  return key && id.startsWith(key) ? `~${id.slice(key.length)}` : id;
}

function unpackId(stored: string, name: string): string {
  return stored.startsWith('~') ? nameKey(name) + stored.slice(1) : stored;
}

export interface MapPoint {
  lat: number;
  lon: number;
  kind: MapKind;
  provinceCode: string;
  sectors: SectorKey[];
  name: string;
  /** Id of the page: the producer id, the display point's slug or the tourism product's id. */
  id: string;
  /** The position is about a kilometre off on purpose (a household's), not the place's door. */
  approximate: boolean;
}

export interface MapPointInput {
  kind: MapKind;
  id: string;
  name: string;
  provinceCode: string;
  location: { lat: number; lon: number };
  /** Category keys (product set, group or sector) of what the place deals in; they decide its sectors. */
  categories: readonly string[];
  /** See `MapPoint.approximate`. */
  approximate?: boolean;
}

/** Five decimals is about a metre: finer digits only cost bytes. */
const round = (value: number): number => Math.round(value * 1e5) / 1e5;

/** One bit per sector (in taxonomy order) of the given category keys, whatever their level. */
export function sectorMask(categories: readonly string[]): number {
  let mask = 0;
  for (const key of categories) mask |= 1 << SECTOR_KEYS.indexOf(sectorKeyOf(key));
  return mask;
}

export function encodeMapPoints(inputs: readonly MapPointInput[]): MapPointsFile {
  const rows = inputs
    // Stable order (kind, then id) so the file only changes when the data does.
    .slice()
    .sort((a, b) => MAP_KINDS.indexOf(a.kind) - MAP_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p): MapRow => {
      const row: MapRow = [
        round(p.location.lat),
        round(p.location.lon),
        MAP_KINDS.indexOf(p.kind),
        p.provinceCode,
        sectorMask(p.categories),
        p.name,
        packId(p.id, p.name),
      ];
      return p.approximate ? [...row, 1] : row;
    });
  return { v: 3, rows };
}

export function decodeMapPoints(file: MapPointsFile): MapPoint[] {
  return file.rows.map(([lat, lon, kind, provinceCode, mask, name, id, approximate]) => ({
    lat,
    lon,
    kind: MAP_KINDS[kind] ?? 'point',
    provinceCode,
    sectors: SECTOR_KEYS.filter((_, i) => (mask & (1 << i)) !== 0),
    name,
    id: unpackId(id, name),
    approximate: approximate === 1,
  }));
}

export interface MapFilter {
  kinds: readonly MapKind[];
  /** Province code, or '' for all. */
  province: string;
  /** Sector key, or '' for all. */
  sector: string;
}

export function filterMapPoints(points: readonly MapPoint[], filter: MapFilter): MapPoint[] {
  return points.filter(
    (p) =>
      filter.kinds.includes(p.kind) &&
      (filter.province === '' || p.provinceCode === filter.province) &&
      (filter.sector === '' || p.sectors.includes(filter.sector as SectorKey)),
  );
}
