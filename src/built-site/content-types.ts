/**
 * The Content-Type of each kind of file the site is made of. The list is closed
 * on purpose: the build writes only these kinds, text always in UTF-8, and a
 * host or a bucket that guesses (or sends `application/octet-stream`) would
 * break a page, so an unknown kind is worth a warning rather than a guess.
 * Shared by the deploy to object storage and the tests' file server.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type for a file or URL path, by its extension; null when the site has no such kind. */
export function contentTypeOf(fileOrPath: string): string | null {
  const dot = fileOrPath.lastIndexOf('.');
  if (dot < 0 || dot < fileOrPath.lastIndexOf('/')) return null;
  return CONTENT_TYPES[fileOrPath.slice(dot).toLowerCase()] ?? null;
}
