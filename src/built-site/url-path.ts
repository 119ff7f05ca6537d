/** The URL path a built file is served at: the one rule for the indexer, the budgets and the tests. */

/**
 * `san-pham/x/index.html` → `/san-pham/x/`, `index.html` → `/`, `404.html` →
 * `/404.html`, `og/site.png` → `/og/site.png`. Takes the file relative to the
 * site's root, with either separator.
 */
export function urlPathOfFile(relativeFile: string): string {
  const url = `/${relativeFile.split('\\').join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}
