/**
 * Step "build": `astro build` in a child process. Astro reads its inputs from the
 * environment when it loads its config (OCOP_CONTENT_DIR, OCOP_OUT_DIR, OCOP_AS_OF,
 * OCOP_SITE_URL, OCOP_CACHE_DIR, OCOP_HANDWRITTEN_DIR, OCOP_STORIES_DIR), so several
 * sites can be built side by side.
 *
 * Each build runs in a fresh work folder of its own, which is the child's working
 * folder and, while Astro reads its config, its root; the code folder is only read
 * (it may be read-only). Astro writes beside its root (`.astro/`: types, and content
 * modules it then imports) and, for an output folder outside its working folder,
 * keeps its prerender bundle in `<cwd>/.astro/.prerender/`, deleting it at the end:
 * from one shared folder two builds at once would overwrite and delete each other's.
 * And Astro tells "outside" by a string prefix: a publish folder named like the
 * checkout plus a suffix (`/opt/ocop-catalogue-releases` beside `/opt/ocop-catalogue`)
 * counted as inside, the bundle went into the release, and its imports found no
 * `node_modules` there. Now the bundle is always in the work folder, whose
 * `node_modules` links to the code's.
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir } from '../images/drawn-file-cache.ts';
import { isProcessAlive } from '../util/process-alive.ts';
import { run } from './run.ts';
import { prepareShareFonts } from './share-fonts.ts';

export interface SiteBuildOptions {
  contentDir?: string;
  outDir?: string;
  asOf?: string;
  /** Astro's cache (content store, processed images); give each site built side by side its own. */
  cacheDir?: string;
}

const CODE = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_BIN = path.join(CODE, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CONFIG = path.join(CODE, 'astro.config.mjs');

export async function buildSite(options: SiteBuildOptions = {}): Promise<void> {
  const env = buildEnvironment(options);
  // Share images are drawn with the site's own font, never the machine's.
  const fontConfig = await prepareShareFonts(absolute(process.env.OCOP_SHARE_FONTS_DIR) ?? path.join(env.OCOP_CACHE_DIR, 'share-fonts'));
  const work = await createWorkFolder(env.OCOP_OUT_DIR);
  try {
    // Astro joins --config to its root, so the config is named relative to the work folder.
    await run(
      process.execPath,
      [ASTRO_BIN, 'build', '--silent', '--config', path.relative(work, CONFIG)],
      { ...env, FONTCONFIG_FILE: fontConfig },
      { cwd: work },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The child's environment, every path absolute: a relative value is resolved
 * here, against the folder the caller runs in, because the child runs elsewhere.
 */
function buildEnvironment(options: SiteBuildOptions) {
  return {
    ...definedOnly({
      OCOP_CONTENT_DIR: absolute(options.contentDir ?? process.env.OCOP_CONTENT_DIR),
      OCOP_HANDWRITTEN_DIR: absolute(process.env.OCOP_HANDWRITTEN_DIR),
      OCOP_STORIES_DIR: absolute(process.env.OCOP_STORIES_DIR),
      OCOP_AS_OF: options.asOf,
    }),
    OCOP_OUT_DIR: absolute(options.outDir ?? process.env.OCOP_OUT_DIR) ?? path.join(CODE, 'dist'),
    OCOP_CACHE_DIR: absolute(options.cacheDir) ?? buildCacheDir(),
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build run from inside a test runner inherits NODE_ENV=test, and Vite then
    // bundles the development builds of browser packages into the islands.
    NODE_ENV: 'production',
  };
}

/**
 * A fresh folder for one build, beside its output folder: Astro moves files from
 * its prerender bundle into the output with rename(), which fails across disks.
 * Its `node_modules` links to the code's, so the bundle's imports resolve. The
 * name carries the builder's process id, so a folder left by a killed build is
 * recognised and removed by the next build of the same output.
 */
async function createWorkFolder(outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}-build-`;
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    if (name.startsWith(prefix) && !isProcessAlive(Number(name.slice(prefix.length).split('-')[0])))
      await rm(path.join(parent, name), { recursive: true, force: true });
  }
  const work = await mkdtemp(path.join(parent, `${prefix}${process.pid}-`));
  await symlink(path.join(CODE, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  return work;
}

function absolute(value: string | undefined): string | undefined {
  return value ? path.resolve(value) : undefined;
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
