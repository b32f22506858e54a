import { defineConfig } from 'vitest/config';
import { E2E_TEST_FILES } from './test/e2e-files.js';

// `vitest --mode unit` (npm run test:unit) runs every test that does not spawn dist/: the src/ unit
// tests and the in-process test/ files; test/e2e-files.ts lists the others.
export default defineConfig(({ mode }) => ({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(mode === 'unit' ? E2E_TEST_FILES : [])],
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
}));
