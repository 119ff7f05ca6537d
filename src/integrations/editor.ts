/**
 * The office's content editor in the Astro build: after the pages, /quan-tri/
 * is written into the site (src/pipeline/editor.ts does the work), configured
 * from the build's environment (docs/operations.md, "The content editor").
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorBackendFrom } from '../formats/editor-config.ts';
import { writeEditor } from '../pipeline/editor.ts';

export function contentEditor(): AstroIntegration {
  let site = '';
  return {
    name: 'ocop-content-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost/';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const backend = editorBackendFrom(process.env);
        await writeEditor(fileURLToPath(dir), backend, site);
        logger.info(`content editor written to /quan-tri/ (${backend.name ? `${backend.name}: ${backend.repo}` : 'local backend only'})`);
      },
    },
  };
}
