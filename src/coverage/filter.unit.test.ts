import { describe, expect, it } from 'vitest';
import { filterCoverage } from './filter.js';
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
