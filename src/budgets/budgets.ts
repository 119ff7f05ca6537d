/**
 * Page-weight budgets: the one place the numbers live. `npm run check:budgets`
 * (src/budgets/check-dist.ts) measures a built `dist/` against them, in CI on the
 * sample site and by `npm run bench` at national scale.
 *
 * "Compressed" means gzip at zlib's default level, each file compressed on its own
 * the way a static host serves it.
 */
import { routes } from '../i18n/routes.ts';

/** Kinds of page, decided from the URL (see page-kind.ts). */
export type PageKind = 'home' | 'catalogue' | 'product' | 'producer' | 'story' | 'event' | 'point' | 'province' | 'search' | 'map' | 'editor' | 'other';

const KB = 1024;

export interface PageBudget {
  /** Most HTML plus stylesheet bytes (compressed) a page of this kind may weigh. */
  maxHtmlCssGz?: number;
  /** Most HTML, stylesheet and first-load JavaScript bytes (compressed). */
  maxTotalGz?: number;
  /**
   * Most first-load JavaScript (compressed). `0` means the page must carry no
   * script of its own: no `<script>` other than data blocks such as JSON-LD and
   * the allowed enhancements, no island, no inline event handler, no
   * `javascript:` link.
   */
  maxJsGz?: number;
}

/**
 * Small progressive enhancements that script-free pages may still carry, named
 * by the component that ships them (Astro names a component's bundled script
 * `<Component>.astro_astro_type_script_….js`). Each only wires up the page and
 * loads its real code when used: the header search box's live results (the
 * search issue: "with JavaScript the search box appears on every page") and the
 * small map, which fetches Leaflet when scrolled into view (producer, event and
 * point pages only, as the search issue asks).
 */
export type Enhancement = { name: string; kinds: ReadonlyArray<PageKind> | 'all' } & (
  | { /** The script file's URL. */ file: RegExp }
  | { /** The code of a script small enough for Astro to write into the page. */ inline: RegExp }
);

export const ENHANCEMENTS: ReadonlyArray<Enhancement> = [
  { name: 'header search', file: /\/SearchEnhance\.astro_astro_type_script_[^/]*\.js$/, kinds: 'all' },
  { name: 'small map', file: /\/SmallMap\.astro_astro_type_script_[^/]*\.js$/, kinds: ['producer', 'event', 'point'] },
  // The service worker's registration (OfflineSupport.astro), once the page has loaded: the
  // offline issue's "installable and usable offline", on every page. A few hundred bytes, inline.
  { name: 'offline', inline: /navigator\.serviceWorker\.register\(/, kinds: 'all' },
];

/** Together, the enhancements on a script-free page may weigh this much on first load. */
export const ENHANCEMENTS_MAX_GZ = 4 * KB;

/**
 * Per kind of page. Product, producer, story, event, point, province and
 * catalogue pages are plain HTML: everything on them works without JavaScript
 * (the header search box is a plain form); only the enhancements above may
 * ride along.
 */
export const PAGE_BUDGETS: Record<PageKind, PageBudget> = {
  product: { maxHtmlCssGz: 30 * KB, maxJsGz: 0 },
  home: { maxTotalGz: 60 * KB },
  catalogue: { maxTotalGz: 60 * KB, maxJsGz: 0 },
  producer: { maxJsGz: 0 },
  story: { maxJsGz: 0 },
  event: { maxJsGz: 0 },
  point: { maxJsGz: 0 },
  province: { maxJsGz: 0 },
  // The two islands. The search figure is the first search: the page with its
  // island, the language's index manifest, and one typical query: its word files
  // and a page of result files (see check-dist.ts). The search panel is plain
  // TypeScript since issue 16 (about 9 KB with the engine, where React made it
  // 79 KB): its script may not grow back past 16 KB.
  map: { maxJsGz: 70 * KB },
  search: { maxTotalGz: 250 * KB, maxJsGz: 16 * KB },
  // The office's content editor (/quan-tri/): Decap CMS, about 1.5 MB compressed,
  // loaded only by staff who sign in; no public page loads any of it.
  editor: {},
  other: {},
};

/** Each query after the first: its word files plus a page of result files. */
export const SEARCH_FURTHER_QUERY_MAX_GZ = 50 * KB;

/** How many results a page of search results shows. */
export const SEARCH_RESULTS_PER_PAGE = 10;

/** Words in the typical query of the estimate ("mat ong rung"). */
export const SEARCH_WORDS_PER_QUERY = 3;

/**
 * The map's data (one row per display point or located producer), compressed:
 * 150 KB for 5,000 places, scaled to the actual count above that.
 */
export const MAP_DATA_MAX_GZ_PER_5000 = 150 * KB;

/** Where the map page's data is, inside dist (the route table's `mapPoints`). */
export const MAP_DATA_FILE = routes.mapPoints().slice(1);

/**
 * The service worker (`/sw.js`), fetched once after a visitor's first page has
 * loaded: the offline issue's budget for what a first visit adds (docs/performance.md,
 * "Offline"). The page itself gains only its inline registration, an enhancement above.
 */
export const OFFLINE_WORKER_MAX_GZ = 10 * KB;

/** Where the worker is, inside dist (the route table's `serviceWorker`). */
export const OFFLINE_WORKER_FILE = routes.serviceWorker().slice(1);
