/**
 * The I/O seam of the pipeline: everything it does to the runner (log, outputs, exported variables,
 * state, job summary) goes through this interface. main.ts and post.ts pass the @actions/core
 * implementation; the pipeline itself never imports @actions/core.
 */
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { BASELINE_DIR_NAME, WORK_DIR_NAME, type Outputs, type State } from './constants.js';
import { CacheBaselineStore } from './github/cache-baseline-store.js';
import type { Redactor } from './redact.js';
import { describeWriteError } from './report-file.js';
import { neutraliseWorkflowCommands } from './report/escape.js';

/** Where a workflow-command annotation points. */
export interface AnnotationTarget {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** What the pipeline may do to the runner. */
export interface ActionIo {
  info(message: string): void;
  warning(message: string, target?: AnnotationTarget): void;
  error(message: string, target?: AnnotationTarget): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: Outputs, value: string): void;
  /** Sets a variable for this process, the phases and the job's later steps (GITHUB_ENV). */
  exportVariable(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  saveState(name: State, value: string): void;
  getState(name: State): string;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** The environment the action was started with (the base of every phase's env). */
  env: Record<string, string | undefined>;
  /** covgate's own directory under RUNNER_TEMP (created on demand by whoever writes there). */
  workDir: string;
  /** Removes known secrets from text before it is posted (see {@link withRedaction}); none when unset. */
  redact?: (text: string) => string;
}

/**
 * The io with every posted string redacted: the job summary here, the API request bodies through
 * the octokit built from it (`createOctokit` reads `redact`), report.json through `writeReportJson`.
 * The secrets are also registered with the runner so the log masks them.
 */
export function withRedaction(io: ActionIo, redactor: Redactor): ActionIo {
  for (const secret of redactor.secrets) io.setSecret(secret);
  const { redact } = redactor;
  return { ...io, redact, appendSummary: (markdown) => io.appendSummary(redact(markdown)) };
}

/**
 * The io with a `setOutput` and an `exportVariable` that never throw (a full disk makes
 * `core.setOutput` throw on GITHUB_OUTPUT, `core.exportVariable` on GITHUB_ENV): the first failure
 * of each file is kept as one line naming it, and the step fails with them after the comment and
 * the check run went out — every channel still gets the verdict. The phases get the database
 * variables directly, so only later steps miss them.
 */
export function guardOutputs(io: ActionIo): { io: ActionIo; failure: () => string | null } {
  let outputs: string | null = null;
  let env: string | null = null;
  const setOutput = (name: Outputs, value: string): void => {
    try {
      io.setOutput(name, value);
    } catch (error) {
      const file = io.env.GITHUB_OUTPUT || 'GITHUB_OUTPUT';
      outputs ??= `covgate could not write the step outputs to ${file} (GITHUB_OUTPUT): ${describeWriteError(error)}; this step's outputs are missing`;
    }
  };
  const exportVariable = (name: string, value: string): void => {
    try {
      io.exportVariable(name, value);
    } catch (error) {
      const file = io.env.GITHUB_ENV || 'GITHUB_ENV';
      env ??= `covgate could not write ${name} to ${file} (GITHUB_ENV): ${describeWriteError(error)}; later steps of the job do not get the database variables`;
    }
  };
  const failure = (): string | null => [outputs, env].filter((l) => l !== null).join('\n') || null;
  return { io: { ...io, setOutput, exportVariable }, failure };
}

/** The ActionIo of a real runner step. */
export function createCoreIo(): ActionIo {
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
  return {
    // Log lines carry text read from reports: never let it issue workflow commands.
    info: (m) => core.info(neutraliseWorkflowCommands(m)),
    warning: (m, t) => core.warning(m, t ?? {}),
    error: (m, t) => core.error(m, t ?? {}),
    debug: (m) => core.debug(m),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    appendSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; say so instead of failing.
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('covgate: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    env: process.env,
    workDir: join(runnerTemp, WORK_DIR_NAME),
  };
}

/**
 * The baseline store of a real runner step: the Actions cache, archiving a file under
 * `RUNNER_TEMP/covgate-baseline` — main (restore) and post (save) must use the very same path.
 */
export function createBaselineStore(io: ActionIo): CacheBaselineStore {
  return new CacheBaselineStore({ workDir: join(dirname(io.workDir), BASELINE_DIR_NAME), log: io });
}
