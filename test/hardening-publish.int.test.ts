/**
 * `mode: publish` against a hostile report-json through the built bundle (issue 12, items 1, 4 and
 * 7): the report was written by a fork's run, so its verdict, its size and the PR it lands on must
 * not be the fork's choice. Three short processes, no test command runs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startFakeGitHubApi,
  type FakeGitHubApi,
  type FakeGitHubApiOptions,
} from '../scripts/fake-github-api.mjs';
import { createActionJob, type StepResult } from './support/runner.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const MARKER = '<!-- covgate:comment-id=covgate -->';
const LABEL = "numbers reported by the pull request's run";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A self-consistent report of a fork that dropped its own gate: 5 % lines, 400 uncovered ranges. */
function forgedReport(): Record<string, unknown> {
  const lines = { covered: 5, total: 100, pct: 5 };
  const totals = { lines, statements: null, functions: null, branches: null };
  const missing = Array.from({ length: 95 }, (_, i) => i + 6);
  const uncovered = Array.from({ length: 400 }, (_, i) => 2 * i + 1);
  return {
    totals,
    files: [{ path: 'src/app.js', ...totals, missingLines: missing }],
    base: null,
    delta: null,
    patch: {
      covered: 0,
      total: 400,
      pct: 0,
      files: [{ path: 'src/app.js', covered: 0, total: 400, uncoveredLines: uncovered }],
    },
    thresholds: [],
    passed: true,
  };
}

/** The fork's run: head branch `topic` of `fork/octo-repo` at HEAD. */
const WORKFLOW_RUN = {
  workflow_run: {
    head_sha: HEAD,
    head_branch: 'topic',
    head_repository: { full_name: 'fork/octo-repo' },
    // An entry GitHub lists for ANOTHER repository's PR #9: never used as is.
    pull_requests: [
      {
        number: 9,
        head: { ref: 'topic', sha: HEAD, repo: { url: 'https://api.github.com/repos/fork/octo-repo' } },
        base: { ref: 'main', sha: BASE, repo: { url: 'https://api.github.com/repos/other-org/other-repo' } },
      },
    ],
  },
  repository: { default_branch: 'main' },
};

async function publish(
  report: unknown,
  inputs: Record<string, string>,
  apiOptions: FakeGitHubApiOptions,
  prepare: (api: FakeGitHubApi) => void = () => undefined,
): Promise<{ step: StepResult; api: FakeGitHubApi }> {
  const dir = await mkdtemp(join(tmpdir(), 'covgate-publish-'));
  const api = await startFakeGitHubApi({ owner: 'octo-org', repo: 'octo-repo', ...apiOptions });
  cleanups.push(
    () => rm(dir, { recursive: true, force: true }),
    () => api.close(),
  );
  prepare(api);
  await writeFile(join(dir, 'report.json'), JSON.stringify(report));
  const job = await createActionJob({
    workspace: dir,
    inputs: { mode: 'publish', 'report-file': 'report.json', 'check-name': 'coverage', ...inputs },
    eventName: 'workflow_run',
    event: WORKFLOW_RUN,
    env: { GITHUB_API_URL: api.url },
  });
  cleanups.push(() => job.cleanup());
  return { step: await job.run('main'), api };
}

const pull = (number: number, sha: string, ref: string, repo: string, state: 'open' | 'closed' = 'open') => ({
  number,
  state,
  head: { sha, ref, repo },
  base: { sha: BASE, ref: 'main' },
});

describe('mode: publish with a hostile report', () => {
  it('recomputes the verdict with its own fail-under, posts to the one matching PR, caps annotations', async () => {
    const { step, api } = await publish(
      forgedReport(),
      { 'fail-under': '80' },
      {
        pulls: [
          pull(5, HEAD, 'other-branch', 'fork/octo-repo'), // same SHA, another branch: a victim
          pull(7, HEAD, 'topic', 'fork/octo-repo'), // the fork's PR
          pull(8, HEAD, 'topic', 'fork/octo-repo', 'closed'), // a closed PR sharing the head
          pull(9, 'c'.repeat(40), 'victim', 'octo-org/octo-repo'), // the number the foreign entry names
        ],
        comments: { 7: [`${MARKER}\nold report`] },
      },
      // The edit of covgate's own earlier comment is refused: it must post anew and say why.
      (api) => api.failNext({ method: 'PATCH', path: /\/issues\/comments\// }, 403),
    );
    expect(step.exitCode, step.stdout).toBe(1);
    // The verdict is the publish step's: lines 5 % against its fail-under 80, whatever the file said.
    expect(step.outputs.passed).toBe('false');
    const [check] = api.state.checkRuns;
    expect([check?.head_sha, check?.conclusion]).toEqual([HEAD, 'failure']);
    expect(check?.output.title).toBe(`lines 5% < 80% (${LABEL})`);
    // Only PR #7 gets a comment: a new one, since the edit was refused; the warning names the cause.
    expect([...api.state.comments.keys()]).toEqual([7]);
    const comments = api.state.comments.get(7) ?? [];
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([MARKER, MARKER]);
    expect(comments[1]?.body).toContain('### ❌ Coverage check failed');
    expect(comments[1]?.body).toContain(LABEL);
    expect(step.summary).toContain(LABEL);
    const warnings = step.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^covgate could not edit its earlier comment .*#issuecomment-\d+ \(HTTP 403: .+\); posted a new one$/,
      ),
    ]);
    // 400 uncovered ranges: 150 annotations in 3 requests, the rest counted in the summary.
    expect(check?.output.annotations).toHaveLength(150);
    expect(api.requests.filter((r) => r.path.includes('/check-runs'))).toHaveLength(3);
    expect(check?.output.summary).toContain('+250 more uncovered ranges are not annotated.');
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/lines/),
    ]);
  });

  it('rejects a self-contradicting report with one error line and posts nothing', async () => {
    const report = {
      ...forgedReport(),
      thresholds: [{ name: 'lines', required: 80, actual: 5, ok: false }],
      passed: true,
    };
    const { step, api } = await publish(report, {}, { pulls: [pull(7, HEAD, 'topic', 'fork/octo-repo')] });
    expect(step.exitCode).toBe(1);
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^report-file .*report\.json is not a consistent covgate report: passed is true while a threshold row says failed; post only the report-json covgate wrote$/,
      ),
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(step.stderr).not.toMatch(/at .+\.js:\d+/);
  });

  it('posts to no PR when two open PRs share the head SHA, repository and branch', async () => {
    const { step, api } = await publish(
      forgedReport(),
      { 'check-name': '' },
      { pulls: [pull(7, HEAD, 'topic', 'fork/octo-repo'), pull(11, HEAD, 'topic', 'fork/octo-repo')] },
    );
    expect(step.exitCode).toBe(0);
    const warnings = step.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    // Annotations of uncovered lines go out as workflow commands (no check run here): not counted.
    expect(warnings.filter((m) => m.startsWith('covgate:'))).toEqual([
      `covgate: 2 open pull requests (#7, #11) have head fork/octo-repo:topic at ${HEAD.slice(0, 7)}; posting to none of them`,
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(api.state.comments.size).toBe(0);
  });
});
