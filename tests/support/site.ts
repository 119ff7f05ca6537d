/** Reading the built test site from disk: its HTML files and their URL paths. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function htmlFiles(distDir: string): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(distDir, f));
}

export function urlPathOf(distDir: string, file: string): string {
  const rel = path.relative(distDir, file).split(path.sep).join('/');
  return rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
