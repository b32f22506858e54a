import { describe, expect, it } from 'vitest';
import type { CoverageData, CoverageFormat, FileCoverage } from './model.js';
import { dropDuplicateFormats, pickRichestPerDirectory, sniffFormat } from './one-count.js';

function data(format: CoverageFormat, paths: string[]): CoverageData {
  const file = (path: string): FileCoverage => ({
    path,
    lines: new Map([[1, 1]]),
    statements: null,
    functions: null,
    branches: null,
  });
  return { files: new Map(paths.map((p) => [p, file(p)])), formats: [format] };
}

describe('one run, one count', () => {
  it('tells formats from content', () => {
    expect(['\uFEFF{"a":1}', '<?xml', 'TN:\nSF:a.js', 'SF:a', 'hello'].map(sniffFormat)).toEqual([
      'istanbul',
      'cobertura',
      'lcov',
      'lcov',
      null,
    ]);
  });

  it('keeps the richest report per directory and every directory', () => {
    const picked = pickRichestPerDirectory([
      { file: 'a/coverage-final.json', format: 'istanbul' },
      { file: 'a/lcov.info', format: 'lcov' },
      { file: 'b/lcov.info', format: 'lcov' },
      { file: 'c/cobertura.xml', format: 'cobertura' },
      { file: 'c/lcov.info', format: 'lcov' },
    ]);
    expect(picked.keep).toEqual(['a/coverage-final.json', 'b/lcov.info', 'c/cobertura.xml']);
    expect(picked.notes).toHaveLength(2);
  });

  it('merges shards of one format but never counts a file from two formats', () => {
    const out = dropDuplicateFormats([
      { name: 'shard-1.info', data: data('lcov', ['a.js', 'b.js']) },
      { name: 'shard-2.info', data: data('lcov', ['a.js']) },
      { name: 'final.json', data: data('istanbul', ['b.js']) },
    ]);
    expect(out.parts.map((p) => [...p.files.keys()])).toEqual([['a.js'], ['a.js'], ['b.js']]);
    expect(out.notes).toEqual([
      'shard-1.info: 1 file(s) (e.g. b.js) are also in istanbul reports of this list; counted once, from those',
    ]);
  });
});
