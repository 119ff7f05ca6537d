/**
 * The layering check (`npm run lint:deps`, and a step of `npm run check`):
 * dependency-cruiser with the rules of `.dependency-cruiser.mjs` over src/,
 * scripts/ and tests/. Prints one line per violation and exits 1 when there is one.
 *
 * dependency-cruiser cannot read `.astro` files, so it runs on a mirror of the
 * tree (a `.cache/dependency-check-…` folder, removed after) where each
 * `Foo.astro` becomes `Foo.astro.ts`, its frontmatter (the server side), and, when it has a bundled
 * `<script>`, `Foo.astro.client.ts` (the browser side). An import of
 * `./Foo.astro` resolves to the mirror's `Foo.astro.ts` (the resolver adds
 * `.ts`), so the rules see the templates' imports exactly as written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/** The folders checked; the rules say which of them may import which. */
const CHECKED = ['src', 'scripts', 'tests'];
/** Files the resolver reads beside them. */
const BESIDE = ['tsconfig.json', 'package.json', '.dependency-cruiser.mjs'];

export interface LayeringViolation {
  rule: string;
  /** The importing file, as in the real tree (`src/components/Foo.astro`, `… <script>` for its browser side). */
  from: string;
  /** The imported module; for a cycle or a rule on what is reachable, the modules on the way (`a.ts → b.ts → fs`). */
  to: string;
}

/** Every import of the tree under `root` that breaks a rule; none when the layering holds. */
export async function checkDependencies(root: string): Promise<LayeringViolation[]> {
  // Inside the repository, so packages resolve from its node_modules; one folder per run, so runs side by side do not meet.
  mkdirSync(path.join(root, '.cache'), { recursive: true });
  const mirror = mkdtempSync(path.join(root, '.cache', 'dependency-check-'));
  try {
    mirrorTree(root, mirror);
    const options = await extractDepcruiseOptions(path.join(mirror, '.dependency-cruiser.mjs'));
    const tsConfigFile = path.join(mirror, 'tsconfig.json');
    const result = await cruise(
      CHECKED.filter((folder) => existsSync(path.join(mirror, folder))),
      { ...options, baseDir: mirror, tsConfig: { fileName: tsConfigFile } },
      {},
      { tsConfig: extractTSConfig(tsConfigFile) },
    );
    if (typeof result.output === 'string') throw new Error(`dependency-cruiser returned text: ${result.output}`);
    return result.output.summary.violations.map(describe).sort((a, b) => `${a.from} ${a.rule} ${a.to}`.localeCompare(`${b.from} ${b.rule} ${b.to}`));
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

/** `root`'s checked folders copied under `mirror`, each `.astro` file replaced by its two sides as TypeScript. */
function mirrorTree(root: string, mirror: string): void {
  for (const name of [...CHECKED, ...BESIDE]) {
    if (existsSync(path.join(root, name))) cpSync(path.join(root, name), path.join(mirror, name), { recursive: true });
  }
  for (const entry of readdirSync(mirror, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { server, client } = astroSides(readFileSync(file, 'utf8'));
    writeFileSync(`${file}.ts`, server);
    if (client) writeFileSync(`${file}.client.ts`, client);
    rmSync(file);
  }
}

/** The frontmatter of an `.astro` file, and the bodies of the `<script>` elements Astro bundles for the browser. */
export function astroSides(source: string): { server: string; client: string } {
  const frontmatter = /^\s*---\r?\n(?:([\s\S]*?)\r?\n)??---/.exec(source)?.[1] ?? '';
  const scripts: string[] = [];
  for (const tag of source.matchAll(/<script\b([^>]*?)(\/?)>/g)) {
    const [, attributes = '', selfClosing] = tag;
    // JSON-LD and other data blocks are not code; a self-closing tag has no body.
    if (selfClosing || (/\btype=/.test(attributes) && !/\btype=["']module["']/.test(attributes))) continue;
    const start = tag.index + tag[0].length;
    const end = source.indexOf('</script>', start);
    if (end > start) scripts.push(source.slice(start, end));
  }
  return { server: frontmatter, client: scripts.join('\n;\n') };
}

/** A violation with its files named as in the real tree. */
function describe(violation: IViolation): LayeringViolation {
  const steps = (violation.cycle ?? violation.via ?? []).map((step) => step.name);
  // A cycle's steps start at `from`, a reachable path's just after it.
  if (steps[0] === violation.from) steps.shift();
  const to = steps.length > 0 ? steps.map(realName).join(' → ') : realName(violation.to);
  return { rule: violation.rule.name, from: realName(violation.from), to };
}

function realName(mirrored: string): string {
  return mirrored.replace(/\.astro\.client\.ts$/, '.astro <script>').replace(/\.astro\.ts$/, '.astro');
}

if (import.meta.main) {
  const started = performance.now();
  const violations = await checkDependencies(process.cwd());
  for (const v of violations) console.error(`${v.rule}: ${v.from} → ${v.to}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`layering (.dependency-cruiser.mjs): ${violations.length} violation(s) in ${seconds} s`);
  if (violations.length > 0) {
    console.error('Each rule says why in .dependency-cruiser.mjs; the layering is drawn in docs/architecture.md ("Why these shapes").');
    process.exit(1);
  }
}
