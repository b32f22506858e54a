/**
 * The action's post step (runs even when the job failed): stop the PostgreSQL server main started
 * and save the baseline of a push to a baseline branch. It warns but never fails the job — the
 * verdict was main's to give.
 */
import { readFile } from 'node:fs/promises';
import { createBaselineStore, createCoreIo, type ActionIo } from './action-io.js';
import { State } from './constants.js';
import { describeError } from './errors.js';
import type { Baseline, BaselineStore } from './github/baseline-store.js';
import { teardownPostgres, type PostgresState } from './postgres/provision.js';
import type { BaselineSaveState } from './results.js';

/** Stops the server described by State.Postgres, if main started one. */
async function stopPostgres(io: ActionIo, _seams: PostSeams): Promise<void> {
  const saved = io.getState(State.Postgres);
  if (saved === '') return;
  const state = JSON.parse(saved) as PostgresState;
  const done = await teardownPostgres(state, io);
  if (!done.stopped || !done.removed) {
    io.warning(
      `covgate: PostgreSQL cleanup incomplete (server stopped: ${done.stopped}, directory removed: ${done.removed})`,
    );
  }
}

/** The seams of the post step; each defaults to the real runner's. */
export interface PostSeams {
  io?: ActionIo;
  baselineStore?: BaselineStore;
  /** The clock that stamps a saved baseline. */
  now?: () => Date;
}

/** Saves the head coverage main left for a push to a baseline branch. */
async function saveBaseline(io: ActionIo, seams: PostSeams): Promise<void> {
  const saved = io.getState(State.Baseline);
  if (saved === '') {
    io.info('covgate: no baseline to save (not a push to a baseline branch, or the run failed)');
    return;
  }
  const job = JSON.parse(saved) as BaselineSaveState;
  const baseline: Baseline = {
    version: 1,
    sha: job.sha,
    branch: job.branch,
    createdAt: (seams.now ?? (() => new Date()))().toISOString(),
    commentId: job.commentId,
    coverage: JSON.parse(await readFile(job.file, 'utf8')) as Baseline['coverage'],
  };
  const result = await (seams.baselineStore ?? createBaselineStore(io)).save(baseline);
  io.info(`covgate: baseline of ${job.branch} at ${job.sha.slice(0, 7)}: ${result}`);
}

/** Runs the post step (exported for `src/entry/post.ts` and GitHub's `@github/local-action`). */
export async function run(seams: PostSeams = {}): Promise<void> {
  const io = seams.io ?? createCoreIo();
  for (const [what, step] of [
    ['stop PostgreSQL', stopPostgres],
    ['save the baseline', saveBaseline],
  ] as const) {
    try {
      await step(io, seams);
    } catch (error) {
      io.warning(`covgate post step could not ${what}: ${describeError(error)}`);
    }
  }
}
