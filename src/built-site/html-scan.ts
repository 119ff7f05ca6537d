/**
 * What a built HTML page loads: its stylesheets and the JavaScript it runs on
 * first load. A small tag scanner is enough because the input is Astro's own
 * output; it reads tags and attributes only, never text, so a product described
 * as "onion" or a story that quotes `<script>` in prose does not count as code.
 */
import { decodeEntities } from '../domain/html-text.ts';

export interface ScriptUse {
  /** Where the JavaScript comes from: a file URL, or `inline`. */
  source: string;
  /** Why it counts, for the report (`<script>`, `island`, `onclick=`…). */
  reason: string;
  /** The inline code, for inline scripts. */
  inline?: string;
}

export interface PageScan {
  /** URLs of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** JavaScript the page runs or fetches on first load. */
  scripts: ScriptUse[];
}

// A JavaScript MIME type or `module` runs; any other type (JSON-LD, JSON data,
// import maps aside) is a data block, per the HTML standard's script element.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

export function scanPage(html: string): PageScan {
  const stylesheets: string[] = [];
  const scripts: ScriptUse[] = [];
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(html))) {
    const name = match[1]?.toLowerCase();
    if (!name) continue; // a comment
    const attributes = attributesOf(match[2] ?? '');
    let content = '';
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      const stop = end === -1 ? html.length : end;
      content = html.slice(TAG.lastIndex, stop);
      TAG.lastIndex = stop;
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) scripts.push({ source: 'inline', reason: `${attribute}= on <${name}>`, inline: value });
      if ((attribute === 'href' || attribute === 'src' || attribute === 'action') && /^\s*javascript:/i.test(value)) {
        scripts.push({ source: 'inline', reason: `javascript: link on <${name}>`, inline: value });
      }
    }
    if (name === 'script') {
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      if (!RUNNABLE_TYPES.has(type)) continue;
      const src = attributes.get('src');
      scripts.push(src ? { source: src, reason: '<script src>' } : { source: 'inline', reason: '<script>', inline: content });
    } else if (name === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attributes.get('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) stylesheets.push(href);
      if (rel.includes('modulepreload')) scripts.push({ source: href, reason: '<link rel=modulepreload>' });
    } else if (name === 'astro-island') {
      // Islands load their component and framework renderer when they hydrate.
      for (const attribute of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attributes.get(attribute);
        if (url) scripts.push({ source: url, reason: `island ${attribute}` });
      }
    }
  }
  return { stylesheets, scripts };
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export … from`), not `import()`. */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}
