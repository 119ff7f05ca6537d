/**
 * Text going into HTML and coming back out of it, one rule each way, for every
 * place that writes markup by hand (feeds, sitemaps, share images, the map's
 * attribution) or reads the site's own HTML back (search index, link and
 * budget checks). Pure, so the browser islands share it too.
 */

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** The text safe inside an element or a quoted attribute: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES.get(c)!);
}

// A Map, not an object literal: "&constructor;" must not find Object.prototype's constructor.
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/**
 * The text with its character references resolved, in one pass (so "&amp;quot;"
 * reads "&quot;", not '"'): the named ones above, and every decimal or hex one
 * except control characters. An unknown name is left as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}
