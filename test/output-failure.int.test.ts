/**
 * GITHUB_OUTPUT that cannot be written (a full disk): `core.setOutput` throws. The verdict still
 * reaches every other channel (comment, check run, job summary), and the step fails with one line
 * naming the file — never a stack trace, never a pass. In-process with an io whose setOutput
 * throws ENOSPC, then once through dist/ with GITHUB_OUTPUT pointing at /dev/full.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { createRecordingIo, runMainInProcess } from './support/in-process.js';
import { createActionJob } from './support/runner.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const LCOV = 'TN:\nSF:src/math.js\nDA:2,1\nDA:3,1\nLF:2\nLH:2\nend_of_record\n';
const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
};

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
  await mkdir(join(project.dir, 'coverage'));
  await writeFile(join(project.dir, 'coverage', 'lcov.info'), LCOV);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** What @actions/core throws when GITHUB_OUTPUT is on a full disk. */
function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

it('in-process: the comment, check run and summary go out; the step fails with one line naming the file', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'covgate-output-'));
  cleanups.push(() => Promise.resolve(rmSync(temp, { recursive: true, force: true })));
  const outputFile = join(temp, 'output');
  const io = createRecordingIo(join(temp, 'covgate'), { PATH: PROJECT_PATH, GITHUB_OUTPUT: outputFile });
  let attempts = 0;
  io.setOutput = () => {
    attempts += 1;
    throw enospc();
  };
  const run = await runMainInProcess({
    dir: project.dir,
    inputs: { 'coverage-files': 'coverage/lcov.info', 'check-name': 'coverage' },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url },
    event: PR_EVENT,
    seams: { io },
  });
  cleanups.push(run.cleanup);
  expect(run.failed).toBe(
    `covgate could not write the step outputs to ${outputFile} (GITHUB_OUTPUT): no space left on device (ENOSPC); free disk space on the runner; this step's outputs are missing`,
  );
  expect(attempts).toBeGreaterThan(1);
  expect(run.outcome?.passed).toBe(true);
  expect(api.state.comments.get(7)?.[0]?.body).toContain('Coverage check passed');
  expect(api.state.checkRuns.map((c) => c.conclusion)).toEqual(['success']);
  expect(io.summary).toContain('Coverage check passed');
});

it('through dist/ with GITHUB_OUTPUT=/dev/full: exit 1, one ::error:: line naming /dev/full, no stack', async () => {
  const job = await createActionJob({
    workspace: project.dir,
    eventName: 'pull_request',
    event: PR_EVENT,
    inputs: { 'coverage-files': 'coverage/lcov.info', 'check-name': 'coverage' },
    env: { PATH: PROJECT_PATH, GITHUB_API_URL: api.url },
  });
  cleanups.push(() => job.cleanup());
  const step = await job.run('main', { GITHUB_OUTPUT: '/dev/full' });
  expect(step.exitCode, step.stdout + step.stderr).toBe(1);
  const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toEqual([
    "::error::covgate could not write the step outputs to /dev/full (GITHUB_OUTPUT): no space left on device (ENOSPC); free disk space on the runner; this step's outputs are missing",
  ]);
  expect(`${step.stdout}${step.stderr}`).not.toMatch(/\n\s+at /);
  expect(api.state.checkRuns.map((c) => c.conclusion)).toEqual(['success']);
  expect(api.state.comments.get(7)?.[0]?.body).toContain('Coverage check passed');
  expect(step.summary).toContain('Coverage check passed');
});
