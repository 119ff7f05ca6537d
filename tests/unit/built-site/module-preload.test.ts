import { describe, expect, it } from 'vitest';
import { addModulePreloads } from '../../../src/built-site/module-preload.ts';

/** A tiny built site: each module's static imports, as its file would list them. */
const MODULES: Record<string, string[]> = {
  '/_astro/page.js': ['./engine.js', './text.js'],
  '/_astro/engine.js': ['./text.js', './words.js'],
  '/_astro/words.js': [],
  '/_astro/text.js': [],
  '/_astro/enhance.js': ['./helper.js'],
  '/_astro/helper.js': [],
  '/_astro/alone.js': [],
};
const importsOf = async (url: string) => MODULES[url] ?? [];
const page = (scripts: string[]) =>
  `<html><head><title>x</title></head><body>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</body></html>`;

describe('module preloads for a page', () => {
  it("lists every module the page's scripts import, however deep, once each, in the head", async () => {
    const html = await addModulePreloads(page(['/_astro/enhance.js', '/_astro/page.js']), importsOf);
    const head = html.slice(0, html.indexOf('</head>'));
    const preloaded = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloaded.sort()).toEqual(['/_astro/engine.js', '/_astro/helper.js', '/_astro/text.js', '/_astro/words.js']);
  });

  it('leaves out the scripts the page already names, and leaves a page with nothing to add unchanged', async () => {
    const withChunk = await addModulePreloads(page(['/_astro/page.js', '/_astro/text.js']), importsOf);
    expect(withChunk).not.toContain('modulepreload" href="/_astro/text.js"');
    const alone = page(['/_astro/alone.js']);
    expect(await addModulePreloads(alone, importsOf)).toBe(alone);
  });

  it("comes right after the page's security policy, before its stylesheets, so the policy governs it", async () => {
    const html = page(['/_astro/page.js']).replace(
      '<title>x</title>',
      `<title>x</title><meta http-equiv="content-security-policy" content="script-src 'self'"><link rel="stylesheet" href="/a.css">`,
    );
    const out = await addModulePreloads(html, importsOf);
    const at = (needle: string) => out.indexOf(needle);
    expect(at('modulepreload')).toBeGreaterThan(at('content-security-policy'));
    expect(at('modulepreload')).toBeLessThan(at('rel="stylesheet"'));
  });

  it('ignores data blocks and scripts from elsewhere', async () => {
    const html =
      '<html><head></head><body><script type="application/ld+json">{"a":"./x.js"}</script><script src="https://cdn.example/x.js"></script></body></html>';
    expect(await addModulePreloads(html, async () => ['./never.js'])).toBe(html);
  });
});
