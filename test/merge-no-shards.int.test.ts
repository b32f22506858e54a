/**
 * `mode: merge` when no leg's shard file arrived (every leg failed before writing it, or the
 * artifacts were not downloaded): every channel says "0 of N shards reported" — never that a
 * phase of this job did not run, never a pass. In-process main step, the real REST client against
 * the local fake GitHub API.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { runMainInProcess } from './support/in-process.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

let project: { dir: string; remove: () => Promise<void> };
let api: FakeGitHubApi;
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  project = await copyCoveredProject();
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [{ number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: '' }],
  });
  cleanups.push(project.remove, () => api.close());
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

it('zero shard files: "0 of 3 shards reported" in the comment, check run, summary and step error', async () => {
  await mkdir(join(project.dir, 'shards'));
  const run = await runMainInProcess({
    dir: project.dir,
    inputs: { mode: 'merge', 'shard-files': 'shards/*.json', 'shard-count': '3', 'check-name': 'coverage' },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url, PATH: PROJECT_PATH },
    event: {
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      },
    },
  });
  cleanups.push(run.cleanup);
  expect(run.outcome?.passed).toBe(false);
  expect(run.failed).toMatch(/^0 of 3 shards reported \(got none\)/);
  expect(run.failed?.split('\n')).toHaveLength(1);
  const comment = api.state.comments.get(7)?.[0]?.body ?? '';
  const check = api.state.checkRuns[0];
  expect([check?.conclusion, check?.output.title]).toEqual(['failure', '0 of 3 shards reported']);
  for (const text of [comment, run.io.summary]) {
    expect(text).toContain('### ❌ Coverage check failed');
    expect(text).toContain('No coverage was merged: 0 of 3 shards reported.');
    expect(text).not.toContain('did not run');
    expect(text).not.toContain('No test phase ran');
  }
  expect(run.io.outputs).toMatchObject({ passed: 'false', lines: '' });
});
