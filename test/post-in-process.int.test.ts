/**
 * Main then post, in-process: a push to the default branch leaves its head coverage for post, and
 * post saves it through the store seam with the clock seam's time; a failed run saves nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Baseline, BaselineStore } from '../src/github/baseline-store.js';
import { run as runPost } from '../src/post.js';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { EMPTY_STORE, runMainInProcess } from './support/in-process.js';

let project: { dir: string; remove: () => Promise<void> };
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  project = await copyCoveredProject();
  cleanups.push(project.remove);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function recordingStore(): BaselineStore & { saved: Baseline[] } {
  const saved: Baseline[] = [];
  return {
    saved,
    restore: (q) => EMPTY_STORE.restore(q),
    save: (b) => Promise.resolve(saved.push(b) > 0 ? 'saved' : 'exists'),
  };
}

async function pushRun(testCommand: string): Promise<Awaited<ReturnType<typeof runMainInProcess>>> {
  const main = await runMainInProcess({
    dir: project.dir,
    inputs: { 'test-command': testCommand, 'github-token': '' },
    env: { PATH: PROJECT_PATH },
    event: { repository: { default_branch: 'main' } },
  });
  cleanups.push(main.cleanup);
  return main;
}

it('saves the head coverage of a passing push to the default branch, stamped by the clock seam', async () => {
  const main = await pushRun('c8 --reporter=json node --test test/unit/*.test.mjs');
  expect(main.outcome?.passed).toBe(true);
  const store = recordingStore();
  await runPost({ io: main.io, baselineStore: store, now: () => new Date('2026-01-02T03:04:05Z') });
  expect(store.saved).toHaveLength(1);
  const [saved] = store.saved;
  expect([saved?.branch, saved?.sha, saved?.createdAt]).toEqual([
    'main',
    'f'.repeat(40),
    '2026-01-02T03:04:05.000Z',
  ]);
  expect((saved?.coverage.files ?? []).map((f) => f.path)).toEqual(
    [...(main.outcome?.report?.files.map((f) => f.path) ?? [])].sort(),
  );
});

it('saves nothing after a failed phase', async () => {
  const main = await pushRun('c8 --reporter=json node --test test/unit/*.test.mjs && exit 2');
  expect(main.outcome?.passed).toBe(false);
  const store = recordingStore();
  await runPost({ io: main.io, baselineStore: store });
  expect(store.saved).toEqual([]);
  expect(main.io.infos).toContain(
    'covgate: no baseline to save (not a push to a baseline branch, or the run failed)',
  );
});
