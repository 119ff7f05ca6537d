/**
 * The content editor's files, written into the built site at /quan-tri/ after
 * the pages (src/integrations/editor.ts): a page of its own that loads Decap
 * CMS, the configuration made from the schemas (src/formats/editor-config.ts),
 * and Decap's bundle, copied from its npm package. No public page links a
 * script of it: the site's visitors download nothing of the editor.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { escapeHtml } from '../domain/html-text.ts';
import { editorConfig, type EditorBackend } from '../formats/editor-config.ts';
import { routes } from '../i18n/routes.ts';

const require = createRequire(import.meta.url);
const DECAP_VERSION = (require('decap-cms/package.json') as { version: string }).version;
/** Versioned, so a browser never keeps an old bundle with a new configuration. */
export const EDITOR_SCRIPT = `decap-cms-${DECAP_VERSION}.js`;

/** The origins the editor talks to: the git host's API and, on a developer's computer, the local backend. */
export function editorConnectOrigins(backend: EditorBackend): string[] {
  const origins = new Set([new URL(backend.localUrl).origin]);
  const hosted = backend.apiRoot ?? backend.baseUrl;
  if (hosted) origins.add(new URL(hosted).origin);
  else if (backend.name === 'github') origins.add('https://api.github.com');
  else if (backend.name === 'gitlab') origins.add('https://gitlab.com');
  if (backend.baseUrl) origins.add(new URL(backend.baseUrl).origin);
  return [...origins];
}

/**
 * The editor page's own policy, looser than the public pages' in two ways
 * Decap CMS needs, and only here: it styles itself with injected <style>
 * elements ('unsafe-inline' styles), and it compiles its configuration's
 * validators at run time (ajv: 'unsafe-eval'). Scripts still come only from the
 * site itself, and the only outside requests go to the git host. The public
 * pages never load this page's scripts.
 */
export function editorPolicy(backend: EditorBackend): string {
  const connect = editorConnectOrigins(backend);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${connect.join(' ')}`,
    `connect-src 'self' ${connect.join(' ')}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Corrections to Decap's own look where it falls short of WCAG AA: the grey of
 * its secondary text (the sign-in page's "back to the site") is 3.4:1 on its
 * background; this grey is 7:1. Decap names its styled parts in its classes;
 * the selector outweighs the styles it injects after this sheet.
 */
const EDITOR_CSS = `html body [class*="ButtonText"] { color: #4a5161; }
`;

export function editorPage(backend: EditorBackend): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeHtml(editorPolicy(backend))}">
<title>Quản trị nội dung · Admin</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="editor.css" rel="stylesheet">
</head>
<body>
<noscript><p>Trình soạn thảo cần JavaScript. Hướng dẫn dùng: docs/operations.md, mục “Trình soạn thảo nội dung”.</p></noscript>
<script src="${EDITOR_SCRIPT}"></script>
</body>
</html>
`;
}

/** Writes /quan-tri/ into `outDir`. The configuration is JSON, which YAML parsers (Decap's) read as YAML. */
export async function writeEditor(outDir: string, backend: EditorBackend, siteUrl: string): Promise<void> {
  const dir = path.join(outDir, routes.editor());
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), editorPage(backend));
  await writeFile(path.join(dir, 'config.yml'), `${JSON.stringify(editorConfig(backend, siteUrl), null, 2)}\n`);
  await writeFile(path.join(dir, 'editor.css'), EDITOR_CSS);
  await copyFile(require.resolve('decap-cms/dist/decap-cms.js'), path.join(dir, EDITOR_SCRIPT));
}
