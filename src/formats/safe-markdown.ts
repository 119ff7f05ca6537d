/**
 * Producer-written Markdown to HTML that is safe to put on the page. The text is
 * treated as hostile: raw HTML (blocks and inline tags) is shown as escaped text,
 * never markup; links and images keep only http(s) or site-relative URLs
 * (`javascript:`, `data:`, `vbscript:` and other schemes are dropped); external
 * links get rel="noopener noreferrer ugc nofollow" because a producer wrote them.
 * Headings start at h2 since the page title is the only h1.
 *
 * The standard unified pipeline, ending in an allow-list: Markdown (remark) →
 * HTML tree → only the elements and attributes of SCHEMA survive
 * (rehype-sanitize) → rel on external links → HTML.
 */
import type { Root, RootContent } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers, type Options as ToHtmlTreeOptions } from 'remark-rehype';
import { unified, type Processor } from 'unified';

/** A URL a visitor may follow: http(s), or a path/fragment on this site; null otherwise. */
export function safeUrl(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"): so must we.
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // Judge the decoded form too, so "java%09script:" cannot pass as a relative path.
  let decoded = url;
  try {
    decoded = decodeURIComponent(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  } catch {
    return null; // malformed escapes: not a URL a producer meant
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) && !/^https?:/i.test(decoded)) return null;
  if (url === '') return null;
  if (/^https?:\/\/[^/\\]/i.test(url)) return url;
  if (/^[/\\]{2}/.test(url)) return null; // protocol-relative "//host" leaves the site silently
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null; // any other scheme
  return url; // a path or fragment on this site: "/san-pham/x/", "#top", "images/x.jpg"
}

/** GFM as producers have always had it (tables, strikethrough, task lists, bare URLs), without footnotes. */
function remarkNoFootnotes(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'] } });
}

const toHtmlTree: ToHtmlTreeOptions = {
  handlers: {
    // Raw HTML is text the producer typed, shown as typed: never an element.
    html: (_state, node) => ({ type: 'text', value: node.value }),
    heading: (state, node) => defaultHandlers.heading(state, { ...node, depth: Math.max(2, node.depth) as typeof node.depth }),
  },
};

/**
 * A link whose URL `safeUrl` refuses becomes its text, such an image its alt
 * text; images load lazily. Runs before the sanitiser, which would only drop
 * the attribute, and cannot tell "//host" or "java%09script:" from a path.
 */
function rehypeSafeUrls() {
  return (tree: Root) => keepSafeUrls(tree.children);
}

function keepSafeUrls(children: RootContent[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'a' || node.tagName === 'img') {
      const attribute = node.tagName === 'a' ? 'href' : 'src';
      const url = safeUrl(String(node.properties[attribute] ?? ''));
      if (url === null) {
        const alt = String(node.properties.alt ?? '');
        children.splice(i, 1, ...(node.tagName === 'a' ? node.children : alt ? [{ type: 'text' as const, value: alt }] : []));
        i--; // look at what took its place
        continue;
      }
      // The sanitiser and the external-link check compare schemes case-sensitively.
      node.properties[attribute] = url.replace(/^https?:/i, (scheme) => scheme.toLowerCase());
      if (node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
    }
    keepSafeUrls(node.children);
  }
}

/** Everything Markdown can produce here, and nothing else: no style, no event handlers, no ids. */
const SCHEMA: Schema = {
  tagNames: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'input',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'br',
    'a',
    'img',
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', ['loading', 'lazy'], ['decoding', 'async']],
    code: [['className', /^language-[\w+-]+$/]],
    ol: ['start'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https'], src: ['http', 'https'] },
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkNoFootnotes)
  .use(remarkRehype, toHtmlTree)
  .use(rehypeSafeUrls)
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'ugc', 'nofollow'] })
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

/** Producer Markdown → sanitised HTML. */
export function renderSafeMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
