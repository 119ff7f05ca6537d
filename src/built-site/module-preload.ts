/**
 * A page's module scripts import further modules (the chunks the bundler
 * shares between scripts), which the browser only discovers once each
 * importer has arrived: one round trip per level. On a slow phone's 400 ms
 * that is most of a second before the first search can start. Listing every
 * module the page's scripts import, however deep, as `<link rel="modulepreload">`
 * lets the browser ask for them all with the page's first requests.
 */
import { scanPage } from './html-scan.ts';

/** `importsOf(url)`: the specifiers a module imports statically (`./chunk.js`), resolved against its URL here. */
export async function addModulePreloads(html: string, importsOf: (url: string) => Promise<string[]>): Promise<string> {
  const entries = scanPage(html)
    .scripts.map((script) => script.source)
    .filter((source) => source.startsWith('/'));
  const known = new Set(entries);
  const found: string[] = [];
  const visit = async (url: string) => {
    for (const specifier of await importsOf(url)) {
      const imported = new URL(specifier, `http://site${url}`).pathname;
      if (known.has(imported)) continue;
      known.add(imported);
      found.push(imported);
      await visit(imported);
    }
  };
  for (const entry of entries) await visit(entry);
  if (found.length === 0) return html;
  const links = found.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  // Early in the head, so they start with the page's first requests: right
  // after the page's security policy (which then governs them), else at its end.
  const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
  if (policy) return html.slice(0, policy.index + policy[0].length) + links + html.slice(policy.index + policy[0].length);
  return html.replace(/<\/head>/i, `${links}</head>`);
}
