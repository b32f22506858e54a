import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CoverageData, FileCoverage } from './model.js';
import { makeCounts, missingLines, percent, summarizeFile } from './summary.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

// istanbul's own percent(): the reference for flooring to two decimals.
const istanbulPercent = createRequire(import.meta.url)('istanbul-lib-coverage/lib/percent') as (
  covered: number,
  total: number,
) => number;

const file = (path: string, parts: Partial<FileCoverage>): FileCoverage => ({
  path,
  lines: new Map(),
  statements: null,
  functions: null,
  branches: null,
  ...parts,
});

describe('percent', () => {
  it('equals istanbul percent() for every covered/total up to 700', () => {
    for (let total = 0; total <= 700; total++) {
      for (let covered = 0; covered <= total; covered++) {
        if (percent(covered, total) !== istanbulPercent(covered, total)) {
          expect([covered, total, percent(covered, total)]).toEqual([
            covered,
            total,
            istanbulPercent(covered, total),
          ]);
        }
      }
    }
  });

  it('floors (never rounds up to 100) and is 100 for nothing measurable', () => {
    expect(percent(2, 3)).toBe(66.66);
    expect(percent(9999, 10000)).toBe(99.99);
    expect(percent(0, 0)).toBe(100);
    expect(makeCounts(1, 3)).toEqual({ covered: 1, total: 3, pct: 33.33 });
  });
});

describe('summarizeFile', () => {
  it('counts hit > 0 as covered, per line, statement, function and branch outcome', () => {
    const s = summarizeFile(
      file('a.js', {
        lines: new Map([
          [1, 2],
          [2, 0],
          [3, 1],
        ]),
        statements: new Map([
          ['a', 0],
          ['b', 5],
        ]),
        functions: new Map([['f', { name: 'f', line: 1, hits: 0 }]]),
        branches: new Map([
          ['1', { line: 1, hits: [1, 0, 3] }],
          ['2', { line: 2, hits: [0] }],
        ]),
      }),
    );
    expect(s).toEqual({
      lines: { covered: 2, total: 3, pct: 66.66 },
      statements: { covered: 1, total: 2, pct: 50 },
      functions: { covered: 0, total: 1, pct: 0 },
      branches: { covered: 2, total: 4, pct: 50 },
    });
  });

  it('keeps a metric the format lacks null (not 0, not 100)', () => {
    const s = summarizeFile(file('a.js', { lines: new Map([[1, 0]]) }));
    expect(s.statements).toBeNull();
    expect(s.functions).toBeNull();
    expect(s.branches).toBeNull();
    expect(summarizeFile(file('b.js', { functions: new Map() })).functions).toEqual({
      covered: 0,
      total: 0,
      pct: 100,
    });
  });
});

describe('summarizeTotals', () => {
  it('adds covered and total over files (no averaging of percentages)', () => {
    const data: CoverageData = {
      files: new Map([
        ['a.js', file('a.js', { lines: new Map([[1, 1]]) })],
        [
          'b.js',
          file('b.js', {
            lines: new Map([
              [1, 0],
              [2, 0],
              [3, 1],
            ]),
          }),
        ],
      ]),
      formats: ['lcov'],
    };
    // Average of 100% and 33.33% would be 66.66; the sum is 2/4.
    expect(summarizeTotals(data).lines).toEqual({ covered: 2, total: 4, pct: 50 });
  });

  it('is null per metric only when no file carries it', () => {
    const data: CoverageData = {
      files: new Map([
        ['a.js', file('a.js', { branches: new Map([['1', { line: 1, hits: [1, 0] }]]) })],
        ['b.js', file('b.js', {})],
      ]),
      formats: ['lcov', 'cobertura'],
    };
    const totals = summarizeTotals(data);
    expect(totals.branches).toEqual({ covered: 1, total: 2, pct: 50 });
    expect(totals.functions).toBeNull();
  });

  it('of no files is lines 0/0 = 100 and null elsewhere', () => {
    expect(summarizeTotals({ files: new Map(), formats: [] })).toEqual({
      lines: { covered: 0, total: 0, pct: 100 },
      statements: null,
      functions: null,
      branches: null,
    });
  });
});

describe('missingLines', () => {
  it('lists zero-hit lines ascending, whatever the map order', () => {
    expect(
      missingLines(
        file('a.js', {
          lines: new Map([
            [40, 0],
            [12, 0],
            [13, 1],
            [2, 0],
          ]),
        }),
      ),
    ).toEqual([2, 12, 40]);
  });
});
