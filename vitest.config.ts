import { defineConfig } from 'vitest/config';

// One project per folder of tests/, so the tree says where a test runs; the
// suffix says how: `*.test.ts` in Node, `*.e2e.ts` in a real browser (Debian's
// Chromium at OCOP_CHROMIUM). Helpers shared by all three live in tests/support/.
// - unit: pure rules and small modules, in Node, no build.
// - integration: the real import, build and nightly job on small inputs, each
//   test making its own (the XSS test builds a hostile site and opens it in Chromium).
// - site: everything that needs the sample site built once by
//   tests/site/global-setup.ts: checks of dist/ and the browser tests.
//   `npm run test:site` runs this project alone.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/integration/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/site/**/*.e2e.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
