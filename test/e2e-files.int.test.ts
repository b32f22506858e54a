/** The e2e list that `npm run test:unit` leaves out is exactly the test files that spawn dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { E2E_TEST_FILES, USES_DIST } from './e2e-files.js';
import { REPO_ROOT } from './support/runner.js';

it('lists every test file that runs a built bundle, and only those', () => {
  const files = readdirSync(join(REPO_ROOT, 'test'))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/${name}`);
  const spawning = files.filter((file) => USES_DIST.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
  expect(spawning.sort()).toEqual([...E2E_TEST_FILES].sort());
  // The src/ tests are unit tests: none of them may need a build.
  const srcSpawning = readdirSync(join(REPO_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .filter((name) => USES_DIST.test(readFileSync(join(REPO_ROOT, 'src', name), 'utf8')));
  expect(srcSpawning).toEqual([]);
});
