import { describe, expect, it } from 'vitest';
import { buildData, buildFile } from '../../test/support/build-coverage.js';
import type { ChangeSet, FileChange } from '../diff/model.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';
import { buildReport } from './build-report.js';
import { NOT_APPLICABLE_NOTE } from './patch.js';

const change = (path: string, addedLines: number[], extra: Partial<FileChange> = {}): FileChange => ({
  path,
  previousPath: null,
  status: 'modified',
  addedLines,
  ...extra,
});
const diff = (files: FileChange[], complete = true, note: string | null = null): ChangeSet => ({
  files,
  complete,
  origin: 'file',
  note,
});

describe('buildReport: totals and files', () => {
  it('summarizes head files sorted by path with their missing lines', () => {
    const report = buildReport({
      head: buildData(buildFile('b.js', { 1: 1, 2: 0, 3: 0, 5: 2 }), buildFile('a.js', { 1: 1 })),
      base: null,
      changes: null,
      thresholds: [{ name: 'lines', required: 60 }],
    });
    expect(report.totals.lines).toEqual({ covered: 3, total: 5, pct: 60 });
    expect(report.totals.branches).toBeNull();
    expect(report.files.map((f) => [f.path, f.lines.pct, f.missingLines])).toEqual([
      ['a.js', 100, []],
      ['b.js', 50, [2, 3]],
    ]);
    expect(report.base).toBeNull();
    expect(report.delta).toBeNull();
    expect(report.patch).toBeNull();
    expect(report.fileChanges).toEqual([]);
    expect(report.thresholds).toEqual([{ name: 'lines', required: 60, actual: 60, ok: true }]);
    expect(report.passed).toBe(true);
  });
});

describe('buildReport: rows', () => {
  it('sorts rows by path also when the head data is not in path order', () => {
    const a = buildFile('a.js', { 1: 0 });
    const b = buildFile('b.js', { 4: 0, 2: 0, 3: 1 });
    const report = buildReport({
      head: {
        files: new Map([
          ['b.js', b],
          ['a.js', a],
        ]),
        formats: ['lcov'],
      },
      base: null,
      changes: null,
      thresholds: [],
    });
    expect(report.files).toEqual([
      {
        path: 'a.js',
        lines: { covered: 0, total: 1, pct: 0 },
        statements: null,
        functions: null,
        branches: null,
        missingLines: [1],
        partialLines: [],
      },
      {
        path: 'b.js',
        lines: { covered: 1, total: 3, pct: 33.33 },
        statements: null,
        functions: null,
        branches: null,
        missingLines: [2, 4],
        partialLines: [],
      },
    ]);
    // Key order of a row is the order of the JSON report.
    expect(Object.keys(report.files[0]!)).toEqual([
      'path',
      'lines',
      'statements',
      'functions',
      'branches',
      'missingLines',
      'partialLines',
    ]);
  });
});

describe('buildReport: totals', () => {
  it('equals summarizeTotals, also when only some files carry a metric', () => {
    const head = buildData(buildFile('a.js', { 1: 1, 2: 0 }, [[1, [1, 0, 2]]]), buildFile('b.js', { 1: 0 }));
    const report = buildReport({ head, base: null, changes: null, thresholds: [] });
    expect(report.totals).toEqual({ ...summarizeTotals(head), total: { covered: 3, total: 6, pct: 50 } });
    expect(report.totals.branches).toEqual({ covered: 2, total: 3, pct: 66.66 });
    expect(report.totals.functions).toBeNull();
  });
});

