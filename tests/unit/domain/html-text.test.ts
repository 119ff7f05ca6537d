import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml } from '../../../src/domain/html-text.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that could end a text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Trà & cà phê</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Trà &amp; cà phê&lt;/a&gt;');
    expect(escapeHtml('Mật ong')).toBe('Mật ong');
  });
});

describe('decodeEntities', () => {
  it("decodes entities from its own table, never from an object's prototype", () => {
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
    expect(decodeEntities('Trà &amp; cà phê &#272;&#x1EA1;')).toBe('Trà & cà phê Đạ');
  });

  it('decodes once, so an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;quot; &amp;#39; &amp;amp;')).toBe('&quot; &#39; &amp;');
  });

  it('reads back what escapeHtml wrote, and the numeric forms of the same characters', () => {
    const text = `/tim-kiem/?q=a&b="c" 'd' <e>`;
    expect(decodeEntities(escapeHtml(text))).toBe(text);
    expect(decodeEntities('&#38;&#34;&#39;&#60;&#62;')).toBe(`&"'<>`);
  });
});
