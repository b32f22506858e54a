/**
 * Redaction comes before shortening: a message that quotes a command is cut to fit (run.ts cuts a
 * command line at 80 characters, the renderers cut long messages and titles), and half a secret is
 * no longer found by the redactor. In-process main step, real bash phase, the real REST client
 * against the local fake GitHub API; every channel is read.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { runMainInProcess } from './support/in-process.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const SECRET = 'Zq9xK2mW7pL4vB8nR3';
/** Its first 13 characters survive the 77-character cut of the quoted command line. */
const COMMAND = `: ${'p'.repeat(50)} && API_KEY=${SECRET} covgate-no-such-tool`;
const VISIBLE = SECRET.slice(0, 13);

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

it('a secret that straddles the cut of a phase failure message shows in no channel, not even half', async () => {
  expect(COMMAND.indexOf(SECRET)).toBeLessThan(77);
  expect(COMMAND.indexOf(SECRET) + SECRET.length).toBeGreaterThan(77);
  const run = await runMainInProcess({
    dir: project.dir,
    inputs: { 'test-command': COMMAND, 'check-name': 'coverage' },
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
  expect(run.failed).toContain('full phase failed (exit 127): command not found');
  expect(run.failed).toContain('API_KEY=*** covgate-n...');
  const comment = api.state.comments.get(7)?.[0]?.body ?? '';
  const check = api.state.checkRuns[0];
  const reportJson = readFileSync(run.io.outputs['report-json'] ?? '', 'utf8');
  const channels = {
    failed: run.failed ?? '',
    comment,
    checkTitle: check?.output.title ?? '',
    checkSummary: check?.output.summary ?? '',
    summary: run.io.summary,
    reportJson,
    outcome: JSON.stringify(run.outcome),
  };
  expect(comment).toContain('command not found');
  for (const [name, text] of Object.entries(channels))
    expect([name, text.includes(VISIBLE)]).toEqual([name, false]);
});
