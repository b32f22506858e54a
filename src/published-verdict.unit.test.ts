import { describe, expect, it } from 'vitest';
import type { FullReport } from './analysis/types.js';
import { InputError } from './errors.js';
import { findInconsistency, recomputeVerdict, trustReportNumbersOnly } from './published-verdict.js';

const c = (covered: number, total: number, pct: number) => ({ covered, total, pct });

/** A consistent report: lines 1/4 (25%), one file, a patch of 1/2, no thresholds of its own. */
function report(overrides: Partial<FullReport> = {}): FullReport {
  const totals = { lines: c(1, 4, 25), statements: null, functions: c(1, 1, 100), branches: null };
  return {
    totals,
    files: [{ path: 'src/a.js', ...totals, missingLines: [2, 3, 4] }],
    base: { totals: { ...totals, lines: c(3, 4, 75) } },
    delta: { lines: -50, statements: null, functions: 0, branches: null },
    patch: {
      covered: 1,
      total: 2,
      pct: 50,
      files: [{ path: 'src/a.js', covered: 1, total: 2, uncoveredLines: [3] }],
    },
    thresholds: [],
    passed: true,
    fileChanges: [],
    patchBranches: null,
    patchNote: null,
    ...overrides,
  };
}

describe('findInconsistency', () => {
  it('accepts a report covgate writes, floored or rounded pct alike', () => {
    expect(findInconsistency(report())).toBeNull();
    const third = { lines: c(1, 3, 33.33), statements: null, functions: null, branches: null };
    const files = [{ path: 'a.py', ...third, missingLines: [2, 3] }];
    expect(findInconsistency(report({ totals: third, files, base: null, delta: null }))).toBeNull();
    const rounded = { ...third, lines: c(2, 3, 66.67) };
    expect(
      findInconsistency(report({ totals: rounded, files: [{ ...files[0]!, ...rounded }], base: null })),
    ).toBeNull();
  });

  it.each([
    [
      'covered > total',
      { totals: { ...report().totals, lines: c(999, 1, 100) } },
      'totals.lines.covered (999) is larger than totals.lines.total (1)',
    ],
    [
      'negative count',
      { totals: { ...report().totals, functions: c(-1, 1, 0) } },
      'totals.functions.covered (-1) is not a whole number of 0 or more',
    ],
    [
      'fractional count',
      { totals: { ...report().totals, functions: c(0.5, 1, 50) } },
      'totals.functions.covered (0.5) is not a whole number of 0 or more',
    ],
    [
      'pct 1e308',
      { totals: { ...report().totals, lines: c(1, 4, 1e308) } },
      'totals.lines.pct (1e+308) is not a percentage from 0 to 100',
    ],
    [
      'pct that is not covered/total',
      { totals: { ...report().totals, lines: c(1, 4, 95) } },
      'totals.lines.pct (95) is not totals.lines.covered/totals.lines.total (1/4)',
    ],
    [
      'totals not the sum of the files',
      { totals: { ...report().totals, lines: c(4, 4, 100) } },
      "totals.lines (4/4) is not the sum of the files' lines (1/4)",
    ],
    [
      'patch covered > total',
      { patch: { covered: 5, total: 2, pct: 100, files: [] } },
      'patch.covered (5) is larger than patch.total (2)',
    ],
    [
      'delta beyond 100 points',
      { delta: { lines: 500, statements: null, functions: null, branches: null } },
      'delta.lines (500) is not a change in points',
    ],
    [
      'a delta that is not head minus base',
      { delta: { lines: 10, statements: null, functions: 0, branches: null } },
      'delta.lines (10) is not totals.lines.pct minus base.totals.lines.pct (25 - 75)',
    ],
    [
      'a threshold row ok against its own numbers',
      { thresholds: [{ name: 'lines', required: 80, actual: 5, ok: true }], passed: true },
      'thresholds[0] (lines) says ok with actual 5 against required 80',
    ],
    [
      'a max-drop row ok with a larger drop',
      { thresholds: [{ name: 'max-drop', required: 1, actual: 50, ok: true }] },
      'thresholds[0] (max-drop) says ok with actual 50 against required 1',
    ],
    [
      'passed while a row failed',
      { thresholds: [{ name: 'lines', required: 80, actual: 25, ok: false }], passed: true },
      'passed is true while a threshold row says failed',
    ],
  ] as const)('rejects %s', (_name, overrides, problem) => {
    expect(findInconsistency(report(overrides as Partial<FullReport>))).toBe(problem);
  });

  it('accepts an unknown patch (pct null) and 0 of 0 shown as 100', () => {
    const empty = { lines: c(0, 0, 100), statements: null, functions: null, branches: null };
    expect(
      findInconsistency(
        report({
          totals: empty,
          files: [],
          base: null,
          delta: null,
          patch: { covered: 0, total: 3, pct: null, files: [] },
        }),
      ),
    ).toBeNull();
  });
});

describe('recomputeVerdict', () => {
  it("ignores the file's passed and thresholds and applies the publish step's own gate", () => {
    const forged = report({ thresholds: [], passed: true });
    const verdict = recomputeVerdict(forged, {
      thresholds: [{ name: 'lines', required: 80 }],
      failUnderFile: undefined,
      maxDrop: 2,
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.thresholds).toEqual([
      { name: 'lines', required: 80, actual: 25, ok: false },
      { name: 'max-drop', required: 2, actual: 50, ok: false },
    ]);
  });

  it('a report that failed its own (stricter) gate passes a looser publish gate, and no gate passes', () => {
    const strict = report({
      thresholds: [{ name: 'lines', required: 90, actual: 25, ok: false }],
      passed: false,
    });
    expect(
      recomputeVerdict(strict, {
        thresholds: [{ name: 'lines', required: 20 }],
        failUnderFile: undefined,
        maxDrop: undefined,
      }).passed,
    ).toBe(true);
    expect(
      recomputeVerdict(strict, { thresholds: [], failUnderFile: undefined, maxDrop: undefined }),
    ).toMatchObject({ thresholds: [], passed: true });
  });
});

describe('trustReportNumbersOnly', () => {
  it('throws one InputError naming the file and the field, else recomputes', () => {
    const gate = {
      thresholds: [{ name: 'lines' as const, required: 20 }],
      failUnderFile: undefined,
      maxDrop: undefined,
    };
    const bad = report({ totals: { ...report().totals, lines: c(999, 1, 100) } });
    expect(() => trustReportNumbersOnly(bad, 'r.json', gate)).toThrow(
      new InputError(
        'report-file r.json is not a consistent covgate report: totals.lines.covered (999) is larger than totals.lines.total (1); post only the report-json covgate wrote',
      ),
    );
    expect(trustReportNumbersOnly(report({ passed: false }), 'r.json', gate).passed).toBe(true);
  });
});
