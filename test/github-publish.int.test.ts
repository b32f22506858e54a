// Check runs, publishResults (fork/permission and fault handling) and PR lookup through the real
// octokit against the local fake GitHub API.
import { afterEach, describe, expect, it } from 'vitest';
import {
  startFakeGitHubApi,
  type FakeGitHubApi,
  type FakeGitHubApiOptions,
} from '../scripts/fake-github-api.mjs';
import { publishCheckRun } from '../src/github/check-run.js';
import { createOctokit } from '../src/github/octokit.js';
import { COMMENT_PERMISSION_WARNING, publishResults, type PublishArgs } from '../src/github/publish.js';
import { findPullRequest } from '../src/github/pull-request.js';
import type { Annotation } from '../src/report/annotations.js';
import { FAST_API_TIMING } from './support/fast-api.js';
import { createRecordingLog, type RecordingLog } from './support/github-log.js';

const HEAD = '1234567890abcdef1234567890abcdef12345678';
const MARKER = '<!-- covgate:covgate -->';
let api: FakeGitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setUp(
  opts: FakeGitHubApiOptions = {},
): Promise<{ api: FakeGitHubApi; log: RecordingLog; octokit: ReturnType<typeof createOctokit> }> {
  api = await startFakeGitHubApi(opts);
  const log = createRecordingLog();
  return { api, log, octokit: createOctokit('ghs_test', `${api.url}/`, log, FAST_API_TIMING) };
}

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `src/file-${i}.ts`,
    startLine: i + 1,
    endLine: i + 3,
    title: 'Uncovered changed lines',
    message: `Lines ${i + 1}-${i + 3} are not covered`,
    level: 'warning' as const,
  }));
}

function args(over: Partial<PublishArgs> = {}): PublishArgs {
  return {
    owner: 'octo-org',
    repo: 'demo',
    pullNumber: 7,
    headSha: HEAD,
    comment: { enabled: true, marker: MARKER, body: `${MARKER}\nreport` },
    check: {
      name: 'coverage',
      conclusion: 'failure',
      title: '80% lines',
      summary: 'summary',
      annotations: annotations(2),
    },
    ...over,
  };
}

