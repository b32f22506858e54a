/**
 * The action's main step: read and validate the inputs, run the pipeline (or publish a report made
 * by an earlier run), and fail the step — the only place that does — when the outcome failed.
 */
import * as core from '@actions/core';
import {
  createBaselineStore,
  createCoreIo,
  guardOutputs,
  withRedaction,
  type ActionIo,
} from './action-io.js';
import type { Config } from './config.js';
import { Outputs } from './constants.js';
import { describeError, InputError, RunnerError } from './errors.js';
import type { BaselineStore } from './github/baseline-store.js';
import { readConfig, readSummaryUrl } from './inputs.js';
import { describeFailures, type Outcome } from './outcome.js';
import { runPipeline, type OctokitFactory } from './pipeline.js';
import type { runPhase } from './phases/run.js';
import { runMergeMode } from './merge-mode.js';
import { runPublishMode } from './publish-mode.js';
import { createRedactor } from './redact.js';
import { runShardMode } from './shard-mode.js';

/** The seams of the main step; each defaults to the real runner's. Tests pass their own. */
export interface MainSeams {
  /** Reads and validates the inputs (throws InputError listing every problem). */
  readConfig?: () => Config;
  io?: ActionIo;
  baselineStore?: BaselineStore;
  createOctokit?: OctokitFactory;
  runPhase?: typeof runPhase;
  summaryUrl?: string | null;
  /** Fails the step with a message (core.setFailed in the action). */
  fail?: (message: string) => void;
  /** Debug output for a bug's stack (ACTIONS_STEP_DEBUG in the action). */
  debug?: (message: string) => void;
}

/**
 * Runs the main step (exported for `src/entry/main.ts` and GitHub's `@github/local-action`).
 * Returns the outcome every channel showed, or `null` when the run never got that far.
 */
export async function run(seams: MainSeams = {}): Promise<Outcome | null> {
  const fail = seams.fail ?? ((m: string) => core.setFailed(m));
  // Outputs that cannot be written (disk full) fail the step last, after every other channel.
  const guarded = guardOutputs(seams.io ?? createCoreIo());
  let io = guarded.io;
  const failWith = (lines: string[]): void => {
    const all = [...lines, guarded.failure() ?? ''].filter((l) => l !== '');
    if (all.length > 0) fail(all.join('\n'));
  };
  try {
    const config = (seams.readConfig ?? readConfig)();
    // Every string posted from here on is redacted of the run's secrets (src/redact.ts).
    io = withRedaction(
      io,
      createRedactor({
        env: io.env,
        database: config.postgres,
        commands: [config.unitCommand, config.testCommand, config.restCommand],
      }),
    );
    const summaryUrl = seams.summaryUrl === undefined ? readSummaryUrl() : seams.summaryUrl;
    const common = { io, summaryUrl, ...(seams.createOctokit ? { createOctokit: seams.createOctokit } : {}) };
    const runDeps = () => ({
      ...common,
      baselineStore: seams.baselineStore ?? createBaselineStore(io),
      ...(seams.runPhase ? { runPhase: seams.runPhase } : {}),
    });
    const outcome =
      config.mode === 'publish'
        ? await runPublishMode(config, common)
        : config.mode === 'shard'
          ? await runShardMode(config, runDeps())
          : config.mode === 'merge'
            ? await runMergeMode(config, runDeps())
            : await runPipeline(config, runDeps());
    failWith(outcome.passed ? [] : [describeFailures(outcome)]);
    return outcome;
  } catch (error) {
    // Typed errors carry a user-facing message (all input problems one per line, a server log's
    // tail); anything else is a bug: one line for the user, the stack for `ACTIONS_STEP_DEBUG`.
    const typed = error instanceof InputError || error instanceof RunnerError;
    if (!typed && error instanceof Error && error.stack) (seams.debug ?? core.debug)(error.stack);
    // No outcome exists (the inputs are unusable, or a runner fault): the verdict is still "failed".
    io.setOutput(Outputs.Passed, 'false');
    failWith([typed ? error.message : describeError(error)]);
    return null;
  }
}
