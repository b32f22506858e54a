/**
 * include / exclude of source files by glob, like coverage.py's `source` / `omit`: globs match
 * repo-relative paths with `/` (picomatch, `dot: true`), so `src/**` or `**\/*.test.ts` work the
 * same on every OS.
 */
import picomatch from 'picomatch';
import type { CoverageData, FileCoverage } from './model.js';

/** The globs without blanks and a leading `./`. */
function clean(globs: string[]): string[] {
  return globs.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g !== '');
}

/** A matcher that is false for every path when there are no globs. */
function compile(globs: string[]): (path: string) => boolean {
  const cleaned = clean(globs);
  if (cleaned.length === 0) return () => false;
  return picomatch(cleaned, { dot: true });
}

/**
 * Keeps the files matching one of `include` (all files when it is empty) and none of `exclude`.
 * Returns a new CoverageData; the input is not changed.
 */
export function filterCoverage(data: CoverageData, include: string[], exclude: string[]): CoverageData {
  const included = compile(include);
  const excluded = compile(exclude);
  const everything = include.every((g) => g.trim() === '');
  if (everything && clean(exclude).length === 0) {
    return { ...data, files: new Map(data.files), formats: [...data.formats] }; // nothing to match
  }
  const files = new Map<string, FileCoverage>();
  for (const [path, file] of data.files) {
    if ((everything || included(path)) && !excluded(path)) files.set(path, file);
  }
  return { ...data, files, formats: [...data.formats] };
}
