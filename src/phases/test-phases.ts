/**
 * The test phases in order: the fast unit phase, then the full suite — or, in "no test twice" mode
 * (`rest-command`), the unit phase with coverage, its reports set aside, then only the rest.
 * A failed unit phase stops here: the full phase is skipped and reported as such.
 */
import { copyFile, mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import type { ActionIo } from '../action-io.js';
import type { Config } from '../config.js';
import { UNIT_COVERAGE_DIR_NAME } from '../constants.js';
import { redactDeep } from '../redact.js';
import type { PhaseResult } from '../report/context.js';
import { describeStale, olderThan, phaseStart } from './coverage-presence.js';
import { readJunitResults, snapshotFiles } from './junit.js';
import { buildPhaseEnv } from './phase-env.js';
import { describePhaseFailure, runPhase, skippedPhase } from './run.js';

/** How the phases went. */
export interface PhasesOutcome {
  phases: PhaseResult[];
  /** One line per failure (phase failures, a rest phase without unit coverage), in order. */
  failures: string[];
  /** True when the unit phase failed, so the full phase did not run. */
  stoppedEarly: boolean;
  /** "No test twice": the unit phase's coverage reports, moved aside (absolute paths). */
  unitCoverageFiles: string[];
}

/**
 * Runs the configured phases with `env` (the action's env plus the database variables), minus
 * what only covgate may see (phase-env.ts); `runner` is the seam that starts one phase (tests pass a
 * faster or scripted one).
 */
export async function runTestPhases(
  config: Config,
  io: ActionIo,
  env: Record<string, string | undefined>,
  runner: typeof runPhase = runPhase,
): Promise<PhasesOutcome> {
  // The phase's own GITHUB_STATE / GITHUB_OUTPUT, as a `run:` step has its own.
  await mkdir(io.workDir, { recursive: true });
  const filesDir = await mkdtemp(join(io.workDir, 'phase-files-'));
  try {
    const stateFile = join(filesDir, 'state');
    const outputFile = join(filesDir, 'output');
    await writeFile(stateFile, '');
    await writeFile(outputFile, '');
    const phaseEnv = buildPhaseEnv(env, { token: config.githubToken, stateFile, outputFile });
    return await runPhases(config, io, phaseEnv, runner);
  } finally {
    await rm(filesDir, { recursive: true, force: true });
  }
}

async function runPhases(
  config: Config,
  io: ActionIo,
  env: Record<string, string>,
  runner: typeof runPhase,
): Promise<PhasesOutcome> {
  const outcome: PhasesOutcome = {
    phases: [],
    failures: [],
    stoppedEarly: false,
    unitCoverageFiles: [],
  };
  const run = async (name: PhaseResult['name'], command: string): Promise<PhaseResult> => {
    const before = await snapshotFiles(config.junitGlobs, config.workingDirectory);
    const ran = await runner(
      {
        name,
        command,
        cwd: config.workingDirectory,
        env,
        timeoutMs: config.phaseTimeoutMs,
        killGraceMs: config.killGraceMs,
      },
      io,
    );
    ran.tests = await readTests(config, before, io);
    // Redacted where it is made: every message quoting the command or a test is cut later (run.ts,
    // the renderers), and a secret cut in two is no longer found by the redactor.
    const phase = io.redact === undefined ? ran : redactDeep(ran, io.redact);
    outcome.phases.push(phase);
    const failure = describePhaseFailure(phase);
    if (failure !== null) outcome.failures.push(failure);
    return phase;
  };

  const later = config.restCommand !== undefined ? ('rest' as const) : ('full' as const);
  const laterCommand = config.restCommand ?? config.testCommand;
  if (config.unitCommand !== undefined) {
    const unit = await run('unit', config.unitCommand);
    let stop = describePhaseFailure(unit) !== null;
    if (config.restCommand !== undefined) {
      const aside = await setAsideCoverage(config, join(io.workDir, UNIT_COVERAGE_DIR_NAME), unit);
      outcome.unitCoverageFiles = aside.moved;
      if (aside.moved.length === 0 && aside.stale.length > 0 && !stop) {
        stop = true;
        outcome.failures.push(
          `rest-command is set, so unit-command must write coverage: ${describeStale(aside.stale, 'unit')}`,
        );
      } else if (aside.moved.length === 0 && !stop) {
        stop = true;
        outcome.failures.push(
          `rest-command is set, so unit-command must write coverage, but none of ${config.coverageGlobs.join(', ')} ` +
            `exists in ${config.workingDirectory} after the unit phase; run it with coverage (e.g. 'c8 node --test test/unit')`,
        );
      }
    }
    if (stop) {
      outcome.stoppedEarly = true;
      if (laterCommand !== undefined) {
        outcome.phases.push(skippedPhase(later, laterCommand));
        io.info(`covgate: ${later} phase skipped because the unit phase failed`);
      }
      return outcome;
    }
  }
  if (laterCommand !== undefined) await run(later, laterCommand);
  return outcome;
}

async function readTests(
  config: Config,
  before: Awaited<ReturnType<typeof snapshotFiles>>,
  io: ActionIo,
): Promise<PhaseResult['tests']> {
  const reading = await readJunitResults(config.junitGlobs, { cwd: config.workingDirectory, before });
  // One warning per unreadable file; the coverage report still goes out, and the verdict is the
  // phase's exit code and the coverage, not the test counts.
  for (const problem of reading.problems) io.warning(problem);
  return reading.results;
}

/**
 * Moves the unit phase's coverage reports out of the way of the rest phase (whose tool would
 * overwrite or clean them) into `dir`, named `<n>-<name>` so two reports of the same name stay apart.
 * Reports older than the unit phase are an earlier run's: left in place, never read as its coverage.
 */
async function setAsideCoverage(
  config: Config,
  dir: string,
  unit: PhaseResult,
): Promise<{ moved: string[]; stale: string[] }> {
  await rm(dir, { recursive: true, force: true });
  const cwd = config.workingDirectory;
  const found = await glob(config.coverageGlobs, { cwd, absolute: true, dot: true });
  const old = await olderThan(found, phaseStart(unit));
  const fresh = found.filter((f) => !old.includes(f));
  const stale = old.map((f) => relative(cwd, f));
  if (fresh.length === 0) return { moved: [], stale };
  await mkdir(dir, { recursive: true });
  const moved: string[] = [];
  for (const [i, file] of fresh.sort().entries()) {
    const target = join(dir, `${i}-${basename(file)}`);
    await moveFile(file, target);
    moved.push(target);
  }
  return { moved, stale };
}

async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    // RUNNER_TEMP may be on another device than the workspace.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
}
