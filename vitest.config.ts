import { defineConfig } from 'vitest/config';
import { E2E_TEST_FILES } from './test/e2e-files.js';
import SlowestFirstSequencer from './test/support/sequencer.js';

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
    // Three files at a time on 2 cores: the e2e files spend much of their time waiting on the
    // processes they start (PostgreSQL, test runners, the bundles), which the third file fills.
    // Measured on a fresh clone: 2 workers ~61 s, 3 workers ~46 s, 4 workers ~63 s (files then
    // fight over the cores).
    fileParallelism: true,
    maxWorkers: 3,
    // One module graph per worker, not per file: re-importing src/ and the test helpers for each of
    // ~100 files cost ~25 s of the suite's ~107 s of CPU. Test files share no mutable module state
    // (the flow takes its seams as arguments; nothing is mocked by module); a run with
    // `--sequence.shuffle.files` passes too.
    isolate: false,
    sequence: { sequencer: SlowestFirstSequencer },
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
