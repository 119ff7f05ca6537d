/** Step "index": Pagefind over the built site, writing `<out>/pagefind/`. */
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';

const PAGEFIND_BIN = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

export async function indexSite(options: { outDir?: string } = {}): Promise<void> {
  const outDir = options.outDir ?? process.env.OCOP_OUT_DIR ?? 'dist';
  // Product grids on listing pages repeat other pages' names: a province page
  // would otherwise match every product made there.
  await run(process.execPath, [PAGEFIND_BIN, '--site', outDir, '--exclude-selectors', 'ul.grid', '--silent']);
}
