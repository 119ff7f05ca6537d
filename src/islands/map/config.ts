/** What the map page hands its script, as JSON in a data attribute. */
import type { TileConfig } from '../../map/map-config.ts';

export interface MapStrings {
  loading: string;
  count: (n: number) => string;
  loadFailed: string;
  tilesFailed: string;
  locating: string;
  locateFailed: string;
  nearbyFrom: string;
  youAreHere: string;
  cluster: (n: number) => string;
  kind: { point: string; producer: string };
  km: (km: number) => string;
}

export interface MapPageConfig {
  dataUrl: string;
  tiles: TileConfig;
  /** Page URL prefixes per kind, e.g. `/diem-ban/`; the id follows. */
  pageBase: { point: string; producer: string };
  provinces: Record<string, string>;
  lang: 'vi' | 'en';
}
