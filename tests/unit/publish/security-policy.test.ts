import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  astroSecurity,
  BADGE_CACHE,
  BADGE_PATHS,
  EDITOR_HEADER_POLICY,
  EDITOR_ROBOTS,
  cacheControlOf,
  headerPolicy,
  renderHeadersFile,
  SERVICE_WORKER_CACHE,
  tileOrigin,
} from '../../../src/publish/security-policy.ts';
import { routes } from '../../../src/i18n/routes.ts';

const DEFAULT_ENV = {};

describe('the security policy', () => {
  it('public/_headers and deploy/_headers are exactly the file the policy module renders', async () => {
    const expected = renderHeadersFile(DEFAULT_ENV);
    expect(await readFile('public/_headers', 'utf8')).toBe(expected);
    expect(await readFile('deploy/_headers', 'utf8')).toBe(expected);
  });

  it('the nginx snippet sends the same Content-Security-Policy, and geolocation only on the map pages', async () => {
    const nginx = await readFile('deploy/nginx/ocop.conf', 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerPolicy(DEFAULT_ENV)}" always;`);
    const geolocationAllowed = nginx.split('\n').filter((line) => line.includes('geolocation=(self)'));
    expect(geolocationAllowed.map((line) => line.trim().split(/\s+/)[0])).toEqual(['~^/ban-do/(index\\.html)?$', '~^/en/map/(index\\.html)?$']);
    expect(nginx).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable"/);
    // The editor's location replaces the site-wide policy with the one its page cannot carry itself.
    const editor = nginx.slice(nginx.indexOf('location ^~ /quan-tri/'));
    expect(editor).toContain(`add_header Content-Security-Policy "${EDITOR_HEADER_POLICY}" always;`);
    expect(editor).toContain(`add_header X-Robots-Tag "${EDITOR_ROBOTS}" always;`);
  });

  it('caches the verification badges for an hour, in both headers files and nginx, at the paths the route table gives them', async () => {
    expect(BADGE_PATHS).toEqual([routes.badge('vi', 'x').replace('x.svg', '*'), routes.badge('en', 'x').replace('x.svg', '*')]);
    const headers = renderHeadersFile(DEFAULT_ENV);
    for (const badges of BADGE_PATHS) expect(headers).toContain(`${badges}\n  ! Cache-Control\n  Cache-Control: ${BADGE_CACHE}\n`);
    expect(BADGE_CACHE).toMatch(/max-age=(\d+)$/);
    expect(Number(BADGE_CACHE.match(/max-age=(\d+)/)![1])).toBeLessThanOrEqual(24 * 3600);
    const nginx = await readFile('deploy/nginx/ocop.conf', 'utf8');
    for (const badges of BADGE_PATHS) expect(nginx).toMatch(new RegExp(`~\\^${badges.slice(0, -1).replace(/\//g, '\\/')}\\s+"${BADGE_CACHE}";`));
  });

  it('never lets a cache keep the service worker, in both headers files, nginx and the bucket, so a new release takes over at the next visit', async () => {
    const worker = routes.serviceWorker();
    expect(SERVICE_WORKER_CACHE).toBe('no-cache');
    expect(cacheControlOf(worker)).toBe(SERVICE_WORKER_CACHE);
    expect(cacheControlOf('/sw.js.map')).not.toBe(SERVICE_WORKER_CACHE);
    expect(renderHeadersFile(DEFAULT_ENV)).toContain(`\n${worker}\n  ! Cache-Control\n  Cache-Control: ${SERVICE_WORKER_CACHE}\n`);
    const nginx = await readFile('deploy/nginx/ocop.conf', 'utf8');
    const rule = nginx.split('\n').find((line) => line.trim().startsWith(`~^${worker.replaceAll('.', '\\.')}$ `));
    expect(rule).toContain(`"${SERVICE_WORKER_CACHE}";`);
  });

  it('forbids framing and plugins and allows only the tile host as an outside origin', () => {
    const policy = headerPolicy(DEFAULT_ENV);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const origins = policy.match(/https?:\/\/[^\s;]+/g);
    expect(origins).toEqual(['https://tile.openstreetmap.org']);
  });

  it('follows a configured tile server, subdomain template included', () => {
    expect(tileOrigin({ OCOP_TILE_URL: 'https://{s}.tiles.example.vn/osm/{z}/{x}/{y}.png' })).toBe('https://*.tiles.example.vn');
    expect(headerPolicy({ OCOP_TILE_URL: 'https://maps.example.vn/{z}/{x}/{y}.png' })).toContain("img-src 'self' data: https://maps.example.vn;");
  });

  it("gives Astro's hashed CSP the site's own scripts and nothing that runs arbitrary script", () => {
    const { csp } = astroSecurity(DEFAULT_ENV);
    expect(csp.scriptDirective.resources).toEqual(["'self'"]);
    expect(csp.scriptDirective.resources).not.toContain("'unsafe-eval'");
    expect(csp.scriptDirective.resources).not.toContain("'unsafe-inline'");
    expect(csp.styleDirective.resources).not.toContain("'unsafe-inline'");
    expect(csp.styleDirective.resources).toContainEqual({ resource: "'unsafe-inline'", kind: 'attribute' });
  });
});
