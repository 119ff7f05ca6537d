/**
 * The security policy of the published site, written once. It feeds:
 * - Astro's hashed Content-Security-Policy (astro.config.mjs `security`): every
 *   page carries a <meta http-equiv="content-security-policy"> with these
 *   directives plus the hashes of its inline scripts and styles;
 * - the HTTP headers for static hosts (`public/_headers`, `deploy/_headers`) and
 *   nginx (`deploy/nginx/ocop.conf`), kept equal to `renderHeadersFile()` and
 *   `headerPolicy()` by tests/unit/publish/security-policy.test.ts.
 *
 * The header policy repeats every directive of the page policy except
 * script-src and style-src, whose hashes change with each build (a browser
 * enforces both policies, so the page's hashes still decide what runs), and adds
 * frame-ancestors, which a <meta> policy cannot carry.
 */
import type { AstroUserConfig } from 'astro';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { PHOTOS_URL } from '../images/product-images.ts';
import { versionedFilesUrl } from '../search/index/format.ts';
import { tileConfig } from '../map/map-config.ts';

/** One CSP directive as Astro types it (`name value…`). */
type CspDirective = Extract<NonNullable<AstroUserConfig['security']>['csp'], { directives?: unknown }>['directives'] extends Array<infer D> | undefined
  ? D
  : never;

/** Origin of the map tiles (`{s}` subdomain templates become a wildcard). */
export function tileOrigin(env: Record<string, string | undefined> = process.env): string {
  const template = tileConfig(env).url.replace('{s}', '*');
  const match = /^https:\/\/[^/]+/.exec(template);
  if (!match) throw new Error(`cannot find the host of the tile URL "${template}"`);
  return match[0];
}

/** Directives shared by the page (meta) policy and the header policy. */
export function sharedDirectives(env: Record<string, string | undefined> = process.env): CspDirective[] {
  return [
    "default-src 'self'",
    // Photos are served from the site; map tiles are the only outside request.
    `img-src 'self' data: ${tileOrigin(env)}` as const,
    "font-src 'self'",
    // The search fetches its index and the map its points, both from the site.
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The `security` option of astro.config.mjs: Astro adds the hashes of every inline script and style. */
export function astroSecurity(env: Record<string, string | undefined> = process.env) {
  return {
    csp: {
      algorithm: 'SHA-256' as const,
      directives: sharedDirectives(env),
      scriptDirective: { resources: ["'self'"] },
      // style="" attributes (a photo's aspect ratio, Leaflet's markers) cannot be
      // hashed; allowing them is CSS only, never script.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }] },
    },
  };
}

/** The Content-Security-Policy header value (see the note at the top for what it leaves to the page). */
export function headerPolicy(env: Record<string, string | undefined> = process.env): string {
  const shared = sharedDirectives(env).filter((d) => !d.startsWith('default-src'));
  return [...shared, "frame-ancestors 'none'"].join('; ');
}

/**
 * The office's content editor (/quan-tri/) talks to the git host and runs
 * Decap CMS, which the site-wide header policy would block (connect-src
 * 'self'). Its page carries its own policy in a <meta> tag, made with the
 * build's git host (src/pipeline/editor.ts); the header keeps only what a
 * <meta> cannot say, and tells search engines to stay out.
 */
export const EDITOR_HEADER_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
export const EDITOR_ROBOTS = 'noindex, nofollow';

/** Pages that may ask for the visitor's position: the map, for "near me". */
export const GEOLOCATION_PAGES: readonly string[] = LANGS.map((lang) => routes.map(lang));

export const PERMISSIONS = {
  everywhere: 'geolocation=(), camera=(), microphone=(), payment=(), usb=()',
  map: 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
} as const;

export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  // OpenStreetMap's tile policy asks for a referrer; the origin alone is enough.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** Files whose names carry a content hash: safe to cache for a year. */
export const IMMUTABLE_PATHS = ['/_astro/*', `${PHOTOS_URL}*`, ...LANGS.map((lang) => `${versionedFilesUrl(lang)}*`)] as const;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the search index's manifests change every night: always revalidate. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/**
 * The verification badges are embedded on other sites, each view a request: an
 * hour's cache spares the server, and a lapse or revocation still shows within
 * an hour of the night's release (well within the day the certificate rules allow).
 */
export const BADGE_PATHS = LANGS.map((lang) => `${routes.badge(lang, '*').slice(0, -'*.svg'.length)}*`);
export const BADGE_CACHE = 'public, max-age=3600';

/**
 * The service worker: a new release's worker must reach the browser at its next
 * visit, so no cache may keep the old one (browsers check it themselves too, but
 * a proxy or CDN would not know). It sits at the root, its scope the whole site,
 * so no Service-Worker-Allowed header is needed; it is a same-origin script, which
 * the policy's 'self' already allows.
 */
export const SERVICE_WORKER_PATH = routes.serviceWorker();
export const SERVICE_WORKER_CACHE = 'no-cache';

/** The Cache-Control of a URL path: the one rule behind the headers file, nginx's map and the objects of a bucket. */
export function cacheControlOf(urlPath: string): string {
  const under = (patterns: readonly string[]) => patterns.some((pattern) => urlPath.startsWith(pattern.slice(0, -1)));
  if (urlPath === SERVICE_WORKER_PATH) return SERVICE_WORKER_CACHE;
  if (under(IMMUTABLE_PATHS)) return IMMUTABLE;
  return under(BADGE_PATHS) ? BADGE_CACHE : REVALIDATE;
}

/**
 * The `_headers` file for Netlify- and Cloudflare-style hosts. A request matching
 * several blocks gets all of them; `! Name` (Cloudflare) drops the site-wide value
 * before a block sets its own (Netlify ignores the line and lets the more specific
 * block win).
 */
export function renderHeadersFile(env: Record<string, string | undefined> = process.env): string {
  const lines = [
    '# Security and caching headers for static hosts (Netlify, Cloudflare Pages).',
    '# Generated from src/publish/security-policy.ts; a test keeps this file equal to it.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy(env)}`,
    ...COMMON_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    `  Permissions-Policy: ${PERMISSIONS.everywhere}`,
    `  Cache-Control: ${REVALIDATE}`,
  ];
  for (const page of GEOLOCATION_PAGES) {
    lines.push('', page, '  ! Permissions-Policy', `  Permissions-Policy: ${PERMISSIONS.map}`);
  }
  for (const assets of IMMUTABLE_PATHS) lines.push('', assets, '  ! Cache-Control', `  Cache-Control: ${IMMUTABLE}`);
  for (const badges of BADGE_PATHS) lines.push('', badges, '  ! Cache-Control', `  Cache-Control: ${BADGE_CACHE}`);
  lines.push('', SERVICE_WORKER_PATH, '  ! Cache-Control', `  Cache-Control: ${SERVICE_WORKER_CACHE}`);
  lines.push(
    '',
    `${routes.editor()}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${EDITOR_HEADER_POLICY}`,
    `  X-Robots-Tag: ${EDITOR_ROBOTS}`,
  );
  return `${lines.join('\n')}\n`;
}
