import { describe, expect, it } from 'vitest';
import type { FullReport, ReportFile } from '../analysis/types.js';
import { makeCounts } from '../coverage/summary.js';
import { describeGateFailure } from './gate-message.js';

function file(path: string, missingLines: number[], total: number, branches?: [number, number]): ReportFile {
  return {
    path,
    lines: makeCounts(total - missingLines.length, total),
    statements: null,
    functions: null,
    branches: branches ? makeCounts(branches[0], branches[1]) : null,
    missingLines,
  };
}

function report(over: Partial<FullReport>): FullReport {
  return {
    totals: { lines: makeCounts(0, 0), statements: null, functions: null, branches: null },
    files: [],
    base: null,
    delta: null,
    patch: null,
    thresholds: [],
    passed: false,
    fileChanges: [],
    patchBranches: null,
    patchNote: null,
    ...over,
  };
}

describe('describeGateFailure', () => {
  it('is null for a passing report', () => {
    expect(describeGateFailure(report({ passed: true }))).toBeNull();
  });

  it('names the failed metric and the files with the most uncovered lines, worst first', () => {
    const message = describeGateFailure(
      report({
        thresholds: [{ name: 'lines', required: 90, actual: 80.5, ok: false }],
        files: [
          file('src/b.ts', [3], 10),
          file('src/a.ts', [1, 2, 3, 7, 9, 10, 11, 20, 30], 20),
          file('src/full.ts', [], 5),
          file('src/c.ts', [4, 5], 10),
          file('src/d.ts', [8], 10),
        ],
      }),
    );
    expect(message).toBe(
      'coverage gate failed: lines 80.5% (required 90%) — most uncovered lines: ' +
        'src/a.ts (1-3, 7, 9-11, 20, …); src/c.ts (4-5); src/b.ts (3) and 1 more files',
    );
  });

  it('ranks by uncovered branches when the branches threshold failed', () => {
    const message = describeGateFailure(
      report({
        thresholds: [{ name: 'branches', required: 93, actual: 92.47, ok: false }],
        files: [file('src/many-lines.ts', [1, 2, 3], 10, [4, 4]), file('src/auth.ts', [34], 10, [5, 7])],
      }),
    );
    expect(message).toBe(
      'coverage gate failed: branches 92.47% (required 93%) — most uncovered lines: src/auth.ts (34)',
    );
  });

  it('names uncovered changed lines for a failed patch threshold, and the drop for max-drop', () => {
    const message = describeGateFailure(
      report({
        thresholds: [
          { name: 'patch', required: 90, actual: 50, ok: false },
          { name: 'max-drop', required: 0.5, actual: 1.25, ok: false },
        ],
        patch: {
          covered: 2,
          total: 4,
          pct: 50,
          files: [{ path: 'src/new.ts', covered: 2, total: 4, uncoveredLines: [12, 13] }],
        },
        files: [file('src/new.ts', [12, 13], 4)],
      }),
    );
    expect(message).toBe(
      'coverage gate failed: patch 50% (required 90%); line coverage dropped 1.25 points ' +
        '(allowed at most 0.5 points) — uncovered changed lines: src/new.ts (12-13)' +
        ' — most uncovered lines: src/new.ts (12-13)',
    );
  });

  it('limits a per-file failure to the files that failed', () => {
    const message = describeGateFailure(
      report({
        thresholds: [{ name: 'file:src/low.ts', required: 80, actual: 50, ok: false }],
        files: [file('src/low.ts', [1, 2], 4), file('src/other.ts', [1, 2, 3, 4, 5], 100)],
      }),
    );
    expect(message).toBe(
      'coverage gate failed: file:src/low.ts 50% (required 80%) — most uncovered lines: src/low.ts (1-2)',
    );
  });
});

describe('describeGateFailure: a metric without data', () => {
  it('names the fix the gate found for the tool', () => {
    const failed = report({
      thresholds: [
        { name: 'branches', required: 80, actual: null, ok: false, note: 'run pytest with --cov-branch' },
      ],
    });
    expect(describeGateFailure(failed)).toMatch(
      /^coverage gate failed: branches unknown \(required 80%\) — run pytest with --cov-branch/,
    );
  });
});
