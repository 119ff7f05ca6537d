import { defineConfig } from 'vitest/config';

// Two projects. `unit` runs in Node on small inputs. `site` runs against the
// sample site built once by tests/e2e/global-setup.ts: the browser tests
// (`*.e2e.ts`, Debian's Chromium) and the build-level checks of dist/
// (`tests/integration/site-*.test.ts`).
const builtSiteTests = ['tests/e2e/**/*.e2e.ts', 'tests/integration/site-*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/site-*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'site',
          include: builtSiteTests,
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
