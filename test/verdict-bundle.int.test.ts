/**
 * A few rows of the verdict table (test/verdict.int.test.ts) through the built bundle, as a runner
 * runs it: a green run then a run whose phase writes no report must turn the one sticky comment red,
 * publish a failed check run named for the cause and still set report-json; a fork PR's refused
 * check run must leave its annotations as workflow commands.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { C8, copyCoveredProject, PROJECT_PATH, REST_TESTS, UNIT_TESTS } from './support/covered-project.js';
import { createActionJob, type StepResult } from './support/runner.js';

const HEAD = 'a'.repeat(40);
const DIFF = `diff --git a/src/math.js b/src/math.js
--- a/src/math.js
+++ b/src/math.js
@@ -18,3 +18,3 @@ export function divide(a, b) {
-export function unused(y) {
-  return y > 0 ? 'positive' : 'not positive';
-}
+export function unused(x) {
+  return x > 0 ? 'positive' : 'not positive';
+}
`;
const EVENT = {
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
};
const PULL = {
  number: 7,
  head: { sha: HEAD, ref: 'feature' },
  base: { sha: 'b'.repeat(40), ref: 'main' },
  diff: DIFF,
};

const cleanups: (() => Promise<void>)[] = [];
let project: { dir: string; remove: () => Promise<void> };
beforeEach(async () => {
  project = await copyCoveredProject();
  cleanups.push(project.remove);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startApi(readOnly = false): Promise<FakeGitHubApi> {
  const api = await startFakeGitHubApi({ owner: 'octo-org', repo: 'octo-repo', readOnly, pulls: [PULL] });
  cleanups.push(() => api.close());
  return api;
}

async function runMain(api: FakeGitHubApi, testCommand: string): Promise<StepResult> {
  const job = await createActionJob({
    workspace: project.dir,
    inputs: { 'test-command': testCommand, 'check-name': 'coverage' },
    eventName: 'pull_request',
    event: EVENT,
    env: { PATH: PROJECT_PATH, GITHUB_API_URL: api.url },
  });
  cleanups.push(() => job.cleanup());
  return job.run('main');
}

it('green, then no report: the comment turns red, the check run fails naming why, report-json is set', async () => {
  const api = await startApi();
  const green = await runMain(api, `${C8} node --test ${UNIT_TESTS} ${REST_TESTS}`);
  expect(green.exitCode, green.stdout).toBe(0);
  const red = await runMain(api, 'rm -rf coverage');
  expect(red.exitCode).toBe(1);
  const errors = red.commands.filter((c) => c.command === 'error').map((c) => c.message);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^The full phase wrote no coverage report/);
  const comments = api.state.comments.get(7) ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('### ❌ Coverage check failed');
  expect(comments[0]?.body).toContain('**no coverage report**');
  expect(api.state.checkRuns.map((c) => [c.conclusion, c.output.title])).toEqual([
    ['success', expect.stringMatching(/^Passed: lines \d/)],
    ['failure', 'no coverage report'],
  ]);
  expect(red.outputs.passed).toBe('false');
  expect(red.summary).toContain('### ❌ Coverage check failed');
  const report = JSON.parse(readFileSync(red.outputs['report-json'] ?? '', 'utf8')) as {
    totals: unknown;
    failure: { kind: string };
  };
  expect([report.totals, report.failure.kind]).toEqual([null, 'no-coverage-report']);
});

it('a fork PR with check-name: annotations as workflow commands, one warning, the verdict kept', async () => {
  const api = await startApi(true);
  const step = await runMain(api, `${C8} node --test ${UNIT_TESTS} ${REST_TESTS}`);
  expect(step.exitCode, step.stdout).toBe(0);
  const warnings = step.commands.filter((c) => c.command === 'warning');
  expect(warnings.filter((w) => w.properties.file === 'src/math.js').map((w) => w.properties.line)).toEqual([
    '19',
  ]);
  const permission = warnings.filter((w) => /could not post|could not publish/.test(w.message));
  expect(permission.map((w) => w.message)).toEqual([
    expect.stringMatching(/nor the check run.*checks: write/),
  ]);
  expect(step.outputs.passed).toBe('true');
});
