/**
 * The baseline round trip through the built bundles and the real @actions/cache client against a
 * local emulation of the cache service: a push to the default branch saves the head coverage in its
 * post step; a PR against that commit restores it and reports the delta; the PR run saves nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { C8, copyCoveredProject, PROJECT_PATH, REST_TESTS, UNIT_TESTS } from './support/covered-project.js';
import { cacheEnv, startFakeCacheService, type FakeCacheService } from './support/fake-cache-service.js';
import { createActionJob } from './support/runner.js';

const BASE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const cleanups: (() => Promise<void>)[] = [];
let cache: FakeCacheService;
let api: FakeGitHubApi;
let runnerTemp: string;

beforeEach(async () => {
  cache = await startFakeCacheService();
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [{ number: 3, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: '' }],
  });
  // A runner's RUNNER_TEMP is the same path for every job; the cache version depends on it.
  runnerTemp = await mkdtemp(join(tmpdir(), 'covgate-runner-temp-'));
  cleanups.push(
    () => cache.close(),
    () => api.close(),
    () => rm(runnerTemp, { recursive: true, force: true }),
  );
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function runJob(
  tests: string,
  eventName: string,
  event: Record<string, unknown>,
  env: Record<string, string>,
): Promise<{ outputs: Record<string, string>; summary: string; postStdout: string }> {
  const project = await copyCoveredProject();
  cleanups.push(project.remove);
  const job = await createActionJob({
    workspace: project.dir,
    inputs: { 'test-command': `${C8} node --test ${tests}`, comment: 'false' },
    eventName,
    event,
    env: { PATH: PROJECT_PATH, RUNNER_TEMP: runnerTemp, GITHUB_API_URL: api.url, ...cacheEnv(cache), ...env },
  });
  cleanups.push(() => job.cleanup());
  const main = await job.run('main');
  expect(main.exitCode, main.stdout).toBe(0);
  const post = await job.run('post');
  expect(post.exitCode, post.stdout).toBe(0);
  return { outputs: main.outputs, summary: main.summary, postStdout: post.stdout };
}

it('saves the baseline on push to the default branch and compares the PR with it', async () => {
  const push = await runJob(
    UNIT_TESTS,
    'push',
    { repository: { default_branch: 'main' } },
    { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: BASE },
  );
  expect(cache.entries.map((e) => [e.key, e.finalized])).toEqual([[`covgate-covgate-main-${BASE}`, true]]);
  expect(push.postStdout).toContain(`covgate: baseline of main at ${BASE.slice(0, 7)}: saved`);

  const pr = await runJob(
    `${UNIT_TESTS} ${REST_TESTS}`,
    'pull_request',
    {
      pull_request: {
        number: 3,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      },
      repository: { default_branch: 'main' },
    },
    { GITHUB_REF: 'refs/pull/3/merge', GITHUB_SHA: '3'.repeat(40) },
  );
  const expected = Math.round((Number(pr.outputs.lines) - Number(push.outputs.lines)) * 100) / 100;
  expect(Number(pr.outputs.delta)).toBeCloseTo(expected, 2);
  expect(Number(pr.outputs.delta)).toBeGreaterThan(0);
  expect(pr.summary).toContain(BASE.slice(0, 7));
  // PR runs never save: still the one entry.
  expect(cache.entries).toHaveLength(1);
  expect(pr.postStdout).toContain('covgate: no baseline to save');
});