describe('buildReport: patch coverage', () => {
  const head = buildData(
    buildFile('src/a.js', { 1: 1, 2: 0, 3: 4, 10: 0 }, [
      [2, [1, 0]],
      [10, [0, 0, 3]],
      [20, [1, 1]],
    ]),
    buildFile('src/b.js', { 5: 1 }),
  );

  it('counts changed lines the report has an entry for, covered when hit', () => {
    const report = buildReport({
      head,
      base: null,
      changes: diff([
        change('src/a.js', [2, 3, 4, 10, 11]), // 4 and 11 are not executable
        change('src/b.js', [6]), // nothing executable changed: not listed
        change('README.md', [1, 2]), // not in the report
        change('src/gone.js', [], { status: 'deleted' }),
      ]),
      thresholds: [{ name: 'patch', required: 66.66 }],
    });
    expect(report.patch).toEqual({
      covered: 1,
      total: 3,
      pct: 33.33,
      files: [{ path: 'src/a.js', covered: 1, total: 3, uncoveredLines: [2, 10] }],
    });
    // Branch outcomes on lines 2 and 10 only: 1 + 1 covered of 2 + 3.
    expect(report.patchBranches).toEqual({ covered: 2, total: 5, pct: 40 });
    expect(report.patchNote).toBeNull();
    expect(report.thresholds).toEqual([{ name: 'patch', required: 66.66, actual: 33.33, ok: false }]);
    expect(report.passed).toBe(false);
  });

  it('is N/A and passes when no changed line is executable', () => {
    const report = buildReport({
      head,
      base: null,
      changes: diff([change('src/b.js', [6]), change('src/c.bin', [], { status: 'binary' })]),
      thresholds: [{ name: 'patch', required: 90 }],
    });
    expect(report.patch).toEqual({ covered: 0, total: 0, pct: null, files: [] });
    expect(report.patchNote).toBe(NOT_APPLICABLE_NOTE);
    expect(report.patchBranches).toBeNull();
    expect(report.passed).toBe(true);
  });

  it('is unknown, never 100, when the diff is incomplete', () => {
    const note = 'GitHub returned no patch for 1 file';
    const report = buildReport({
      head,
      base: null,
      changes: diff([change('src/a.js', [3])], false, note),
      thresholds: [{ name: 'patch', required: 90 }],
    });
    expect(report.patch).toEqual({
      covered: 1,
      total: 1,
      pct: null,
      files: [{ path: 'src/a.js', covered: 1, total: 1, uncoveredLines: [] }],
    });
    expect(report.patchNote).toBe(note);
    expect(report.thresholds).toEqual([{ name: 'patch', required: 90, actual: null, ok: true }]);
  });
});

describe('buildReport: base comparison', () => {
  it('gives a delta of exactly 0 for identical base and head', () => {
    const data = (): ReturnType<typeof buildData> => buildData(buildFile('a.js', { 1: 1, 2: 1, 3: 0 }));
    const report = buildReport({ head: data(), base: data(), changes: null, thresholds: [], maxDrop: 0 });
    expect(report.delta).toEqual({ lines: 0, statements: null, functions: null, branches: null });
    expect(Object.is(report.delta?.lines, 0)).toBe(true);
    expect(report.fileChanges).toEqual([]);
    expect(report.thresholds).toEqual([{ name: 'max-drop', required: 0, actual: 0, ok: true }]);
  });

  it('classifies added, removed, changed, indirect and renamed files, worst first', () => {
    const base = buildData(
      buildFile('touched.js', { 1: 1, 2: 1 }),
      buildFile('other.js', { 1: 1, 2: 1, 3: 1 }),
      buildFile('old-name.js', { 1: 1, 2: 0 }),
      buildFile('removed.js', { 1: 1 }),
      buildFile('same.js', { 1: 0 }),
    );
    const head = buildData(
      buildFile('touched.js', { 1: 1, 2: 0 }),
      buildFile('other.js', { 1: 1, 2: 1, 3: 0 }),
      buildFile('new-name.js', { 1: 1, 2: 1 }),
      buildFile('added.js', { 1: 0 }),
      buildFile('same.js', { 1: 0 }),
    );
    const report = buildReport({
      head,
      base,
      changes: diff([
        change('touched.js', [2]),
        change('new-name.js', [2], { status: 'renamed', previousPath: 'old-name.js' }),
        change('added.js', [1], { status: 'added' }),
        change('removed.js', [], { status: 'deleted' }),
      ]),
      thresholds: [],
      maxDrop: 10,
    });
    expect(report.fileChanges.map((f) => [f.kind, f.path, f.delta.lines])).toEqual([
      ['changed', 'touched.js', -50],
      ['indirect', 'other.js', -33.34],
      ['changed', 'new-name.js', 50],
      ['added', 'added.js', null],
      ['removed', 'removed.js', null],
    ]);
    // base 7/9 = 77.77, head 5/9 = 55.55 (both floored), delta -22.22 points: more than 10.
    expect(report.delta?.lines).toBe(-22.22);
    expect(report.thresholds).toEqual([{ name: 'max-drop', required: 10, actual: 22.22, ok: false }]);
    expect(report.passed).toBe(false);
  });

  it('calls every coverage change indirect when no diff is known', () => {
    const report = buildReport({
      head: buildData(buildFile('a.js', { 1: 1 })),
      base: buildData(buildFile('a.js', { 1: 0 })),
      changes: null,
      thresholds: [],
    });
    expect(report.fileChanges.map((f) => [f.kind, f.delta.lines])).toEqual([['indirect', 100]]);
  });
});
