/**
 * include / exclude of source files by glob, like coverage.py's `source` / `omit`: globs match
 * repo-relative paths with `/` (picomatch, `dot: true`), so `src/**` or `**\/*.test.ts` work the
 * same on every OS. `*` stops at `/` and `**` crosses it; a pattern without glob characters is a
 * file or a directory, and a directory means everything under it (`app` = `app/**`, as
 * `.coveragerc`'s `source = app` reads).
 *
 * Filters never empty a report silently: {@link filterReport} fails when nothing is left and warns
 * about a pattern that matches nothing while others match, and about a coverage.py-style pattern
 * whose `*` would have crossed `/` there (`app/*`, `*\/conftest.py`).
 */
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import type { CoverageData, FileCoverage } from './model.js';

/** How many report paths the "nothing left" error shows. */
const PATHS_SHOWN = 3;

/** The globs without blanks and a leading `./`. */
function clean(globs: string[]): string[] {
  return globs.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g !== '');
}

/** A matcher for one pattern: a glob, or (no glob characters) a file or everything under a directory. */
function compileOne(pattern: string): (path: string) => boolean {
  if (/[*?[\]{}()!]/.test(pattern)) {
    const glob = picomatch(pattern, { dot: true });
    return (path) => glob(path); // one argument: picomatch's second one asks for an object
  }
  const dir = pattern.replace(/\/+$/, '');
  return (path) => path === dir || path.startsWith(`${dir}/`);
}

/** A matcher that is false for every path when there are no globs. */
function compile(globs: string[]): (path: string) => boolean {
  const matchers = clean(globs).map(compileOne);
  return (path) => matchers.some((m) => m(path));
}

/**
 * Keeps the files matching one of `include` (all files when it is empty) and none of `exclude`.
 * Returns a new CoverageData; the input is not changed. With nothing to match, the two share the
 * file map (no one changes a map once read; a copy of a million entries would only cost memory).
 */
export function filterCoverage(data: CoverageData, include: string[], exclude: string[]): CoverageData {
  const everything = clean(include).length === 0;
  if (everything && clean(exclude).length === 0) return { ...data, formats: [...data.formats] };
  const included = compile(include);
  const excluded = compile(exclude);
  const files = new Map<string, FileCoverage>();
  for (const [path, file] of data.files) {
    if ((everything || included(path)) && !excluded(path)) files.set(path, file);
  }
  return { ...data, files, formats: [...data.formats] };
}

/** The `**` form of a coverage.py-style pattern: each lone `*` becomes `**` when next to a `/`. */
function doubleStarForm(pattern: string): string | null {
  const out = pattern.replace(/(^|\/)\*(?=\/|$)/g, '$1**');
  return out === pattern ? null : out;
}

/** Warnings about one input's patterns against the report's paths. */
function checkPatterns(globs: string[], name: string, paths: string[]): string[] {
  const cleaned = clean(globs);
  const counts = cleaned.map((g) => paths.filter(compileOne(g)).length);
  const warnings: string[] = [];
  cleaned.forEach((glob, i) => {
    const count = counts[i] ?? 0;
    const wide = doubleStarForm(glob);
    const wideCount = wide === null ? 0 : paths.filter(compileOne(wide)).length;
    if (wide !== null && wideCount > count) {
      warnings.push(
        `${name}: '${glob}' matches ${count} files here, where '*' stops at '/'; in coverage.py '*' also ` +
          `crosses '/', and '${wide}' would match ${wideCount} — write '${wide}' if that is what you mean`,
      );
    } else if (count === 0 && counts.some((c) => c > 0)) {
      warnings.push(
        `${name}: '${glob}' matches no file in the coverage report (patterns match repo-relative paths such as '${paths[0] ?? ''}')`,
      );
    }
  });
  return warnings;
}

/** What {@link filterReport} kept, and the warnings for the log. */
export interface FilterResult {
  data: CoverageData;
  warnings: string[];
}

/**
 * {@link filterCoverage} for the head report, with the checks of the file doc. Throws an
 * InputError naming the patterns and a few of the report's paths when no file is left.
 */
export function filterReport(
  data: CoverageData,
  include: string[],
  exclude: string[],
  names: { include: string; exclude: string } = { include: 'include', exclude: 'exclude' },
): FilterResult {
  const filtered = filterCoverage(data, include, exclude);
  // Without patterns there is nothing to check (and no list of a million paths to make).
  if (data.files.size === 0 || (clean(include).length === 0 && clean(exclude).length === 0)) {
    return { data: filtered, warnings: [] };
  }
  const paths = [...data.files.keys()];
  const warnings = [
    ...checkPatterns(include, names.include, paths),
    ...checkPatterns(exclude, names.exclude, paths),
  ];
  if (filtered.files.size === 0) {
    const given = [
      clean(include).length > 0 ? `${names.include} '${clean(include).join(', ')}'` : '',
      clean(exclude).length > 0 ? `${names.exclude} '${clean(exclude).join(', ')}'` : '',
    ].filter((g) => g !== '');
    const shown = paths.slice(0, PATHS_SHOWN).join(', ') + (paths.length > PATHS_SHOWN ? ', …' : '');
    throw new InputError(
      `${given.join(' and ')} left none of the ${paths.length} files of the coverage report (${shown}); ` +
        "patterns match repo-relative paths: a directory such as 'app' means everything under it, '*' stops at '/', '**' crosses it",
    );
  }
  return { data: filtered, warnings };
}
