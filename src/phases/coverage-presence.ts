/**
 * Did the full phase write a coverage report where covgate looks? When it did not, the error names
 * the fix: the coverage-looking files the phase did write (a report in another directory, a
 * reporter of another name) with the exact `coverage-files` value that reads them, or — when it
 * wrote none — what is under coverage/ and how each common tool is asked for a report.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import type { PhaseResult } from '../report/context.js';
import { describePhaseFailure } from './run.js';

/** How many entries of coverage/ (or found reports) to name in the error. */
const LISTED_ENTRIES = 20;

/** Files that look like coverage reports, richest format first (the order they are suggested in). */
const COVERAGE_LOOKING = ['**/coverage-final.json', '**/coverage.xml', '**/cobertura*.xml', '**/*.info'];
const NOT_SEARCHED = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**'];
/** Files older than the phase by more than this were not written by it (mtime granularity). */
const CLOCK_SLACK_MS = 2_000;

const HOW_TO =
  'Make the test command write a report: pytest-cov `--cov=PACKAGE --cov-report=xml` (coverage.xml), ' +
  'Jest `--coverage` (coverage/coverage-final.json), Vitest `run --coverage` with @vitest/coverage-v8, ' +
  'c8 `--reporter=json` (coverage/coverage-final.json); or point coverage-files at the report.';

/** What the globs match, split by age: a report older than the phase was not written by it. */
export interface ReportsByAge {
  /** Absolute paths written while the phase ran. */
  fresh: string[];
  /** Relative to the working directory: left over from an earlier run in this checkout. */
  stale: string[];
  /** "no coverage report: … is older than the full phase …" when a glob matched only stale files. */
  problem: string | null;
}

/**
 * Splits what the coverage globs match by whether `phase` could have written it. A glob (each one
 * when coverage-files is explicit, else all together) matching only older files is a problem: a
 * `test-command: true` must never pass on an earlier run's report.
 */
export async function splitReportsByAge(
  config: Config,
  phase: PhaseResult,
  now: () => number = Date.now,
): Promise<ReportsByAge> {
  const cwd = config.workingDirectory;
  const since = phaseStart(phase, now);
  const out: ReportsByAge = { fresh: [], stale: [], problem: null };
  const staleOnly: string[] = [];
  for (const pattern of config.coverageGlobs) {
    const files = (await glob([pattern], { cwd, dot: true, onlyFiles: true, absolute: true })).sort();
    const old = await olderThan(files, since);
    for (const file of files) {
      const list = old.includes(file) ? out.stale : out.fresh;
      const name = old.includes(file) ? relative(cwd, file) : file;
      if (!list.includes(name)) list.push(name);
    }
    if (config.coverageGlobsExplicit && files.length > 0 && old.length === files.length) {
      staleOnly.push(...old.map((f) => relative(cwd, f)));
    }
  }
  if (out.fresh.length === 0) staleOnly.splice(0, staleOnly.length, ...out.stale);
  if (staleOnly.length > 0) out.problem = describeStale(staleOnly, phase.name);
  return out;
}

/** The sentence for reports `phase` did not write (the run fails on it). */
export function describeStale(files: readonly string[], phase: string): string {
  const shown = files.slice(0, LISTED_ENTRIES).join(', ');
  const verb = files.length === 1 ? 'is' : 'are';
  return (
    `no coverage report: ${shown} ${verb} older than the ${phase} phase (left over from an earlier run?); ` +
    'the test command must write its report anew: check its coverage options, or delete the old report before the run'
  );
}

/** When the phase started (ms), less the slack of file-system clocks. */
export function phaseStart(phase: PhaseResult, now: () => number = Date.now): number {
  return now() - phase.durationMs - CLOCK_SLACK_MS;
}

/** The files of `files` (absolute) last modified before `since` (ms). */
export async function olderThan(files: readonly string[], since: number): Promise<string[]> {
  const old: string[] = [];
  for (const file of files) {
    const modified = await stat(file).then(
      (s) => s.mtimeMs,
      () => Number.POSITIVE_INFINITY,
    );
    if (modified < since) old.push(file);
  }
  return old;
}

/**
 * `null` when a report matches (or no phase ran: then loadCoverage's own message applies),
 * 'none-after-failure' when nothing matches but the phase failed anyway, else the error to throw.
 * `now` is the clock (the phase ended just before).
 */
export async function findCoverageProblem(
  config: Config,
  phase: PhaseResult | undefined,
  now: () => number = Date.now,
): Promise<InputError | 'none-after-failure' | null> {
  if (phase === undefined || phase.skipped) return null;
  const cwd = config.workingDirectory;
  const found = await glob(config.coverageGlobs, { cwd, dot: true, onlyFiles: true });
  if (found.length > 0) return null;
  if (describePhaseFailure(phase) !== null) return 'none-after-failure';
  const where = config.coverageGlobsExplicit ? 'coverage-files' : 'the default coverage-files';
  const head =
    `The ${phase.name} phase wrote no coverage report: ${where} (${config.coverageGlobs.join(', ')}) ` +
    `matched nothing in ${cwd}`;
  const written = await findWrittenReports(cwd, now() - phase.durationMs - CLOCK_SLACK_MS);
  if (written.length > 0) {
    const shown = written.slice(0, LISTED_ENTRIES).join(', ');
    const more = written.length > LISTED_ENTRIES ? ` and ${written.length - LISTED_ENTRIES} more` : '';
    return new InputError(
      `${head}; the phase wrote ${shown}${more}. To read them set coverage-files: ${suggestGlobs(written)}`,
    );
  }
  return new InputError(`${head}; ${await describeCoverageDir(cwd)}. ${HOW_TO}`);
}

/** Coverage-looking files modified since `since` (ms), relative to `cwd`, richest format first. */
async function findWrittenReports(cwd: string, since: number): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of COVERAGE_LOOKING) {
    const files = await glob([pattern], { cwd, dot: true, onlyFiles: true, ignore: NOT_SEARCHED });
    for (const file of files.sort()) {
      if (out.includes(file)) continue;
      const modified = await stat(join(cwd, file)).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      if (modified >= since) out.push(file);
    }
  }
  return out;
}

/** One report per directory (the richest: one run writes several formats of the same data). */
function suggestGlobs(files: readonly string[]): string {
  const byDir = new Map<string, string>();
  for (const file of files) if (!byDir.has(dirname(file))) byDir.set(dirname(file), file);
  return [...byDir.values()].join(', ');
}

async function describeCoverageDir(cwd: string): Promise<string> {
  const dir = join(cwd, 'coverage');
  let entries: string[];
  try {
    entries = (await glob(['**'], { cwd: dir, dot: true, onlyFiles: true })).sort();
  } catch {
    entries = [];
  }
  if (entries.length === 0) {
    const exists = await readdir(dir).then(
      () => true,
      () => false,
    );
    return exists ? 'coverage/ is empty' : 'there is no coverage/ directory';
  }
  const shown = entries.slice(0, LISTED_ENTRIES).map((e) => relative(cwd, join(dir, e)));
  const more = entries.length > LISTED_ENTRIES ? ` and ${entries.length - LISTED_ENTRIES} more` : '';
  return `coverage/ holds ${shown.join(', ')}${more}`;
}
