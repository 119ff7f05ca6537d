// The layering rules of .dependency-cruiser.mjs, run through the real check
// (scripts/check-dependencies.ts) on a copy of today's tree with one wrong-way
// import planted per rule: the real tree must add nothing, and every plant must
// be caught by its rule and no other.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroSides, checkDependencies } from '../../scripts/check-dependencies.ts';

const repo = path.resolve(import.meta.dirname, '../..');

/** Named wrong-way imports: the file planted, its text, and the rule that must catch it. */
const PLANTS: { file: string; text: string; rules: string[] }[] = [
  { file: 'src/domain/wrong-way.ts', text: "import type { Product } from '../schemas/product.ts';\nexport type P = Product;\n", rules: ['domain-is-the-core'] },
  { file: 'src/domain/reads-files.ts', text: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", rules: ['domain-does-no-io'] },
  { file: 'src/schemas/wrong-way.ts', text: "export { getCatalogue } from '../queries/catalogue.ts';\n", rules: ['schemas-build-only-on-domain'] },
  { file: 'src/i18n/wrong-way.ts', text: "export { BUILD_DATE } from '../queries/build-info.ts';\n", rules: ['i18n-builds-only-on-domain'] },
  { file: 'src/util/wrong-way.ts', text: "export * from '../domain/text.ts';\n", rules: ['util-knows-nothing-of-the-project'] },
  { file: 'src/registry/wrong-way.ts', text: "export * from '../search/words.ts';\n", rules: ['registry-is-the-importer'] },
  // A type from Astro, in code that runs in plain Node; the importer may import util, which needs no Astro.
  { file: 'src/registry/uses-astro.ts', text: "export type { AstroIntegration } from 'astro';\n", rules: ['registry-runs-without-astro'] },
  { file: 'src/registry/uses-util.ts', text: "export * from '../util/atomic-write.ts';\n", rules: [] },
  { file: 'src/queries/wrong-way.ts', text: "export * from '../formats/ics.ts';\n", rules: ['queries-read-what-the-build-was-given'] },
  { file: 'src/queries/typo.ts', text: "export * from './no-such-module.ts';\n", rules: ['not-to-unresolvable'] },
  { file: 'src/formats/wrong-way.ts', text: "export * from '../routes/paths.ts';\n", rules: ['formats-only-write'] },
  { file: 'src/images/wrong-way.ts', text: "export { getCatalogue } from '../queries/catalogue.ts';\n", rules: ['images-need-no-catalogue'] },
  { file: 'src/search/wrong-way.ts', text: "export * from '../pipeline/index-site.ts';\n", rules: ['search-is-below-the-site'] },
  { file: 'src/map/wrong-way.ts', text: "export * from '../search/words.ts';\n", rules: ['map-is-below-the-site'] },
  { file: 'src/routes/wrong-way.ts', text: "export * from '../pipeline/index-site.ts';\n", rules: ['routes-answer-the-route-table'] },
  { file: 'src/built-site/wrong-way.ts', text: "export * from '../search/index/format.ts';\n", rules: ['built-site-reads-only-what-was-built'] },
  { file: 'src/pipeline/wrong-way.ts', text: "export * from '../publish/guard.ts';\n", rules: ['pipeline-is-below-publish'] },
  // The readers of a built site are below the pipeline: allowed.
  { file: 'src/pipeline/reads-the-built-site.ts', text: "export * from '../built-site/site-files.ts';\n", rules: [] },
  { file: 'src/publish/wrong-way.ts', text: "export { default } from '../components/Stars.astro';\n", rules: ['publish-is-the-top-of-the-pipeline'] },
  { file: 'src/integrations/wrong-way.ts', text: "export * from '../registry/import.ts';\n", rules: ['integrations-hook-steps-into-astro'] },
  { file: 'src/budgets/wrong-way.ts', text: "export * from '../../scripts/check-dependencies.ts';\n", rules: ['src-is-not-driven-by-its-entry-points'] },
  {
    file: 'src/components/WrongWay.astro',
    text: "---\nimport { importRegistry } from '../registry/import.ts';\n---\n<p>{String(importRegistry)}</p>\n",
    rules: ['site-reads-content-not-the-importer'],
  },
  {
    file: 'src/components/ParsesItself.astro',
    text: "---\nimport { product } from '../schemas/product.ts';\n---\n<p>{String(product)}</p>\n",
    rules: ['site-takes-only-types-from-schemas'],
  },
  { file: 'src/islands/uses-zod.ts', text: "export { product } from '../schemas/product.ts';\n", rules: ['islands-take-only-types-from-schemas'] },
  // The contract's types are erased before the browser sees them: allowed.
  { file: 'src/islands/names-a-type.ts', text: "import type { Product } from '../schemas/product.ts';\nexport type P = Product;\n", rules: [] },
  {
    file: 'src/islands/wrong-way.ts',
    text: "export { getCatalogue } from '../queries/catalogue.ts';\n",
    rules: ['islands-import-only-browser-code', 'islands-reach-no-node'],
  },
  // Allowed on its own (search may use Node at build time), wrong once an island reaches it.
  { file: 'src/search/plant-reads-files.ts', text: "export { readFile } from 'node:fs/promises';\n", rules: [] },
  { file: 'src/islands/reaches-node.ts', text: "export * from '../search/plant-reads-files.ts';\n", rules: ['islands-reach-no-node'] },
  {
    file: 'src/components/WrongScript.astro',
    text: "---\n---\n<p data-x></p>\n<script>\n  import { readFile } from 'node:fs/promises';\n  void readFile;\n</script>\n",
    rules: ['islands-reach-no-node'],
  },
  // A cycle is reported once, from the first of its modules.
  { file: 'src/search/cycle-a.ts', text: "import { b } from './cycle-b.ts';\nexport const a = () => b;\n", rules: ['no-circular'] },
  { file: 'src/search/cycle-b.ts', text: "import { a } from './cycle-a.ts';\nexport const b = () => a;\n", rules: [] },
  // A cycle closed by `import type` is erased before it runs, but still ties its modules together: a violation too.
  { file: 'src/search/type-cycle-a.ts', text: "import type { B } from './type-cycle-b.ts';\nexport interface A { b?: B }\n", rules: ['no-circular'] },
  { file: 'src/search/type-cycle-b.ts', text: "import type { A } from './type-cycle-a.ts';\nexport interface B { a?: A }\nexport const b = 1;\n", rules: [] },
];

/** How a planted file is named in the check's report. */
function reported(file: string, rule: string): string {
  return file.endsWith('.astro') && rule === 'islands-reach-no-node' ? `${file} <script>` : file;
}

describe('the layering rules', () => {
  // Inside the repository, so the copy resolves packages from its node_modules.
  mkdirSync(path.join(repo, '.cache'), { recursive: true });
  const copy = mkdtempSync(path.join(repo, '.cache', 'layering-test-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('hold on today’s tree and catch each wrong-way import planted in a copy of it, by its own rule', async () => {
    for (const name of ['src', 'scripts', 'tests', 'tsconfig.json', 'package.json', '.dependency-cruiser.mjs']) {
      cpSync(path.join(repo, name), path.join(copy, name), { recursive: true });
    }
    for (const plant of PLANTS) writeFileSync(path.join(copy, plant.file), plant.text);

    // A rule on what is reachable reports each module reached; one line per file and rule is enough here.
    const found = [...new Set((await checkDependencies(copy)).map((v) => `${v.rule}: ${v.from}`))];

    const expected = PLANTS.flatMap((plant) => plant.rules.map((rule) => `${rule}: ${reported(plant.file, rule)}`));
    expect(found.sort()).toEqual(expected.sort());
  });
});

describe('astroSides', () => {
  it('reads the frontmatter as the server side and the bundled <script> as the browser side, skipping data blocks', () => {
    const source = [
      '---',
      "import Base from '../layouts/Base.astro';",
      '---',
      '<Base>',
      '<script type="application/ld+json" set:html={data} />',
      '<script type="application/json">{"a": 1}</script>',
      "<script>import { mountMap } from '../islands/map/map-view.ts';</script>",
      '</Base>',
    ].join('\n');
    expect(astroSides(source)).toEqual({
      server: "import Base from '../layouts/Base.astro';",
      client: "import { mountMap } from '../islands/map/map-view.ts';",
    });
  });

  it('reads an empty frontmatter as empty, not up to a later rule of dashes', () => {
    expect(astroSides('---\n---\n<p>a</p>\n---\n<p>b</p>\n').server).toBe('');
  });
});
