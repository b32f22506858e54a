/**
 * The test files that run the built bundles (dist/) as processes: the e2e tests. `npm run test:unit`
 * (vitest --mode unit) leaves them out, so its coverage of src/ is what the in-process tests reach.
 * test/e2e-files.int.test.ts fails when a test file starts using dist/ and is missing here, or the
 * other way round — add a new e2e test file to this list.
 */
export const E2E_TEST_FILES = [
  'test/baseline-flow.int.test.ts',
  'test/cli.int.test.ts',
  'test/diff-cover.int.test.ts',
  'test/dogfood.int.test.ts',
  'test/hardening-publish.int.test.ts',
  'test/hardening-run.int.test.ts',
  'test/hostile-reports.int.test.ts',
  'test/html-report.int.test.ts',
  'test/npm-package.int.test.ts',
  'test/output-failure.int.test.ts',
  'test/phase-isolation.int.test.ts',
  'test/phase-processes.int.test.ts',
  'test/pipeline-coverage.int.test.ts',
  'test/pipeline-postgres.int.test.ts',
  'test/pipeline.int.test.ts',
  'test/publish-mode.int.test.ts',
  'test/python-app-live.int.test.ts',
  'test/shards.int.test.ts',
  'test/verdict-bundle.int.test.ts',
];

/** What in a test file's text means it spawns a built bundle. */
export const USES_DIST =
  /createActionJob|builtBundle|['"]dist['"], ['"]cli|dist\/cli\/index\.js'\)|DIST_DIR|\['pack'/;
