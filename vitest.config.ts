import { defineConfig } from 'vitest/config';

/**
 * Tests in layers, run in this order by `npm test`:
 * - unit:  pure logic and content, no site is built (`npm run test:unit`, seconds);
 * - build: runs of `astro build` (bad content, atomic and reproducible builds) and the checks over
 *          the one shared build (links and anchors, HTML validation, export contract, budgets);
 * - e2e:   the browser tests, on the same shared build.
 * The shared build (tests/support/shared-build.ts) runs once per run, for whichever of build and e2e runs.
 */
const sharedBuild = ['tests/support/shared-build.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Vitest's default leaves one core idle; on a 2-core machine that halves the unit run.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Room for a busy machine: the checks over all national content take about a second when quiet.
          testTimeout: 30_000,
          // One module graph per worker instead of one per file: most of the unit run was importing the same
          // modules again, and the national content is checked once per worker (tests/unit/helpers.ts).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // Components rendered with astro/container (own config: Astro's Vite setup compiles .astro files).
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: sharedBuild,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One file at a time: the atomic-build test checks that no build folder is left behind, which
          // a build of another file running at the same moment would break.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: sharedBuild,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
