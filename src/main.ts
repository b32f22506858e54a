/**
 * The action's main step: read and validate the inputs, run the pipeline (or publish a report made
 * by an earlier run), and fail the step — the only place that does — when something failed.
 */
import * as core from '@actions/core';
import { createBaselineStore, createCoreIo, withRedaction } from './action-io.js';
import { describeError, InputError, RunnerError } from './errors.js';
import { readConfig, readSummaryUrl } from './inputs.js';
import { runMergeMode } from './merge-mode.js';
import { runPipeline } from './pipeline.js';
import { runPublishMode } from './publish-mode.js';
import { createRedactor } from './redact.js';
import { runShardMode } from './shard-mode.js';

/** Runs the main step (exported for `src/entry/main.ts` and GitHub's `@github/local-action`). */
export async function run(): Promise<void> {
  try {
    const config = readConfig();
    // Every string posted from here on is redacted of the run's secrets (src/redact.ts).
    const io = withRedaction(
      createCoreIo(),
      createRedactor({
        env: process.env,
        database: config.postgres,
        commands: [config.unitCommand, config.testCommand, config.restCommand],
      }),
    );
    const summaryUrl = readSummaryUrl();
    const deps = () => ({ io, summaryUrl, baselineStore: createBaselineStore(io) });
    const outcome =
      config.mode === 'publish'
        ? await runPublishMode(config, { io, summaryUrl })
        : config.mode === 'shard'
          ? await runShardMode(config, { io })
          : config.mode === 'merge'
            ? await runMergeMode(config, deps())
            : await runPipeline(config, deps());
    if (outcome.failures.length > 0) core.setFailed(outcome.failures.join('\n'));
  } catch (error) {
    // Typed errors carry a user-facing message (all input problems one per line, a server log's
    // tail); anything else is a bug: one line for the user, the stack for `ACTIONS_STEP_DEBUG`.
    const typed = error instanceof InputError || error instanceof RunnerError;
    if (!typed && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(typed ? error.message : describeError(error));
  }
}
