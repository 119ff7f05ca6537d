/**
 * What the service worker does with a request, decided from its URL and mode
 * alone (pure, tested in Node). Pages are never precached: they are kept as the
 * visitor opens them, up to a limit, and the certificate index is never kept at
 * all, so that no answer about a certificate comes from an old copy.
 */
import { routes } from '../../i18n/routes.ts';

export type RequestKind =
  /** An HTML page of the site: network first, the saved copy offline, else the offline page. */
  | 'page'
  /** A product photo (content-hashed names): from the device once seen. */
  | 'photo'
  /** The map's points file: network first, the saved copy offline (the list and "near me" work from it). */
  | 'points'
  /** The certificate check's index: network only. */
  | 'certificates'
  /**
   * A map tile: left to the page and the browser's own cache, which keeps the
   * tiles a visitor has seen for as long as the tile server's headers allow (its
   * policy; OpenStreetMap's forbids bulk and offline downloading). A tile fetched
   * by the worker would be a request of the worker's, which the Content-Security-
   * Policy's `connect-src 'self'` refuses (Chromium: every tile failed), and
   * widening the policy is not worth a second copy of what the browser keeps.
   */
  | 'tile'
  /** Anything else: left to the network and the precache. */
  | 'other';

export interface RequestFacts {
  url: URL;
  /** `navigate` for a page the browser opens. */
  mode: string;
}

export interface SiteOrigins {
  /** The site's own origin. */
  site: string;
  /** The origins map tiles come from (https://tile.openstreetmap.org). */
  tiles: RegExp;
  /** The product photos' folder, `/photos/`. */
  photosUrl: string;
}

/** The office's editor talks to its git host and is not for visitors: the worker leaves it alone. */
const PASSED_THROUGH = [routes.editor()];

export function requestKind({ url, mode }: RequestFacts, origins: SiteOrigins): RequestKind {
  if (origins.tiles.test(url.origin)) return 'tile';
  if (url.origin !== origins.site) return 'other';
  const path = url.pathname;
  if (PASSED_THROUGH.some((prefix) => path.startsWith(prefix))) return 'other';
  if (path === routes.certificateIndex()) return 'certificates';
  if (path === routes.mapPoints()) return 'points';
  if (path.startsWith(origins.photosUrl)) return 'photo';
  if (mode === 'navigate') return 'page';
  return 'other';
}