describe('publishCheckRun', () => {
  it('sends 120 annotations in 3 requests of at most 50: a create, then updates of the same run', async () => {
    const { api, octokit } = await setUp();
    const run = await publishCheckRun(octokit, {
      owner: 'octo-org',
      repo: 'demo',
      headSha: HEAD,
      name: 'coverage',
      conclusion: 'failure',
      title: 'Coverage 80%',
      summary: 'the summary',
      annotations: annotations(120),
    });
    const sent = api.requests.map((r) => ({
      call: `${r.method} ${r.path}`,
      count: (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    }));
    expect(sent).toEqual([
      { call: 'POST /repos/octo-org/demo/check-runs', count: 50 },
      { call: `PATCH /repos/octo-org/demo/check-runs/${run.id}`, count: 50 },
      { call: `PATCH /repos/octo-org/demo/check-runs/${run.id}`, count: 20 },
    ]);
    const stored = api.state.checkRuns[0];
    expect(stored).toMatchObject({
      head_sha: HEAD,
      name: 'coverage',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(stored?.output.annotations.map((a) => a.path)).toEqual(annotations(120).map((a) => a.path));
    expect(stored?.output.annotations[119]).toEqual({
      path: 'src/file-119.ts',
      start_line: 120,
      end_line: 122,
      annotation_level: 'warning',
      title: 'Uncovered changed lines',
      message: 'Lines 120-122 are not covered',
    });
    expect(run.url).toBe(stored?.html_url);
  });

  it('makes one request without annotations and cuts an over-long summary instead of failing', async () => {
    const { api, octokit } = await setUp();
    const summary = Array.from({ length: 5000 }, (_, i) => `| src/f${i}.ts | 50% |`).join('\n');
    await publishCheckRun(octokit, {
      ...{ owner: 'octo-org', repo: 'demo', headSha: HEAD, name: 'c', conclusion: 'success', title: 't' },
      summary,
      annotations: [],
    });
    expect(api.requests).toHaveLength(1);
    const sent = api.state.checkRuns[0]?.output.summary ?? '';
    expect(sent.length).toBeLessThanOrEqual(65535);
    expect(sent).toMatch(/\| 50% \|\n\n… \(truncated: the full report is in the job summary\)$/);
  });
});

describe('publishResults', () => {
  it('posts the comment and the check run and returns both URLs without warnings', async () => {
    const { api, octokit, log } = await setUp();
    const result = await publishResults(octokit, args(), log);
    expect(result.commentUrl).toMatch(/\/pull\/7#issuecomment-\d+$/);
    expect(result.checkUrl).toBe(api.state.checkRuns[0]?.html_url);
    expect(result.warnings).toEqual([]);
    expect(log.warnings).toEqual([]);
  });

  it('on a fork PR (read-only token, 403) warns once, does not throw and returns null URLs', async () => {
    const { api, octokit, log } = await setUp({ readOnly: true });
    const result = await publishResults(octokit, args({ check: null }), log);
    const warning = `${COMMENT_PERMISSION_WARNING} (GitHub said: HTTP 403: Resource not accessible by integration)`;
    expect(result).toEqual({ commentUrl: null, checkUrl: null, checkRefused: false, warnings: [warning] });
    expect(log.warnings).toEqual([warning]);
    expect(COMMENT_PERMISSION_WARNING).toBe(
      'covgate could not post the PR comment: the token is read-only (fork PR) or lacks `pull-requests: write` — add `permissions: pull-requests: write`, or use the workflow_run set-up (see README)',
    );
    // 403 is not retried: one listing and one refused POST
    expect(api.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 403']);
  });

  it('with comment and check both refused still gives ONE warning naming both permissions', async () => {
    const { octokit, log } = await setUp({ readOnly: true });
    const result = await publishResults(octokit, args(), log);
    expect(result.commentUrl).toBeNull();
    expect(result.checkUrl).toBeNull();
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/pull-requests: write.*checks: write.*workflow_run/);
    expect(result.warnings).toEqual(log.warnings);
  });

  it('retries a 500 and succeeds: two POSTs, one comment, no warning', async () => {
    const { api, octokit, log } = await setUp();
    api.failNext({ method: 'POST', path: '/repos/octo-org/demo/issues/7/comments' }, 500);
    const result = await publishResults(octokit, args({ check: null }), log);
    const posts = api.requests.filter((r) => r.method === 'POST').map((r) => r.status);
    expect(posts).toEqual([500, 201]);
    expect(api.state.comments.get(7)).toHaveLength(1);
    expect(result.commentUrl).toBe(api.state.comments.get(7)?.[0]?.html_url);
    expect(log.warnings).toEqual([]);
  });

  it('waits out a secondary rate limit (403 + retry-after) instead of calling it a permission problem', async () => {
    const { api, octokit, log } = await setUp();
    api.failNext({ method: 'POST' }, 403, 1, {
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      headers: { 'retry-after': '1' },
    });
    const result = await publishResults(octokit, args({ check: null }), log);
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403, 201]);
    expect(result.warnings).toEqual([]);
    expect(log.infos.some((m) => m.includes('secondary rate limit'))).toBe(true);
  });

  it('reports a persistent 5xx and a 422 as warnings with the API message, never throwing', async () => {
    const { api, octokit, log } = await setUp();
    api.failNext({ method: 'POST', path: '/repos/octo-org/demo/check-runs' }, 502, 4);
    const huge = `${MARKER}\n${'x'.repeat(70_000)}`;
    const result = await publishResults(
      octokit,
      args({ comment: { enabled: true, marker: MARKER, body: huge } }),
      log,
    );
    expect(result.commentUrl).toBeNull();
    expect(result.checkUrl).toBeNull();
    expect(result.warnings).toEqual([
      expect.stringMatching(/^covgate could not post the PR comment: HTTP 422: .*too long/),
      expect.stringMatching(/^covgate could not publish the check run "coverage": HTTP 502/),
    ]);
    expect(api.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(4);
  }, 30_000);

  it('skips the comment without a PR (push) but still publishes the check run', async () => {
    const { api, octokit, log } = await setUp();
    const result = await publishResults(octokit, args({ pullNumber: undefined }), log);
    expect(result.commentUrl).toBeNull();
    expect(result.checkUrl).toBe(api.state.checkRuns[0]?.html_url);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo-org/demo/check-runs',
    ]);
    expect(log.warnings).toEqual([]);
  });
});

describe('findPullRequest', () => {
  const pull = (
    number: number,
    sha: string,
    extra: { state?: 'open' | 'closed'; ref?: string; repo?: string } = {},
  ) => ({
    number,
    state: extra.state ?? ('open' as const),
    head: { sha, ref: extra.ref ?? 'topic', ...(extra.repo === undefined ? {} : { repo: extra.repo }) },
    base: { sha: 'f'.repeat(40), ref: 'main' },
  });
  const where = { owner: 'octo-org', repo: 'demo', headSha: HEAD };

  it('takes the one open PR whose head SHA, repository and branch all match', async () => {
    const { octokit, api, log } = await setUp({
      pulls: [
        pull(3, HEAD, { state: 'closed', repo: 'mallory/demo' }),
        pull(4, HEAD, { repo: 'alice/demo' }),
        pull(5, 'e'.repeat(40), { repo: 'mallory/demo' }),
        pull(6, HEAD, { repo: 'mallory/demo', ref: 'other' }),
      ],
    });
    const found = await findPullRequest(
      octokit,
      { ...where, headRepository: 'alice/demo', headBranch: 'topic' },
      log,
    );
    expect(found).toBe(4);
    expect(api.requests.map((r) => `${r.path} ${r.query.state} ${r.query.head}`)).toEqual([
      '/repos/octo-org/demo/pulls open alice:topic',
    ]);
    // A closed attacker PR sharing the SHA, and a PR of another branch, are never chosen.
    expect(
      await findPullRequest(octokit, { ...where, headRepository: 'mallory/demo', headBranch: 'topic' }, log),
    ).toBeNull();
    expect(log.warnings).toEqual([]);
  });

  it('posts to none when several open PRs match, or when the event does not name the head', async () => {
    const { octokit, log } = await setUp({
      pulls: [pull(8, HEAD, { repo: 'a/demo' }), pull(9, HEAD, { repo: 'a/demo' })],
    });
    expect(
      await findPullRequest(octokit, { ...where, headRepository: 'a/demo', headBranch: 'topic' }, log),
    ).toBeNull();
    expect(log.warnings).toEqual([
      `covgate: 2 open pull requests (#8, #9) have head a/demo:topic at ${HEAD.slice(0, 7)}; posting to none of them`,
    ]);
    expect(
      await findPullRequest(octokit, { ...where, headRepository: undefined, headBranch: 'topic' }, log),
    ).toBeNull();
    expect(log.warnings[1]).toMatch(/does not name the head SHA, repository and branch/);
  });
});

describe('the fake GitHub API itself (what the diff source relies on)', () => {
  it('serves the PR JSON, its diff for the diff media type, 406 for a too-large diff, and paginated files', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      status: 'modified' as const,
      additions: 1,
      deletions: 0,
      changes: 1,
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    const diff = 'diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1 +1 @@\n-a\n+b\n';
    const base = { head: { sha: HEAD, ref: 'topic' }, base: { sha: 'f'.repeat(40), ref: 'main' } };
    const { octokit, api } = await setUp({
      pulls: [
        { number: 7, ...base, diff, files },
        { number: 8, ...base, diff: null },
      ],
    });
    const where = { owner: 'octo-org', repo: 'demo' };
    const json = await octokit.rest.pulls.get({ ...where, pull_number: 7 });
    expect(json.data).toMatchObject({
      number: 7,
      head: { sha: HEAD },
      base: { ref: 'main' },
      changed_files: 250,
    });
    const text = await octokit.rest.pulls.get({ ...where, pull_number: 7, mediaType: { format: 'diff' } });
    expect(text.data as unknown).toBe(diff);
    await expect(
      octokit.rest.pulls.get({ ...where, pull_number: 8, mediaType: { format: 'diff' } }),
    ).rejects.toMatchObject({
      status: 406,
    });
    expect(api.requests.filter((r) => r.path.endsWith('/pulls/8'))).toHaveLength(1); // 406 is not retried
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...where,
      pull_number: 7,
      per_page: 100,
    });
    expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(api.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});
