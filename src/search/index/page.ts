/**
 * Reads back what a built page gives the search index: its search record (from
 * `SearchMeta.astro`) and the text of its `<main data-search-body>`, without
 * what is marked `data-search-ignore` (breadcrumbs, pagination, maps, the
 * record itself), hidden, or a product grid (`ul.grid`: a province page must
 * not match every product made there). The pages are the site's own, well
 * formed, so a tag scanner does; no HTML parser is needed.
 */
import { decodeEntities } from '../../domain/html-text.ts';
import { cleanText } from '../../domain/text.ts';
import type { SearchRecord } from '../search-record.ts';

export interface IndexablePage {
  record: SearchRecord;
  /** The visible text of the page's main content, tags and entities resolved. */
  body: string;
}

const RECORD = /\sdata-search-record="([^"]*)"/;
const MAIN = /<main\b[^>]*\bdata-search-body\b[^>]*>([\s\S]*)<\/main>/;
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The page's search data, or null when the page is not meant to be found. */
export function readIndexablePage(html: string): IndexablePage | null {
  const main = MAIN.exec(html);
  const record = RECORD.exec(html);
  if (!main || !record) return null;
  return { record: JSON.parse(decodeEntities(record[1]!)) as SearchRecord, body: visibleText(main[1]!) };
}

function ignored(tag: string, attributes: string): boolean {
  return (
    NEVER_TEXT.has(tag) ||
    /\s(data-search-ignore|hidden)(\s|=|\/?$)/.test(attributes) ||
    (tag === 'ul' && /\sclass="([^"]*\s)?grid(\s[^"]*)?"/.test(attributes))
  );
}

/** Text outside ignored elements; each tag is a word boundary. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const open: string[] = [];
  let skipBelow = -1; // while ≥ 0, text is skipped until the stack shrinks below this depth
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (skipBelow < 0) parts.push(html.slice(last, match.index));
    last = TAG.lastIndex;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment
    const tag = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.length = at;
      if (skipBelow >= 0 && open.length < skipBelow) skipBelow = -1;
      continue;
    }
    if (VOID.has(tag) || attributes.endsWith('/')) continue;
    open.push(tag);
    if (skipBelow < 0 && ignored(tag, attributes)) skipBelow = open.length;
    if (tag === 'script' || tag === 'style') {
      // Their content is not markup: jump to the end tag.
      const end = html.indexOf(`</${tag}`, last);
      TAG.lastIndex = last = end < 0 ? html.length : end;
    }
  }
  if (skipBelow < 0) parts.push(html.slice(last));
  return cleanText(parts.join(' '));
}
