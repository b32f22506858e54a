/**
 * The files main writes for later readers: the JSON report behind `report-json` (CONTRACT.md, plus
 * `phases` and `failure` so a failure-path report renders the same in `mode: publish`) and the head
 * coverage post saves as a baseline. A write that fails (disk full) names the file, leaves no
 * partial file behind and never hides the verdict: the caller still posts and sets the outputs.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionIo } from './action-io.js';
import type { Config } from './config.js';
import { REPORT_FILE_NAME, State } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import { serializeCoverage } from './coverage/serialize.js';
import { describeError } from './errors.js';
import type { Failure, Outcome } from './outcome.js';
import type { RenderContext } from './report/context.js';
import { writeJson } from './report/json-stream.js';

/** What post needs to save a baseline (State.Baseline, JSON). */
export interface BaselineSaveState {
  /** File with the serialized head coverage. */
  file: string;
  sha: string;
  branch: string;
  commentId: string;
}

/** The JSON report of an outcome: the report's fields (or their empty forms), the verdict and why. */
function toReportJson(outcome: Outcome, ctx: RenderContext): Record<string, unknown> {
  const body = outcome.report ?? {
    // No coverage was read: `totals: null` says so; zeros would read as "0% covered".
    totals: null,
    files: [],
    base: null,
    delta: null,
    patch: null,
    thresholds: [],
  };
  const failure = outcome.passed
    ? null
    : {
        kind: outcome.failures[0]?.kind ?? 'no-coverage-report',
        title: outcome.title,
        failures: outcome.failures,
      };
  const context = { phases: outcome.phases, provenance: ctx.provenance, errors: ctx.errors };
  return { ...body, passed: outcome.passed, phases: outcome.phases, failure, context };
}

/** Writes the JSON report; on failure removes the partial file and returns the failure to add. */
export async function writeReportJson(
  workDir: string,
  outcome: Outcome,
  ctx: RenderContext,
  redact: (text: string) => string = (text) => text,
): Promise<{ ok: true; path: string } | { ok: false; failure: Failure }> {
  const path = join(workDir, REPORT_FILE_NAME);
  try {
    await mkdir(workDir, { recursive: true });
    // Strings are scrubbed of the run's secrets (src/redact.ts): the file may be posted by publish.
    writeJsonFile(path, toReportJson(outcome, ctx), redact);
    return { ok: true, path };
  } catch (error) {
    await rm(path, { force: true }).catch(() => undefined);
    return {
      ok: false,
      failure: {
        kind: 'write-failed',
        title: 'could not write the JSON report',
        message: `covgate could not write the JSON report ${path}: ${describeWriteError(error)}; report-json is empty`,
      },
    };
  }
}

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'`, its strings rewritten by `redact`, to `path` in
 * 64 kB pieces (report/json-stream.ts): a report of a million files is 270 MB of JSON, which must
 * never be one string plus its encoded copy.
 */
function writeJsonFile(path: string, value: unknown, redact: (text: string) => string): void {
  const fd = openSync(path, 'w');
  try {
    writeJson(value, (piece) => writeFileSync(fd, piece), redact);
  } finally {
    closeSync(fd);
  }
}

/** "no space left on device (ENOSPC) — free space on the runner" for the usual write faults. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on device (ENOSPC); free disk space on the runner';
  if (code === 'EDQUOT') return 'disk quota exceeded (EDQUOT); free disk space on the runner';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `${describeError(error)}; RUNNER_TEMP must be writable`;
  }
  return describeError(error);
}

/** On a push to a baseline branch, leaves the head coverage for post to save. PR runs never save. */
export async function prepareBaselineSave(config: Config, io: ActionIo, head: CoverageData): Promise<void> {
  const { event } = config;
  if (event.eventName !== 'push' || event.pushedBranch === undefined) return;
  const branches =
    config.baselineBranches.length > 0
      ? config.baselineBranches
      : event.defaultBranch !== undefined
        ? [event.defaultBranch]
        : [];
  if (!branches.includes(event.pushedBranch)) {
    io.info(
      `covgate: ${event.pushedBranch} is not a baseline branch (${branches.join(', ') || 'none known'}); no baseline saved`,
    );
    return;
  }
  const file = join(io.workDir, 'baseline-coverage.json');
  try {
    await mkdir(io.workDir, { recursive: true });
    await writeFile(file, JSON.stringify(serializeCoverage(head)));
  } catch (error) {
    await rm(file, { force: true }).catch(() => undefined);
    io.warning(
      `covgate could not write the baseline file ${file}: ${describeWriteError(error)}; no baseline saved`,
    );
    return;
  }
  const state: BaselineSaveState = {
    file,
    sha: event.headSha,
    branch: event.pushedBranch,
    commentId: config.commentId,
  };
  io.saveState(State.Baseline, JSON.stringify(state));
}
