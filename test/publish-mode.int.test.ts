/**
 * The PR path through the built bundle against a local fake of the GitHub REST API: a
 * pull_request run posts one sticky comment and a check run; then the fork-safe second half,
 * `mode: publish` in a workflow_run, posts that run's report-json to the PR found from the head SHA,
 * reading the file as untrusted data and running nothing.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { C8, copyCoveredProject, PROJECT_PATH, REST_TESTS, UNIT_TESTS } from './support/covered-project.js';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
// The PR rewrites `unused` (lines 18-20 of src/math.js), which no test calls.
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

const cleanups: (() => Promise<void>)[] = [];
let project: { dir: string; remove: () => Promise<void> };
let api: FakeGitHubApi;

beforeEach(async () => {
  project = await copyCoveredProject();
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [{ number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: DIFF }],
  });
  cleanups.push(project.remove, () => api.close());
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function run(
  dir: string,
  inputs: Record<string, string>,
  eventName: string,
  event: Record<string, unknown>,
): Promise<StepResult> {
  const job: ActionJob = await createActionJob({
    workspace: dir,
    inputs,
    eventName,
    event,
    env: { PATH: PROJECT_PATH, GITHUB_API_URL: api.url, GITHUB_SHA: 'c'.repeat(40) },
  });
  cleanups.push(() => job.cleanup());
  return job.run('main');
}

const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
  repository: { default_branch: 'main' },
};

async function runPullRequest(): Promise<StepResult> {
  return run(
    project.dir,
    { 'test-command': `${C8} node --test ${UNIT_TESTS} ${REST_TESTS}`, 'check-name': 'coverage' },
    'pull_request',
    PR_EVENT,
  );
}

describe('pull_request run', () => {
  it('posts one sticky comment and a check run with the uncovered changed lines', async () => {
    const step = await runPullRequest();
    expect(step.exitCode, step.stdout).toBe(0);
    const comments = api.state.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- covgate');
    expect(step.outputs['comment-url']).toBe(comments[0]?.html_url);
    // Of the changed lines, c8 counts 18 (the declaration, run at import) and 19 (never run); 20 is not executable.
    expect(step.outputs.patch).toBe('50');
    const report = JSON.parse(readFileSync(step.outputs['report-json'] ?? '', 'utf8')) as { patch: unknown };
    expect(report.patch).toEqual({
      covered: 1,
      total: 2,
      pct: 50,
      files: [{ path: 'src/math.js', covered: 1, total: 2, uncoveredLines: [19] }],
    });
    const [check] = api.state.checkRuns;
    expect([check?.name, check?.head_sha, check?.conclusion]).toEqual(['coverage', HEAD, 'success']);
    expect(check?.output.annotations.map((a) => [a.path, a.start_line])).toEqual([['src/math.js', 19]]);
  });
});

describe('workflow-command annotations', () => {
  it('annotates at most 10 uncovered changed ranges and says how many more in the summary', async () => {
    // A new file of 15 functions that are loaded but never called: 15 separate uncovered ranges.
    const source = Array.from(
      { length: 15 },
      (_, i) => `export function f${i}(x) {\n  return x + ${i};\n}\n`,
    ).join('');
    writeFileSync(`${project.dir}/src/many.js`, source);
    writeFileSync(`${project.dir}/test/unit/many.test.mjs`, "import '../../src/many.js';\n");
    const lines = source.split('\n').slice(0, -1);
    const diff =
      `diff --git a/src/many.js b/src/many.js\nnew file mode 100644\n--- /dev/null\n+++ b/src/many.js\n` +
      `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`;
    const pull = api.state.pulls.get(7);
    if (pull) pull.diff = diff;
    const step = await run(
      project.dir,
      { 'test-command': `${C8} node --test ${UNIT_TESTS}`, comment: 'false' },
      'pull_request',
      PR_EVENT,
    );
    expect(step.exitCode, step.stdout).toBe(0);
    const warnings = step.commands.filter(
      (c) => c.command === 'warning' && c.properties.file === 'src/many.js',
    );
    expect(warnings).toHaveLength(10);
    expect(warnings.map((w) => w.properties.line)).toEqual([
      '2',
      '5',
      '8',
      '11',
      '14',
      '17',
      '20',
      '23',
      '26',
      '29',
    ]);
    expect(step.summary).toContain('+5 more');
    expect(api.state.comments.get(7) ?? []).toEqual([]);
  });
});

describe('mode: publish', () => {
  it('posts the report of an earlier run to the PR of the head SHA, running nothing', async () => {
    const first = await runPullRequest();
    expect(first.exitCode).toBe(0);
    // The workflow_run job sees only the artifact; the PR's run may have put anything in it.
    const publisher = await copyCoveredProject();
    cleanups.push(publisher.remove);
    const report = JSON.parse(readFileSync(first.outputs['report-json'] ?? '', 'utf8')) as Record<
      string,
      unknown
    >;
    report.context = {
      phases: [
        {
          name: 'full',
          command: 'touch pwned',
          exitCode: 0,
          signal: null,
          timedOut: false,
          skipped: false,
          durationMs: 1,
          tests: null,
        },
      ],
      provenance: null,
      errors: [],
    };
    writeFileSync(`${publisher.dir}/report.json`, JSON.stringify(report));
    api.state.comments.set(7, []);

    const step = await run(publisher.dir, { mode: 'publish', 'report-file': 'report.json' }, 'workflow_run', {
      workflow_run: {
        head_sha: HEAD,
        head_branch: 'feature',
        head_repository: { full_name: 'octo-org/octo-repo' },
        pull_requests: [],
      },
      repository: { default_branch: 'main' },
    });
    expect(step.exitCode, step.stdout).toBe(0);
    const comments = api.state.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('touch pwned'); // shown as data…
    expect(existsSync(`${publisher.dir}/pwned`)).toBe(false); // …never run
    expect(step.outputs['comment-url']).toBe(comments[0]?.html_url);
    expect(step.outputs.lines).toBe(first.outputs.lines);
    expect(step.summary).toContain('Coverage check passed');
  });

  it('rejects a report-file that is not a covgate report, naming the field', async () => {
    const dir = project.dir;
    copyFileSync(`${dir}/package.json`, `${dir}/report.json`);
    writeFileSync(
      `${dir}/report.json`,
      JSON.stringify({ totals: { lines: { covered: 1, total: 2, pct: '50' } } }),
    );
    const step = await run(dir, { mode: 'publish', 'report-file': 'report.json' }, 'workflow_run', {
      workflow_run: { head_sha: HEAD },
    });
    expect(step.exitCode).toBe(1);
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      `report-file ${dir}/report.json is not a covgate report: totals.lines.pct should be a number`,
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
