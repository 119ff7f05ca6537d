/**
 * Producer-written Markdown to HTML that is safe to put on the page. The text is
 * treated as hostile: raw HTML (blocks and inline tags) is shown as escaped text,
 * never markup; links and images keep only http(s) or site-relative URLs
 * (`javascript:`, `data:`, `vbscript:` and other schemes are dropped); external
 * links get rel="noopener noreferrer ugc nofollow" because a producer wrote them.
 * Headings start at h2 since the page title is the only h1.
 */
import { Marked, type Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

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

function isExternal(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading): string {
      const level = Math.min(6, Math.max(2, depth));
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      if (!url) return text;
      const rel = isExternal(url) ? ' rel="noopener noreferrer ugc nofollow"' : '';
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titleAttr}${rel}>${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const url = safeUrl(href);
      if (!url) return escapeHtml(text);
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttr} loading="lazy" decoding="async">`;
    },
  },
});

/** Producer Markdown → sanitised HTML. */
export function renderSafeMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}
