// The layering of src/, checked by `npm test` (scripts/check-dependencies.ts,
// a step of `npm run check`). The table in docs/architecture.md, "Why these
// shapes", says the same in words: keep the two in step.
//
// The arrows run one way. domain is the core; schemas and i18n build on it,
// util (Node helpers) on nothing. The importer (registry) uses those; queries
// (what pages read) the core, schemas and i18n; formats, search and map also
// the queries; images the core and util; routes join queries, formats and
// images; built-site (readers of a built site) rests on the core alone. The
// pipeline, publish, budgets and the site sit on top. Every rule below names a
// folder and the folders it must not import; what is not forbidden is allowed.
// Type-only imports count: a type is a dependency of the contract too.

/** The folders of src/, as one alternation. */
const layers = (...names) => `^src/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes the load order decide which import is still undefined, and two modules that need each other are one concern: merge them or move the shared part below both. Types count too: a cycle closed only by `import type` is erased before it runs, but its modules still cannot be read or moved one without the other, so the shared type gets a small module below both (src/registry/record.ts, src/registry/read/raw.ts).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        "An import that resolves to no file is a typo or a missing package; the rules cannot judge what they cannot see. Astro's virtual modules (astro:content) exist only inside its build.",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'domain-is-the-core',
      comment:
        'src/domain/ holds the OCOP rules everything else builds on (validity, stars, taxonomy, addresses). It imports nothing else of the project, so a rule can be read, tested and run (in Node or in the browser) alone. A type it needs from a schema is defined here, and the schema is checked to match it.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src/(?!domain/)|scripts/|tests/)' },
    },
    {
      name: 'domain-does-no-io',
      comment:
        'The rules are pure functions of their inputs and an explicit as-of date. Hashing (node:crypto, for stable product ids) is pure; files, network, processes and clocks are not, and npm packages would make the core carry their weight into every page and island.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^(node:)?crypto$',
      },
    },
    {
      name: 'schemas-build-only-on-domain',
      comment:
        'src/schemas/ is the public contract (the registry format, the content collections, the open data). It may take its vocabulary from the core (taxonomy keys, certificate statuses, the Vietnam box) and zod, never from the code that reads or writes it.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^(src/(?!schemas/|domain/)|scripts/|tests/)' },
    },
    {
      name: 'i18n-builds-only-on-domain',
      comment:
        'The dictionaries and routes are read by pages, islands, the pipeline and the nightly job alike; they may use the core (slugs), nothing that uses them.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^(src/(?!i18n/|domain/)|scripts/|tests/)' },
    },
    {
      name: 'util-knows-nothing-of-the-project',
      comment:
        'src/util/ holds small Node helpers (writing a file whole or not at all, a hard link or a copy, bounded parallelism, whether a process still runs) for the importer, the pipeline and the nightly job alike. They know nothing of OCOP, so using one never brings another folder along.',
      severity: 'error',
      from: { path: '^src/util/' },
      to: { path: '^(src/(?!util/)|scripts/|tests/)' },
    },
    {
      name: 'registry-is-the-importer',
      comment:
        "The importer (npm run import) reads an export and writes content/registry/ against the schemas. It uses the core, the schemas and the Node helpers of util (atomic writes, bounded parallelism); the site's queries, search, the build and the nightly job come after it and depend on it, not the other way.",
      severity: 'error',
      from: { path: '^src/registry/' },
      to: { path: '^(src/(?!registry/|domain/|schemas/|util/)|scripts/|tests/)' },
    },
    {
      name: 'registry-runs-without-astro',
      comment:
        "The importer runs in plain Node, before any Astro build (npm run import, the nightly job's first step). Nothing it reaches, types included, may need Astro's build: no astro:* virtual module, no astro package (astro/zod is zod, which the schemas use).",
      severity: 'error',
      from: { path: '^src/registry/' },
      to: { reachable: true, path: ['^astro:', 'node_modules/astro/(?!dist/zod\\.js$)'] },
    },
    {
      name: 'queries-read-what-the-build-was-given',
      comment:
        "src/queries/ is what pages read: the collections, loaded once and indexed (catalogue), the content loader behind them, the build's facts (build date, meta.json, site URL), provinces and addresses as a visitor reads them, the certificate index. It builds on domain, schemas and i18n; what serialises, draws, searches, maps or routes reads through it, so importing any of them would turn the arrow round.",
      severity: 'error',
      from: { path: '^src/queries/' },
      to: { path: '^(src/(?!queries/|domain/|schemas/|i18n/)|scripts/|tests/)' },
    },
    {
      name: 'formats-only-write',
      comment:
        "src/formats/ turns what the queries give into text of another format: iCalendar, JSON-LD, the open-data CSV and JSON, safe HTML from producer Markdown. Which URL serves a file is the route bodies' business (src/routes/), and drawing, search and the build are not a serialiser's: it uses the core, the schemas, i18n and the queries only.",
      severity: 'error',
      from: { path: '^src/formats/' },
      to: { path: '^(src/(?!formats/|domain/|schemas/|i18n/|queries/)|scripts/|tests/)' },
    },
    {
      name: 'images-need-no-catalogue',
      comment:
        'src/images/ makes the images of the site outside page rendering: share images and QR codes drawn from a little text, product photos looked up in their manifest, kept in the build cache by a hash of their input. Pages, route bodies, the pipeline, the integrations and the security policy use it; it takes its input as arguments and needs only the core, the schemas and util, so none of its users pulls the catalogue or Astro in through it.',
      severity: 'error',
      from: { path: '^src/images/' },
      to: { path: '^(src/(?!images/|domain/|schemas/|util/)|scripts/|tests/)' },
    },
    {
      name: 'search-is-below-the-site',
      comment:
        'src/search/ is the search logic shared by the pages (at build), the indexer (pipeline) and the islands (in the browser). It may use the core, the schemas, i18n and the site queries (provinces); the map is its neighbour, not its part, and it must not depend on any of its users.',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^(src/(?!search/|domain/|schemas/|i18n/|queries/)|scripts/|tests/)' },
    },
    {
      name: 'map-is-below-the-site',
      comment:
        'src/map/ is the map logic shared by the map page and its points file (at build) and the map islands (in the browser): the compact points file, the places taken from the catalogue, tile settings, distances. It may use the core, the schemas, i18n and the site queries; search is its neighbour, and it must not depend on any of its users.',
      severity: 'error',
      from: { path: '^src/map/' },
      to: { path: '^(src/(?!map/|domain/|schemas/|i18n/|queries/)|scripts/|tests/)' },
    },
    {
      name: 'routes-answer-the-route-table',
      comment:
        "src/routes/ holds what the routes of the route table (src/i18n/routes.ts) answer, the same for both languages: which pages each template renders (getStaticPaths), the endpoints (calendar files and feeds, open data, share images, the map points, the sitemap), and the route data every page reads. They join the queries, the serialisers, the images and the map's points; nothing below them may import them.",
      severity: 'error',
      from: { path: '^src/routes/' },
      to: { path: '^(src/(?!routes/|domain/|schemas/|i18n/|queries/|formats/|images/|map/)|scripts/|tests/)' },
    },
    {
      name: 'built-site-reads-only-what-was-built',
      comment:
        "src/built-site/ reads a site already built: its files, its internal links, the personal data in them, what each page loads. The build's own personal-data step, the release checks and the budgets share it, so it sits below all three, on the core alone.",
      severity: 'error',
      from: { path: '^src/built-site/' },
      to: { path: '^(src/(?!built-site/|domain/)|scripts/|tests/)' },
    },
    {
      name: 'pipeline-is-below-publish',
      comment:
        "src/pipeline/ holds the build and index steps; the nightly job (src/publish/) runs them. The pipeline may use everything below it (the importer, the queries, images, search, util, the readers of a built site …), not the nightly job or the site's templates.",
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: [layers('publish', 'budgets', 'integrations', 'islands', 'components', 'layouts'), '^(scripts|tests)/'] },
    },
    {
      name: 'publish-is-the-top-of-the-pipeline',
      comment:
        "src/publish/ is the nightly release: guard, build, checks, switch. It may drive every step below it, but not the site's templates or islands (it builds them through Astro, never imports them), and not the entry points in scripts/.",
      severity: 'error',
      from: { path: '^src/publish/' },
      to: { path: [layers('budgets', 'integrations', 'islands', 'components', 'layouts'), '^(scripts|tests)/'] },
    },
    {
      name: 'integrations-hook-steps-into-astro',
      comment:
        "src/integrations/ plugs build steps (photos, QR codes) into Astro's build: they use the queries, images, the schemas and the pipeline steps, never the templates they run beside, the importer or the nightly job.",
      severity: 'error',
      from: { path: '^src/integrations/' },
      to: { path: [layers('registry', 'publish', 'budgets', 'islands', 'components', 'layouts'), '^(scripts|tests)/'] },
    },
    {
      name: 'site-reads-content-not-the-importer',
      comment:
        'Pages, layouts and components render what content/ holds, through the queries: they may use the queries, route bodies, formats, images, domain, i18n, schemas (types), search and map (labels, map settings) and mount islands, but never run the importer, the pipeline, the nightly job, the build checks, the readers of a built site or the Node helpers of util, which would put Node-only work inside page rendering.',
      severity: 'error',
      from: { path: layers('layouts', 'components') },
      to: { path: [layers('util', 'registry', 'pipeline', 'publish', 'budgets', 'integrations', 'built-site'), '^(scripts|tests)/'] },
    },
    {
      name: 'site-takes-only-types-from-schemas',
      comment:
        "Pages read content already validated by the content collections (src/content.config.ts) and the queries; they name the schemas' types, and a page that parsed with a schema itself would check twice, or check what the collections never saw.",
      severity: 'error',
      from: { path: layers('layouts', 'components'), pathNot: '\\.astro\\.client\\.ts$' },
      to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'islands-import-only-browser-code',
      comment:
        'src/islands/ is the only code shipped to the browser, with the <script> of .astro files (mirrored as *.astro.client.ts). It may import itself, search, map, domain and i18n, and browser packages (leaflet, supercluster); the queries, route bodies, formats, images, util, the importer, the pipeline, the readers of a built site and the templates are build-time code.',
      severity: 'error',
      from: { path: ['^src/islands/', '\\.astro\\.client\\.ts$'] },
      to: {
        path: [
          layers(
            'queries',
            'routes',
            'formats',
            'images',
            'util',
            'registry',
            'pipeline',
            'publish',
            'built-site',
            'budgets',
            'integrations',
            'components',
            'layouts',
          ),
          '^(scripts|tests)/',
        ],
      },
    },
    {
      name: 'islands-take-only-types-from-schemas',
      comment:
        "Browser code may name the contract's types, which the compiler erases; a runtime import of a schema would put zod into every page's JavaScript (see the budgets in docs/performance.md).",
      severity: 'error',
      from: { path: ['^src/islands/', '\\.astro\\.client\\.ts$'] },
      to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'islands-reach-no-node',
      comment:
        "Whatever an island reaches, however far down, ends up in a browser bundle: no node:* module, no Node-only package (sharp, the spreadsheet readers and writers, iconv-lite, qrcode's Node build), no astro:* virtual module. Reachability follows `import type` too (dependency-cruiser cannot tell it apart here): a type the browser code needs lives in a module that is safe there.",
      severity: 'error',
      from: { path: ['^src/islands/', '\\.astro\\.client\\.ts$'] },
      to: {
        reachable: true,
        path: [
          // Node's built-ins resolve to their bare name (`fs`, `fs/promises`, `node:sqlite`): no folder, no extension.
          '^(node:)?[a-z0-9_/]+$',
          'node_modules/(sharp|read-excel-file|write-excel-file|iconv-lite|qrcode)/',
          '^astro:',
        ],
      },
    },
    {
      name: 'src-is-not-driven-by-its-entry-points',
      comment:
        'scripts/ and tests/ drive src/ (they may import anything); src/ importing them would make the tool depend on its own command line or test helpers.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    // node_modules is a boundary: its packages are judged by their path, not crawled.
    // (Paths of packages are relative to the checked mirror, hence no `^` before node_modules.)
    doNotFollow: { path: 'node_modules' },
    // `import type` is a dependency of the contract too (it is how domain once reached into schemas).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages as Node and Vite do (`exports`, ESM first), so `astro/zod` finds its file.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
