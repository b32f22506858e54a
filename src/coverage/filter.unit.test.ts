import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { filterCoverage, filterReport } from './filter.js';
import type { CoverageData, FileCoverage } from './model.js';

const paths = ['.config/x.js', 'lib/util.js', 'src/a.js', 'src/a.test.js', 'src/deep/b.ts', 'tests/t.js'];
const file = (path: string): FileCoverage => ({
  path,
  lines: new Map([[1, 1]]),
  statements: null,
  functions: null,
  branches: null,
});
const data: CoverageData = { files: new Map(paths.map((p) => [p, file(p)])), formats: ['lcov'] };
const kept = (include: string[], exclude: string[]): string[] => [
  ...filterCoverage(data, include, exclude).files.keys(),
];

describe('filterCoverage', () => {
  it('keeps everything with no include and no exclude', () => {
    expect(kept([], [])).toEqual(paths);
  });

  it('include works like .coveragerc source: only matching files', () => {
    expect(kept(['src/**'], [])).toEqual(['src/a.js', 'src/a.test.js', 'src/deep/b.ts']);
    expect(kept(['lib/**', 'src/*.js'], [])).toEqual(['lib/util.js', 'src/a.js', 'src/a.test.js']);
  });

  it('exclude works like omit, also on top of include', () => {
    expect(kept([], ['**/*.test.js', 'tests/**'])).toEqual([
      '.config/x.js',
      'lib/util.js',
      'src/a.js',
      'src/deep/b.ts',
    ]);
    expect(kept(['src/**'], ['**/*.test.js'])).toEqual(['src/a.js', 'src/deep/b.ts']);
  });

  it('matches dot directories and accepts a leading ./ and blank entries', () => {
    expect(kept(['**/x.js'], [])).toEqual(['.config/x.js']);
    expect(kept(['./src/deep/**', ' '], [''])).toEqual(['src/deep/b.ts']);
  });

  it('returns new data and keeps the formats', () => {
    const out = filterCoverage(data, ['src/a.js'], []);
    expect(out.formats).toEqual(['lcov']);
    expect(data.files.size).toBe(paths.length);
  });
});

describe('filterReport: never empty, never silent', () => {
  it('reads a bare directory as everything under it', () => {
    expect([...filterReport(data, ['src'], []).data.files.keys()]).toEqual([
      'src/a.js',
      'src/a.test.js',
      'src/deep/b.ts',
    ]);
    expect([...filterReport(data, ['src/'], ['src/deep']).data.files.keys()]).toEqual([
      'src/a.js',
      'src/a.test.js',
    ]);
  });

  it('fails with the patterns and paths of the report when nothing is left', () => {
    expect(() => filterReport(data, ['app'], [])).toThrow(
      new InputError(
        "include 'app' left none of the 6 files of the coverage report (.config/x.js, lib/util.js, src/a.js, …); " +
          "patterns match repo-relative paths: a directory such as 'app' means everything under it, '*' stops at '/', '**' crosses it",
      ),
    );
  });

  it('warns about a pattern matching nothing while others match', () => {
    expect(filterReport(data, ['src/**', 'lbi/**'], []).warnings).toEqual([
      "include: 'lbi/**' matches no file in the coverage report (patterns match repo-relative paths such as '.config/x.js')",
    ]);
  });

  it("warns when a coverage.py-style '*' would have crossed '/', with the '**' form's count", () => {
    const { warnings, data: kept } = filterReport(data, ['src/*'], ['*/b.ts']);
    expect([...kept.files.keys()]).toEqual(['src/a.js', 'src/a.test.js']);
    expect(warnings).toEqual([
      "include: 'src/*' matches 2 files here, where '*' stops at '/'; in coverage.py '*' also crosses '/', and 'src/**' would match 3 — write 'src/**' if that is what you mean",
      "exclude: '*/b.ts' matches 0 files here, where '*' stops at '/'; in coverage.py '*' also crosses '/', and '**/b.ts' would match 1 — write '**/b.ts' if that is what you mean",
    ]);
  });
});
