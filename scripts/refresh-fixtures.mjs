#!/usr/bin/env node
// `npm run fixtures:refresh`: records again every outside tool's output that the tests compare
// covgate with (test/fixtures/*/README.md say what each holds). A tool that is not installed is
// skipped with one line — or fails the script under COVGATE_REQUIRE_TOOLS=1. Review `git diff`
// afterwards: only timestamps should change unless a tool's version did.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const python = process.env.COVGATE_TEST_PYTHON || '/usr/bin/python3';
const diffCover = process.env.COVGATE_TEST_DIFF_COVER || 'diff-cover';
const has = {
  'pytest-cov': spawnSync(python, ['-c', 'import pytest_cov'], { stdio: 'ignore' }).status === 0,
  'diff-cover': spawnSync(diffCover, ['--version'], { stdio: 'ignore' }).status === 0,
};
const install = {
  'pytest-cov': 'apt-get install python3-pytest-cov',
  'diff-cover': 'apt-get install diff-cover',
};

let missing = false;
/** Runs `script args` when every tool in `needs` is there, else says which one is missing. */
function refresh(what, needs, script, args = []) {
  const absent = needs.filter((tool) => !has[tool]);
  if (absent.length > 0) {
    missing = true;
    console.log(
      `fixtures:refresh: skipped ${what}: ${absent.map((t) => `${t} is not installed (${install[t]})`).join(', ')}`,
    );
    return;
  }
  console.log(`fixtures:refresh: ${what}`);
  const file = join(root, script);
  const [cmd, argv] = script.endsWith('.sh')
    ? ['sh', [file, ...args]]
    : script.endsWith('.ts')
      ? [process.execPath, ['--import', 'tsx', file, ...args]]
      : [process.execPath, [file, ...args]];
  execFileSync(cmd, argv, { cwd: root, stdio: 'inherit' });
}

refresh('git diffs (test/fixtures/diff)', [], 'test/fixtures/diff/make-fixtures.sh');
refresh('c8 and nyc reports (test/fixtures/coverage/js-app)', [], 'test/fixtures/coverage/generate.mjs', [
  'js',
]);
refresh(
  'pytest-cov reports (test/fixtures/coverage/py-app)',
  ['pytest-cov'],
  'test/fixtures/coverage/generate.mjs',
  ['py'],
);
refresh(
  'diff-cover on the JavaScript change (test/fixtures/diff-cover/js)',
  ['diff-cover'],
  'test/fixtures/diff-cover/generate.mjs',
  ['js'],
);
refresh(
  'diff-cover on the Python change (test/fixtures/diff-cover/py)',
  ['diff-cover', 'pytest-cov'],
  'test/fixtures/diff-cover/generate.mjs',
  ['py'],
);
refresh(
  "sample-app's Vitest reports per dogfood phase (test/fixtures/sample-app/recorded)",
  [],
  'test/fixtures/sample-app/record.ts',
);
if (missing && process.env.COVGATE_REQUIRE_TOOLS === '1') {
  console.error('fixtures:refresh: COVGATE_REQUIRE_TOOLS=1 and a tool is missing');
  process.exit(1);
}
