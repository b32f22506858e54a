import { describe, expect, it } from 'vitest';
import type { PhaseResult } from './context.js';
import { sampleReport } from '../../test/support/report-fixtures.js';
import {
  buildChangedFileRows,
  buildPhaseRows,
  countDistinct,
  describePhaseOutcome,
  selectOtherChanges,
  sortPatchFiles,
} from './tables.js';

function phase(overrides: Partial<PhaseResult>): PhaseResult {
  return {
    name: 'full',
    command: 'npm test',
    exitCode: 0,
    signal: null,
    timedOut: false,
    skipped: false,
    durationMs: 61_000,
    tests: null,
    ...overrides,
  };
}

describe('phases', () => {
  it('names each outcome', () => {
    expect(describePhaseOutcome(phase({}))).toBe('✅ passed');
    expect(describePhaseOutcome(phase({ exitCode: 3 }))).toBe('❌ exit 3');
    expect(describePhaseOutcome(phase({ exitCode: null, timedOut: true, signal: 'SIGKILL' }))).toBe(
      '⏱️ timed out',
    );
    expect(describePhaseOutcome(phase({ exitCode: null, signal: 'SIGSEGV' }))).toBe('❌ killed by SIGSEGV');
    expect(describePhaseOutcome(phase({ exitCode: null }))).toBe('❌ did not finish');
    expect(describePhaseOutcome(phase({ exitCode: null, skipped: true }))).toBe(
      '⏭️ skipped (an earlier phase failed)',
    );
  });

  it('renders a passed phase with its duration and test counts', () => {
    const tests = { passed: 1234, failed: 0, skipped: 5, failures: [] };
    expect(buildPhaseRows([phase({ name: 'rest', command: 'npm run test:rest', tests })])).toEqual([
      '| Rest | `npm run test:rest` | ✅ passed | 1 min 01 s | 1,234 passed, 0 failed, 5 skipped |',
    ]);
  });

  it("says why tests were skipped, grouped by pytest's reason", () => {
    const one = {
      passed: 10,
      failed: 0,
      skipped: 15,
      failures: [],
      skipReasons: [{ reason: 'TEST_DATABASE_URL is not set', count: 15 }],
    };
    expect(buildPhaseRows([phase({ tests: one })])[0]).toContain(
      '10 passed, 0 failed, 15 skipped — TEST_DATABASE_URL is not set |',
    );
    const two = {
      ...one,
      skipped: 3,
      skipReasons: [
        { reason: 'needs | *redis*', count: 2 },
        { reason: 'slow', count: 1 },
      ],
    };
    expect(buildPhaseRows([phase({ tests: two })])[0]).toContain(
      '3 skipped — needs &#124; &#42;redis&#42; (2), slow (1) |',
    );
  });
});

describe('ordering', () => {
  it('sorts changed files by uncovered changed lines, then path, leaving out files with no executable change', () => {
    const report = sampleReport();
    report.patch?.files.push(
      { path: 'b.ts', covered: 0, total: 4, uncoveredLines: [1, 2, 3, 4] },
      { path: 'a.ts', covered: 1, total: 5, uncoveredLines: [9, 8, 7, 7, 6] },
    );
    expect(sortPatchFiles(report).map((f) => f.path)).toEqual([
      'a.ts',
      'b.ts',
      'src/api/users.ts',
      'src/util/clock.ts',
    ]);
  });

  it('lists coverage changes outside the changed files by delta, unknown deltas last', () => {
    const report = sampleReport();
    const base = { path: 'x', kind: 'removed' as const, base: null, head: null };
    const none = { lines: null, statements: null, functions: null, branches: null };
    report.fileChanges.push(
      { ...base, path: 'gone.ts', delta: none },
      { ...base, path: 'also-gone.ts', delta: none },
    );
    expect(selectOtherChanges(report).map((d) => d.path)).toEqual([
      'src/db/pool.ts',
      'also-gone.ts',
      'gone.ts',
    ]);
  });

  it('counts distinct lines in sorted and unsorted lists', () => {
    expect(countDistinct([1, 2, 5])).toBe(3);
    expect(countDistinct([5, 1, 1, 2])).toBe(3);
    expect(countDistinct([])).toBe(0);
  });
});

describe('changed files: partial branches beside the uncovered lines', () => {
  const index = { files: new Map(), changes: new Map(), hasBase: false };
  const row = (uncoveredLines: number[]) =>
    buildChangedFileRows(
      [
        {
          path: 'app/pricing.py',
          covered: 8,
          total: 8 + uncoveredLines.length,
          uncoveredLines,
          partialLines: [{ line: 36, taken: 1, total: 2, missing: ['38'] }],
        },
      ],
      index,
      null,
      10,
    ).render(0);
  it('lists them after the uncovered lines, or alone', () => {
    expect(row([40])).toMatch(/\| 40; partly: 36 \(1 of 2 branches; 36→38 never taken\) \|$/);
    expect(row([])).toMatch(/\| partly: 36 \(1 of 2 branches; 36→38 never taken\) \|$/);
  });
});
