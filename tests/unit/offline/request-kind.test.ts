import { describe, expect, it } from 'vitest';
import { requestKind, type SiteOrigins } from '../../../src/islands/offline/request-kind.ts';
import { routes } from '../../../src/i18n/routes.ts';
import { tileOriginPattern } from '../../../src/map/map-config.ts';

const SITE = 'https://ocop.example.vn';
const origins: SiteOrigins = { site: SITE, tiles: new RegExp(tileOriginPattern('https://tile.openstreetmap.org/{z}/{x}/{y}.png')), photosUrl: '/photos/' };
const kindOf = (url: string, mode = 'cors') => requestKind({ url: new URL(url, SITE), mode }, origins);

describe('what the service worker does with a request', () => {
  it('keeps pages in both languages as the visitor opens them', () => {
    expect(kindOf(routes.product('vi', 'abc'), 'navigate')).toBe('page');
    expect(kindOf(routes.product('en', 'abc'), 'navigate')).toBe('page');
    expect(kindOf(routes.home('vi'), 'navigate')).toBe('page');
  });

  it('never keeps the certificate index, however it is asked for', () => {
    expect(kindOf(routes.certificateIndex())).toBe('certificates');
    expect(kindOf(routes.certificateIndex(), 'navigate')).toBe('certificates');
  });

  it('keeps the map points file and photos, and tiles of the configured tile server only', () => {
    expect(kindOf(routes.mapPoints())).toBe('points');
    expect(kindOf('/photos/abc-640.avif', 'no-cors')).toBe('photo');
    expect(kindOf('https://tile.openstreetmap.org/12/3262/1850.png', 'no-cors')).toBe('tile');
    expect(kindOf('https://tile.openstreetmap.org.evil.example/1/1/1.png', 'no-cors')).toBe('other');
    expect(kindOf('https://elsewhere.example/page/', 'navigate')).toBe('other');
  });

  it('follows a tile template with a subdomain', () => {
    const subdomains = { ...origins, tiles: new RegExp(tileOriginPattern('https://{s}.tiles.example.vn/osm/{z}/{x}/{y}.png')) };
    expect(requestKind({ url: new URL('https://b.tiles.example.vn/osm/1/2/3.png'), mode: 'no-cors' }, subdomains)).toBe('tile');
    expect(requestKind({ url: new URL('https://tiles.example.vn/osm/1/2/3.png'), mode: 'no-cors' }, subdomains)).toBe('other');
  });

  it("leaves the office's editor and everything that is not a page to the network and the shell", () => {
    expect(kindOf(routes.editor(), 'navigate')).toBe('other');
    expect(kindOf('/_astro/site.abc.css')).toBe('other');
    expect(kindOf(routes.shelfCard('vi', 'abc'))).toBe('other');
  });
});
