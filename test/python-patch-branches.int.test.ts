/**
 * "changed branches x/y" of the comment for coverage.py reports: unit-command + rest-command (two
 * reports whose halves took different arcs of one branch, merged by destination like `coverage
 * combine`) says exactly what one full run says, and both equal coverage.py's own branch counts.
 * In-process main steps on the recorded pytest-cov reports of test/fixtures/python-app (the phases
 * copy them into place, as the test commands would write them).
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { runMainInProcess } from './support/in-process.js';
import { PYTHON_APP, readRecorded, type CoveragePyJson } from './support/python-app.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const FILES = ['app/db.py', 'app/pricing.py', 'app/security.py'];

let dir: string;
let api: FakeGitHubApi;
const cleanups: (() => Promise<void>)[] = [];

/** The PR adds every line of the app: every branch point is a changed one. */
async function diffAddingEverything(): Promise<string> {
  const parts: string[] = [];
  for (const file of FILES) {
    const lines = (await readFile(join(PYTHON_APP, file), 'utf8')).split('\n').slice(0, -1);
    parts.push(
      `diff --git a/${file} b/${file}\nnew file mode 100644\n--- /dev/null\n+++ b/${file}\n` +
        `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`,
    );
  }
  return parts.join('');
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'covgate-pyapp-'));
  await cp(join(PYTHON_APP, 'app'), join(dir, 'app'), { recursive: true });
  await cp(join(PYTHON_APP, 'recorded'), join(dir, 'recorded'), { recursive: true });
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [
      {
        number: 7,
        head: { sha: HEAD, ref: 'feature' },
        base: { sha: BASE, ref: 'main' },
        diff: await diffAddingEverything(),
      },
    ],
  });
  cleanups.push(
    () => api.close(),
    () => rm(dir, { recursive: true, force: true }),
  );
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function commentOf(inputs: Record<string, string>): Promise<string> {
  const run = await runMainInProcess({
    dir,
    inputs,
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url },
    event: {
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      },
    },
  });
  cleanups.push(run.cleanup);
  expect(run.failed).toBeNull();
  return api.state.comments.get(7)?.[0]?.body ?? '';
}

it('unit + rest merged says the same "changed branches" as one full run, and as coverage.py', async () => {
  const own = (JSON.parse(readRecorded('full/coverage.json')) as CoveragePyJson).totals;
  // covgate shows two decimals floored (78.12), coverage.py rounds (78.13): the counts are the claim.
  const counts = `(${own.covered_branches}/${own.num_branches})`;
  const said = (comment: string): string | undefined =>
    /changed branches [\d.]+% (\(\d+\/\d+\))/.exec(comment)?.[1];
  const full = await commentOf({ 'test-command': 'cp recorded/full/coverage.xml coverage.xml' });
  expect(said(full)).toBe(counts);
  const merged = await commentOf({
    'unit-command': 'cp recorded/unit/coverage.xml coverage.xml',
    'rest-command': 'cp recorded/rest/coverage.xml coverage.xml',
  });
  expect(said(merged)).toBe(counts);
});
