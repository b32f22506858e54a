/**
 * Step 5a of the pipeline: the head coverage — the unit phase's reports set aside ("no test twice")
 * plus what the full phase wrote. A report problem is not a crash but a verdict: it becomes a
 * Failure ("no coverage report", "unreadable coverage report") that every channel shows.
 */
import type { ActionIo } from './action-io.js';
import type { Config } from './config.js';
import { filterReport } from './coverage/filter.js';
import { countInexactBranchMerges, mergeCoverage } from './coverage/merge.js';
import type { CoverageData } from './coverage/model.js';
import { loadCoverage } from './coverage/read.js';
import { CoverageFormatError, InputError } from './errors.js';
import type { Failure } from './outcome.js';
import { describeStale, findCoverageProblem, splitReportsByAge } from './phases/coverage-presence.js';
import { describePhaseFailure } from './phases/run.js';
import type { PhasesOutcome } from './phases/test-phases.js';
import type { PhaseResult } from './report/context.js';

/** The head coverage, or `null` with the reason added to `failures` (a report problem is a verdict). */
export async function readHeadOrFail(
  config: Config,
  tests: PhasesOutcome,
  failures: Failure[],
  io: ActionIo,
): Promise<CoverageData | null> {
  try {
    return await readHeadCoverage(config, tests, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    failures.push(classifyCoverageError(error));
    return null;
  }
}

function classifyCoverageError(error: InputError): Failure {
  if (error instanceof CoverageFormatError) {
    return { kind: 'unreadable-report', title: 'unreadable coverage report', message: error.message };
  }
  if (error instanceof MissingReportError) {
    return { kind: 'no-coverage-report', title: 'no coverage report', message: error.message };
  }
  return { kind: 'invalid-input', title: firstClause(error.message), message: error.message };
}

/** "include/exclude left no file" from a longer sentence, for a check run title. */
function firstClause(message: string): string {
  const cut = message.search(/[:;.](\s|$)/);
  const clause = cut > 0 ? message.slice(0, cut) : message;
  return clause.length > 100 ? `${clause.slice(0, 99)}…` : clause;
}

/** No report where one was expected (nothing matched the globs). */
class MissingReportError extends InputError {}

/** Step 5a: the head coverage — the unit phase's reports set aside plus what the full phase wrote. */
async function readHeadCoverage(
  config: Config,
  tests: PhasesOutcome,
  io: ActionIo,
): Promise<CoverageData | null> {
  const options = { cwd: config.workingDirectory, root: config.repoRoot };
  const parts: CoverageData[] = [];
  if (tests.unitCoverageFiles.length > 0) {
    const unit = await loadReports(tests.unitCoverageFiles, { ...options, inputName: 'coverage-files' });
    for (const note of unit.notes) io.info(`covgate: ${note}`);
    parts.push(unit.data);
  }
  if (!tests.stoppedEarly) {
    const later = tests.phases.at(-1);
    const problem = await findCoverageProblem(config, later);
    if (problem instanceof InputError) throw new MissingReportError(problem.message);
    // On 'none-after-failure' the failed phase is the message; "no coverage" would only repeat it.
    const globs = problem === null ? await freshGlobs(config, later, io) : null;
    if (globs !== null) {
      const read = await loadReports(globs, {
        ...options,
        inputName: 'coverage-files',
        requireEach: config.coverageGlobsExplicit,
      });
      for (const note of read.notes) io.info(`covgate: ${note}`);
      parts.push(read.data);
    }
  }
  if (parts.length === 0) return null;
  const inexact = countInexactBranchMerges(parts);
  if (inexact > 0) {
    io.info(
      `covgate: ${inexact} branch lines were partly covered in both runs of a Cobertura report that does not say which branch was taken; merged branch counts are a lower bound (coverage.py's missing-branches makes them exact)`,
    );
  }
  const filtered = filterReport(mergeCoverage(parts), config.include, config.exclude);
  for (const warning of filtered.warnings) io.warning(`covgate: ${warning}`);
  return filtered.data;
}

/**
 * The globs to read after `phase`: without a phase (report-only: an earlier step made the report)
 * any report is right; after one, reports older than it are an earlier run's and never read
 * (`null`: read nothing).
 */
async function freshGlobs(
  config: Config,
  phase: PhaseResult | undefined,
  io: ActionIo,
): Promise<string[] | null> {
  if (phase === undefined || phase.skipped) return config.coverageGlobs;
  const byAge = await splitReportsByAge(config, phase);
  if (byAge.problem !== null) {
    // After a failed phase that failure is the message (as for no report at all); never read old data.
    if (describePhaseFailure(phase) !== null) return null;
    throw new MissingReportError(byAge.problem);
  }
  if (byAge.stale.length === 0) return config.coverageGlobs;
  io.info(`covgate: ${describeStale(byAge.stale, phase.name)}: ignored`);
  return byAge.fresh;
}

/** loadCoverage, with "matched nothing" told apart from "could not read". */
async function loadReports(
  globs: string[],
  options: Parameters<typeof loadCoverage>[1],
): Promise<Awaited<ReturnType<typeof loadCoverage>>> {
  try {
    return await loadCoverage(globs, options);
  } catch (error) {
    if (error instanceof InputError && !(error instanceof CoverageFormatError)) {
      throw new MissingReportError(error.message);
    }
    throw error;
  }
}
