import { defineConfig } from 'vitest/config';

// Markers, pytest-style: every test file declares `// @module-tag unit` or `// @module-tag integration`,
// single tests add `slow` or `auth`. Select with --tags-filter, e.g. `--tags-filter=unit`,
// `--tags-filter='!unit'`, `--tags-filter='integration && auth'` (see docs/sample-app.md).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The autouse fixture: S3, SMTP and Redis are replaced for every test file, see the file.
    setupFiles: ['test/setup/external-services.ts'],
    tags: [
      {
        name: 'unit',
        description: 'No database, no network: functions and app.inject paths that stop before SQL.',
      },
      { name: 'integration', description: 'Real PostgreSQL from DATABASE_URL or TEST_DATABASE_URL.' },
      {
        name: 'slow',
        description: 'Noticeably slower than the rest (big uploads, many rows).',
        timeout: 30_000,
      },
      { name: 'auth', description: 'Authentication and authorization: tokens, authenticate, requireOwner.' },
    ],
    // Files share one module graph per worker instead of importing the app again for each file: the
    // full suite with coverage takes about half the CPU. Each file still gets the setup file's fresh
    // fakes and its own migrated schema (test/support/database.ts), so no state crosses files.
    isolate: false,
    testTimeout: 15_000,
    hookTimeout: 30_000,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'reports/junit.xml' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Process entry points only wire things together (like a `if __name__ == "__main__":` block).
      exclude: ['src/server.ts', 'src/worker.ts', 'src/db/migrate-cli.ts'],
      reporter: ['text', 'json', 'json-summary', 'lcov'],
      reportsDirectory: 'coverage',
    },
  },
});
