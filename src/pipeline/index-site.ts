/** Step "index": Pagefind over the built site, writing `<out>/pagefind/`. */
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';

const PAGEFIND_BIN = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

export async function indexSite(options: { outDir?: string } = {}): Promise<void> {
  const outDir = options.outDir ?? process.env.OCOP_OUT_DIR ?? 'dist';
  await run(process.execPath, [PAGEFIND_BIN, '--site', outDir, '--silent']);
}
