/**
 * The one static file server of the tests, for a built site on a free
 * localhost port: directory URLs serve their index.html, unknown paths answer
 * 404 with the site's own 404.html when it has one, nothing outside the root is
 * reachable. `headers` go on every response, e.g. the Content-Security-Policy
 * header a host would add. `root` may be a function, read at each request, so a
 * test can switch the site served as the nightly job switches releases. Also
 * used by scripts/measure-search-map.ts.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf, UNKNOWN_CONTENT_TYPE } from '../../src/built-site/content-types.ts';

export interface StaticServer {
  /** The origin, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** The folder served, absolute. */
  root: string;
  close: () => Promise<void>;
}

/** The file a URL path names under `root`, or null (outside the root, missing, a folder without index.html). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
    return info.isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves `root` on a free localhost port until `close()`. */
export async function serveStatic(root: string | (() => string), headers: Record<string, string> = {}): Promise<StaticServer> {
  const rootNow = () => path.resolve(typeof root === 'string' ? root : root());
  const server = createServer(async (req, res) => {
    const absolute = rootNow();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(absolute, url.pathname);
    if (!file) {
      const notFound = await resolveFile(absolute, '/404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeOf(file) ?? UNKNOWN_CONTENT_TYPE, ...headers });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, root: rootNow(), close: () => new Promise((resolve) => server.close(() => resolve())) };
}
