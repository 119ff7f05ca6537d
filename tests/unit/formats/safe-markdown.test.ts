import { describe, expect, it } from 'vitest';
import { renderSafeMarkdown, safeUrl } from '../../../src/formats/safe-markdown.ts';

describe('producer Markdown', () => {
  it('shows raw HTML blocks as text, so a script never reaches the page', () => {
    const html = renderSafeMarkdown('Hello\n\n<script>alert(1)</script>\n');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('escapes inline tags with event handlers', () => {
    const html = renderSafeMarkdown('a <img src=x onerror="alert(1)"> b <b onclick=x>bold</b>');
    expect(html).not.toMatch(/<img|<b /);
    expect(html).toContain('&lt;img');
  });

  it('drops javascript:, data: and obfuscated scheme links but keeps their text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'vbscript:x']) {
      const html = renderSafeMarkdown(`[click](${href.replace(/\t/g, '%09')})`);
      expect(html).not.toMatch(/href=/);
      expect(html).toContain('click');
    }
    expect(safeUrl('java\tscript:alert(1)')).toBeNull();
  });

  it('marks external links as user-generated, nofollow and without opener', () => {
    const html = renderSafeMarkdown('[shop](https://shop.example.vn/a)');
    expect(html).toContain('href="https://shop.example.vn/a"');
    expect(html).toContain('rel="noopener noreferrer ugc nofollow"');
  });

  it('keeps site-relative links without the external rel', () => {
    const html = renderSafeMarkdown('[sp](/san-pham/x/)');
    expect(html).toContain('<a href="/san-pham/x/">sp</a>');
  });

  it('refuses protocol-relative URLs that would leave the site silently', () => {
    expect(safeUrl('//evil.example/x')).toBeNull();
  });

  it('drops images whose URL is not http(s) or relative, keeping the alt text', () => {
    const html = renderSafeMarkdown('![tổ ong](javascript:alert(1)) ![ok](https://img.example.vn/a.jpg)');
    expect(html).toContain('tổ ong');
    expect(html).not.toContain('javascript');
    expect(html).toMatch(/<img src="https:\/\/img\.example\.vn\/a\.jpg" alt="ok"/);
  });

  it('starts headings at level 2 because the page title is the h1', () => {
    expect(renderSafeMarkdown('# Tiêu đề')).toContain('<h2>Tiêu đề</h2>');
  });

  it('drops unsafe URLs given by reference too, and lowercases the scheme of safe ones', () => {
    const html = renderSafeMarkdown('[a][x] ![b][y] [c](HTTPS://shop.example.vn/)\n\n[x]: javascript:alert(1)\n[y]: data:image/svg+xml,x');
    expect(html).not.toMatch(/javascript|data:|<img/);
    expect(html).toContain('<p>a b <a href="https://shop.example.vn/" rel="noopener noreferrer ugc nofollow">c</a></p>');
  });

  it('keeps the GFM producers have always had: tables, strikethrough, task lists, bare web addresses', () => {
    const html = renderSafeMarkdown('| a | b |\n|:--|--:|\n| 1 | ~~2~~ |\n\n- [x] done\n\nwww.example.vn');
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<td align="right"><del>2</del></td>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<a href="http://www.example.vn" rel="noopener noreferrer ugc nofollow">www.example.vn</a>');
  });

  it('has no footnotes: no ids or sections that producers could clobber', () => {
    const html = renderSafeMarkdown('text[^1]\n\n[^1]: https://example.vn/note');
    expect(html).not.toMatch(/<section|<sup|id=/);
  });

  it('escapes quotes in link titles so attributes cannot be broken out of', () => {
    const html = renderSafeMarkdown('[a](https://x.example "t\\" onmouseover=\\"alert(1)")');
    expect(html).not.toMatch(/" onmouseover=/);
  });
});
