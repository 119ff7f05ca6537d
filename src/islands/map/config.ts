/** What the map page hands its script, as JSON in a data attribute. */
import type { MapStrings } from '../../i18n/islands/map.ts';
import type { TileConfig } from '../../map/map-config.ts';
import type { MapKind } from '../../map/map-points.ts';

/** What the map script says, typed so that a kind of place the dictionary does not name is a type error. */
export type MapScriptStrings = MapStrings & { kind: Record<MapKind, string> };

export interface MapPageConfig {
  dataUrl: string;
  tiles: TileConfig;
  /** Page URL prefixes per kind, e.g. `/diem-ban/`; the id follows. */
  pageBase: Record<MapKind, string>;
  provinces: Record<string, string>;
  lang: 'vi' | 'en';
}
