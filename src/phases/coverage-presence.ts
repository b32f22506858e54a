/**
 * Did the full phase write a coverage report where covgate looks? When it did not, the error says
 * which globs were searched and what is under coverage/, which is usually enough to see the fix
 * (a different reporter, another directory, a tool that never ran with coverage).
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import type { PhaseResult } from '../report/context.js';
import { describePhaseFailure } from './run.js';

/** How many entries of coverage/ to name in the error. */
const LISTED_ENTRIES = 20;

/**
 * `null` when a report matches (or no phase ran: then loadCoverage's own message applies),
 * 'none-after-failure' when nothing matches but the phase failed anyway, else the error to throw.
 */
export async function findCoverageProblem(
  config: Config,
  phase: PhaseResult | undefined,
): Promise<InputError | 'none-after-failure' | null> {
  if (phase === undefined || phase.skipped) return null;
  const found = await glob(config.coverageGlobs, {
    cwd: config.workingDirectory,
    dot: true,
    onlyFiles: true,
  });
  if (found.length > 0) return null;
  if (describePhaseFailure(phase) !== null) return 'none-after-failure';
  const where = config.coverageGlobsExplicit ? 'coverage-files' : 'the default coverage-files';
  return new InputError(
    `The ${phase.name} phase wrote no coverage report: ${where} (${config.coverageGlobs.join(', ')}) ` +
      `matched nothing in ${config.workingDirectory}; ${await describeCoverageDir(config.workingDirectory)}. ` +
      'Make the command write coverage (e.g. c8 --reporter=json or --reporter=lcov) or point coverage-files at it.',
  );
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
