import { describe, expect, it } from 'vitest';
import { photosOf, savedBanner, savedDay, withSavedBanner } from '../../../src/islands/offline/saved-copy.ts';
import { pageTitle } from '../../../src/islands/offline/saved-pages.ts';
import { routes } from '../../../src/i18n/routes.ts';

describe('a page read from the device', () => {
  it('is dated by the day it was saved in Vietnam, whatever the time zone of the instant', () => {
    expect(savedDay('2026-11-23T18:30:00.000Z')).toBe('2026-11-24');
    expect(savedDay('2026-11-23T01:00:00.000Z')).toBe('2026-11-23');
    expect(savedDay('not a date')).toBeUndefined();
    expect(savedDay(null)).toBeUndefined();
  });

  it('says so in the language of its address, the Vietnamese date padded dd/mm/yyyy', () => {
    const vi = savedBanner(routes.product('vi', 'x'), '2026-03-05');
    expect(vi).toContain('Đã lưu ngày 05/03/2026');
    expect(vi).toContain('role="note"');
    const en = savedBanner(routes.product('en', 'x'), '2026-03-05');
    expect(en).toContain('Saved on 5 March 2026');
    expect(en).not.toContain('Đã lưu');
  });

  it('carries the banner first inside <main>, or first in <body> when there is no <main>', () => {
    const html = '<html><body><header>h</header><main id="main" class="wrap"><h1>T</h1></main></body></html>';
    expect(withSavedBanner(html, '<p>B</p>')).toBe('<html><body><header>h</header><main id="main" class="wrap"><p>B</p><h1>T</h1></main></body></html>');
    expect(withSavedBanner('<body class="x"><h1>T</h1></body>', '<p>B</p>')).toBe('<body class="x"><p>B</p><h1>T</h1></body>');
    expect(withSavedBanner('{"not":"html"}', '<p>B</p>')).toBe('{"not":"html"}');
  });

  it("is listed offline by its title without the site's name", () => {
    expect(pageTitle('<title>Mật ong &amp; sáp | Danh mục OCOP Việt Nam</title>', '/x/')).toBe('Mật ong & sáp');
    expect(pageTitle('<title>Danh mục OCOP Việt Nam</title>', '/')).toBe('Danh mục OCOP Việt Nam');
    expect(pageTitle('<p>no title</p>', '/san-pham/x/')).toBe('/san-pham/x/');
  });

  it('is saved with the photos it shows, every candidate once, and no other image', () => {
    const html =
      '<img src="/photos/a-480.webp" srcset="/photos/a-160.webp 160w, /photos/a-480.webp 480w" alt="">' +
      '<img src="/qr/x.svg" alt=""><img src="/photos/b-480.webp" alt=""><a href="/photos/not-an-image/">x</a>';
    expect(photosOf(html, '/photos/', 10)).toEqual(['/photos/a-480.webp', '/photos/a-160.webp', '/photos/b-480.webp']);
    expect(photosOf(html, '/photos/', 2)).toEqual(['/photos/a-480.webp', '/photos/a-160.webp']);
  });
});
