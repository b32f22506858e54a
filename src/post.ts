/**
 * The action's post step (runs even when the job failed): stop the PostgreSQL server main started
 * and save the baseline of a push to a baseline branch. It warns but never fails the job — the
 * verdict was main's to give.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createBaselineStore, createCoreIo, type ActionIo } from './action-io.js';
import { State } from './constants.js';
import { describeError } from './errors.js';
import type { Baseline, BaselineStore } from './github/baseline-store.js';
import { findInstallations } from './postgres/binaries.js';
import { teardownPostgres } from './postgres/provision.js';
import { verifyPostgresState } from './postgres/state.js';
import type { BaselineSaveState } from './results.js';

/**
 * Stops the server described by State.Postgres, if main started one — and only when the state
 * proves that covgate made it (postgres/state.ts); a forged one is a warning and nothing is done.
 */
async function stopPostgres(io: ActionIo, _seams: PostSeams): Promise<void> {
  const saved = io.getState(State.Postgres);
  if (saved === '') return;
  const check = await verifyPostgresState(saved, {
    // Where createBaseDir puts the directory: covgate's work dir, else the system temp dir.
    parents: [io.workDir, resolve(io.env.TMPDIR || '/tmp')],
    findInstallations: () => findInstallations(io.env),
  });
  if (!check.ok) {
    if (check.gone) io.info(`covgate: PostgreSQL: ${check.reason}; nothing to stop.`);
    else
      io.warning(
        `covgate: ignored the saved PostgreSQL state (${check.reason}); nothing was stopped or removed`,
      );
    return;
  }
  const done = await teardownPostgres(check.state, io);
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
  const job = readBaselineState(saved, io.workDir);
  if (typeof job === 'string') {
    io.warning(`covgate: ignored the saved baseline state (${job}); no baseline saved`);
    return;
  }
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

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** The baseline job main saved, checked for the shape and file main writes; else the reason. */
function readBaselineState(saved: string, workDir: string): BaselineSaveState | string {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return 'it is not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'it is not an object';
  const { file, sha, branch, commentId } = value as Record<string, unknown>;
  // main always writes this one file (results.ts); any other path was not written by covgate.
  if (file !== join(resolve(workDir), 'baseline-coverage.json'))
    return 'its file is not the one covgate writes';
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
    return 'its sha is not a commit id';
  if (typeof branch !== 'string' || branch === '' || hasControlCharacter(branch))
    return 'its branch is not a branch name';
  if (typeof commentId !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(commentId))
    return 'its comment-id is invalid';
  return { file, sha, branch, commentId };
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
