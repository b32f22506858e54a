import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Says once which live comparisons with outside tools are skipped (or fails: COVGATE_REQUIRE_TOOLS=1).
    globalSetup: ['test/support/tool-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // e2e tests start real PostgreSQL servers and processes: keep files from fighting over 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'build/vitest-results.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'json', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
