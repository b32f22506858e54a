/**
 * Hand-built reports and render contexts for the pure renderers' unit tests: small, realistic, with
 * every number written out so tests can assert on exact output.
 */
import type { Counts } from '../../src/coverage/model.js';
import type { FileDelta, FullReport, ReportFile, ReportTotals } from '../../src/analysis/types.js';
import type { PhaseResult, RenderContext } from '../../src/report/context.js';
import { makeCounts } from '../../src/coverage/summary.js';

/** Shorthand for Counts with the istanbul-floored percentage. */
export function counts(covered: number, total: number): Counts {
  return makeCounts(covered, total);
}

/** Totals with lines and branches only (an lcov-like report). */
export function totals(lines: Counts, branches: Counts | null = null): ReportTotals {
  return { lines, statements: null, functions: null, branches };
}

/** A head file with line data and the given missing lines. */
function reportFile(path: string, lines: Counts, missingLines: number[] = []): ReportFile {
  return { path, lines, statements: null, functions: null, branches: null, missingLines };
}

/** A file delta (lines and branches only). */
function fileDelta(
  path: string,
  kind: FileDelta['kind'],
  base: ReportTotals | null,
  head: ReportTotals | null,
  lines: number | null,
): FileDelta {
  return { path, kind, base, head, delta: { lines, statements: null, functions: null, branches: null } };
}

/**
 * A PR that lowers line coverage: base 80/100 lines, head 130/160 (81.25%); two changed files, one
 * with uncovered changed lines 10–12 and 40; one indirect change; a failing `lines=85` threshold.
 */
export function sampleReport(): FullReport {
  return {
    totals: {
      lines: counts(130, 160),
      statements: counts(140, 170),
      functions: counts(20, 25),
      branches: counts(30, 40),
    },
    files: [
      reportFile('src/api/users.ts', counts(60, 70), [10, 11, 12, 40, 55]),
      reportFile('src/db/pool.ts', counts(40, 50), [1, 2, 3, 7, 8, 9, 20, 21, 22, 23]),
      reportFile('src/util/clock.ts', counts(30, 40), []),
    ],
    base: {
      totals: {
        lines: counts(80, 100),
        statements: counts(90, 110),
        functions: null,
        branches: counts(30, 40),
      },
    },
    delta: { lines: 1.25, statements: 0.54, functions: null, branches: 0 },
    patch: {
      covered: 6,
      total: 10,
      pct: 60,
      files: [
        { path: 'src/util/clock.ts', covered: 3, total: 3, uncoveredLines: [] },
        { path: 'src/api/users.ts', covered: 3, total: 7, uncoveredLines: [12, 10, 11, 40] },
        { path: 'README.md', covered: 0, total: 0, uncoveredLines: [] },
      ],
    },
    thresholds: [
      { name: 'patch', required: 50, actual: 60, ok: true },
      { name: 'lines', required: 85, actual: 81.25, ok: false },
    ],
    passed: false,
    fileChanges: [
      fileDelta('src/api/users.ts', 'changed', totals(counts(50, 60)), totals(counts(60, 70)), 2.38),
      fileDelta('src/db/pool.ts', 'indirect', totals(counts(45, 50)), totals(counts(40, 50)), -10),
    ],
    patchBranches: counts(1, 2),
    patchNote: null,
  };
}

/** A unit phase that failed (exit 1) with one failed test, and the full phase skipped. */
export function failedUnitPhases(): PhaseResult[] {
  return [
    {
      name: 'unit',
      command: 'npm run test:unit',
      exitCode: 1,
      signal: null,
      timedOut: false,
      skipped: false,
      durationMs: 12_345,
      tests: {
        passed: 41,
        failed: 1,
        skipped: 2,
        failures: [
          {
            name: 'users > rejects duplicates',
            file: 'test/users.test.ts',
            message: 'expected 409, got 500',
          },
        ],
      },
    },
    {
      name: 'full',
      command: 'npm test -- --coverage',
      exitCode: null,
      signal: null,
      timedOut: false,
      skipped: true,
      durationMs: 0,
      tests: null,
    },
  ];
}

/** A PR context with an exact baseline and links to github.com. */
export function sampleContext(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    commentId: 'covgate',
    repoUrl: 'https://github.com/acme/shop',
    phases: [],
    provenance: {
      headSha: '1111111111111111111111111111111111111111',
      baseSha: '2222222222222222222222222222222222222222',
      baselineSha: '2222222222222222222222222222222222222222',
      baselineExact: true,
      baselineSource: 'cache',
      note: null,
    },
    errors: [],
    summaryUrl: 'https://github.com/acme/shop/actions/runs/42',
    ...overrides,
  };
}

/** Cells of a GFM table row: split on `|` not escaped with a backslash. */
function countCells(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2;
}

/** Rows of the Markdown tables in `markdown` whose cell count differs from their table's header. */
export function findRaggedRows(markdown: string): string[] {
  const ragged: string[] = [];
  let columns: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = null;
      continue;
    }
    columns ??= countCells(line);
    if (countCells(line) !== columns) ragged.push(line);
  }
  return ragged;
}
