import { describe, expect, it } from 'vitest';
import { makeCounts } from '../coverage/summary.js';
import { InputError } from '../errors.js';
import {
  evaluateGate,
  meetsMaxDrop,
  meetsThreshold,
  parseFailUnder,
  parsePercent,
  suggestFailUnder,
  suggestNextStep,
} from './gate.js';
import type { ReportFile, ReportTotals } from './types.js';

const NOT_PCT = 'is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. 85';

describe('parsePercent', () => {
  it.each([
    ['85', 85],
    ['85.5', 85.5],
    [' 99.99 ', 99.99],
    ['0', 0],
    ['100', 100],
    ['100.00', 100],
  ])('reads %j as %d', (text, value) => {
    expect(parsePercent(text, '--x')).toBe(value);
  });

  it.each(['abc', '120', '100.01', '85.555', '-1', '', '1e2', '85%'])(
    'rejects %j naming input and value',
    (text) => {
      expect(() => parsePercent(text, 'fail-under-file')).toThrow(
        new InputError(`fail-under-file: '${text}' ${NOT_PCT}`),
      );
    },
  );
});

describe('parseFailUnder', () => {
  it('reads one number as total lines', () => {
    expect(parseFailUnder('85', 'fail-under')).toEqual([{ name: 'lines', required: 85 }]);
  });

  it('reads a list in any order and returns it in metric order', () => {
    expect(parseFailUnder('patch=90, branches=80,\nLines=85.5, functions=80, statements=85', 'x')).toEqual([
      { name: 'lines', required: 85.5 },
      { name: 'statements', required: 85 },
      { name: 'functions', required: 80 },
      { name: 'branches', required: 80 },
      { name: 'patch', required: 90 },
    ]);
  });

  it('is empty for an empty spec', () => {
    expect(parseFailUnder('  ', 'x')).toEqual([]);
  });

  it.each([
    [
      'lines=abc',
      "--fail-under: 'lines=abc' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. lines=85",
    ],
    [
      'lines=120',
      "--fail-under: 'lines=120' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. lines=85",
    ],
    [
      'lnes=80',
      "--fail-under: unknown metric 'lnes' in 'lnes=80'; use one of lines, statements, functions, branches, total, patch",
    ],
    ['lines=80, lines=90', "--fail-under: 'lines' is given twice in 'lines=80, lines=90'; keep one"],
    [
      'lines=80, 90',
      "--fail-under: '90' has no '='; write metric=percent pairs such as 'lines=85, patch=90', or one number for lines",
    ],
    ['abc', `--fail-under: 'abc' ${NOT_PCT}`],
  ])('rejects %j with one clear line', (spec, message) => {
    expect(() => parseFailUnder(spec, '--fail-under')).toThrow(new InputError(message));
  });
});

describe('meetsThreshold', () => {
  it('decides on integers, not on rounded display values', () => {
    expect(meetsThreshold(85, 100, 85)).toBe(true);
    expect(meetsThreshold(8499, 10000, 85)).toBe(false);
    expect(meetsThreshold(2, 3, 66.67)).toBe(false); // 66.666…% < 66.67
    expect(meetsThreshold(2, 3, 66.66)).toBe(true);
    expect(meetsThreshold(1, 3, 33.33)).toBe(true);
    expect(meetsThreshold(0, 0, 100)).toBe(true);
    expect(meetsThreshold(57, 100, 57)).toBe(true); // 0.57 * 100 is 56.99999… in doubles
  });
});

describe('meetsMaxDrop', () => {
  it('allows no drop at 0 and passes identical numbers', () => {
    expect(meetsMaxDrop({ covered: 2, total: 3 }, { covered: 2, total: 3 }, 0)).toBe(true);
    expect(meetsMaxDrop({ covered: 1999, total: 3000 }, { covered: 2, total: 3 }, 0)).toBe(false);
  });

  it('compares the exact drop with the allowance', () => {
    expect(meetsMaxDrop({ covered: 79, total: 100 }, { covered: 80, total: 100 }, 1)).toBe(true);
    expect(meetsMaxDrop({ covered: 79, total: 100 }, { covered: 80, total: 100 }, 0.99)).toBe(false);
  });

  it('stays exact on line counts whose products overflow doubles', () => {
    const base = { covered: 9_000_000_001, total: 10_000_000_000 };
    expect(meetsMaxDrop({ covered: 9_000_000_000, total: 10_000_000_000 }, base, 0)).toBe(false);
    expect(meetsMaxDrop({ ...base }, base, 0)).toBe(true);
  });
});

const totals = (lines: [number, number], branches: [number, number] | null = null): ReportTotals => ({
  lines: makeCounts(...lines),
  statements: null,
  functions: null,
  branches: branches === null ? null : makeCounts(...branches),
});
const file = (path: string, covered: number, total: number): ReportFile => ({
  path,
  ...totals([covered, total]),
  missingLines: [],
});

describe('evaluateGate', () => {
  it('orders results and fails a metric the report lacks', () => {
    const results = evaluateGate({
      totals: totals([90, 100], [1, 4]),
      files: [file('a.js', 90, 100)],
      base: totals([91, 100]),
      delta: { lines: -1, statements: null, functions: null, branches: null },
      patch: { covered: 3, total: 4, pct: 75, files: [] },
      thresholds: [
        { name: 'patch', required: 80 },
        { name: 'functions', required: 50 },
        { name: 'branches', required: 25 },
        { name: 'lines', required: 90 },
      ],
      failUnderFile: 50,
      maxDrop: 0.5,
    });
    expect(results).toEqual([
      { name: 'lines', required: 90, actual: 90, ok: true },
      {
        name: 'functions',
        required: 50,
        actual: null,
        ok: false,
        note: expect.stringContaining('no function data') as string,
      },
      { name: 'branches', required: 25, actual: 25, ok: true },
      { name: 'patch', required: 80, actual: 75, ok: false },
      { name: 'file:*', required: 50, actual: 90, ok: true },
      { name: 'max-drop', required: 0.5, actual: 1, ok: false },
    ]);
  });

  it('passes unknown patch coverage and max-drop without a base, recording null', () => {
    const results = evaluateGate({
      totals: totals([1, 2]),
      files: [file('b.js', 0, 1), file('a.js', 1, 1), file('c.js', 1, 3)],
      base: null,
      delta: null,
      patch: { covered: 1, total: 9, pct: null, files: [] },
      thresholds: [{ name: 'patch', required: 90 }],
      failUnderFile: 50,
      maxDrop: 0,
    });
    expect(results).toEqual([
      { name: 'patch', required: 90, actual: null, ok: true },
      { name: 'file:b.js', required: 50, actual: 0, ok: false },
      { name: 'file:c.js', required: 50, actual: 33.33, ok: false },
      { name: 'max-drop', required: 0, actual: null, ok: true },
    ]);
  });
});

describe('total, notes and the ratchet', () => {
  const counts = (covered: number, total: number) => ({
    covered,
    total,
    pct: Math.floor((covered * 10000) / total) / 100,
  });
  const base = {
    files: [],
    base: null,
    delta: null,
    patch: null,
  };

  it('gates total = (statements + branches) exactly, like pytest-cov --cov-fail-under', () => {
    // 390/416 = 93.75 %: coverage.py prints 94 %, but --cov-fail-under=94 fails on the exact value.
    const totals = {
      lines: counts(316, 332),
      statements: null,
      functions: null,
      branches: counts(74, 84),
      total: counts(390, 416),
    };
    const run = (required: number) =>
      evaluateGate({ ...base, totals, thresholds: [{ name: 'total', required }] })[0];
    expect(run(94)).toEqual({ name: 'total', required: 94, actual: 93.75, ok: false });
    expect(run(93.75)).toMatchObject({ ok: true });
    expect(run(85)).toEqual({ name: 'total', required: 85, actual: 93.75, ok: true, suggested: 90 });
    expect(suggestFailUnder([run(85)!])).toBe('total=90');
  });

  it('names the fix for the tool when a gated metric has no data', () => {
    const totals = {
      lines: counts(1, 2),
      statements: null,
      functions: null,
      branches: null,
      total: counts(1, 2),
    };
    const [py] = evaluateGate({
      ...base,
      totals,
      thresholds: [{ name: 'branches', required: 80 }],
      source: { formats: ['cobertura'], producer: 'coverage.py' },
    });
    expect(py).toMatchObject({ ok: false, actual: null });
    expect(py?.note).toContain('--cov-branch (or set [run] branch = True');
    const [lcov] = evaluateGate({
      ...base,
      totals,
      thresholds: [{ name: 'branches', required: 80 }],
      source: { formats: ['lcov'] },
    });
    expect(lcov?.note).toContain('branch_coverage=1');
  });

  it('suggests the next step of 5 only when it is already met', () => {
    expect(suggestNextStep({ covered: 9518, total: 10000 }, 85)).toBe(90);
    expect(suggestNextStep({ covered: 8999, total: 10000 }, 85)).toBeUndefined();
    expect(suggestNextStep({ covered: 10000, total: 10000 }, 100)).toBeUndefined();
    expect(
      suggestFailUnder([
        { name: 'lines', required: 85, actual: 95.18, ok: true, suggested: 90 },
        { name: 'branches', required: 80, actual: 81, ok: true },
      ]),
    ).toBe('lines=90, branches=80');
    expect(suggestFailUnder([{ name: 'lines', required: 85, actual: 86, ok: true }])).toBe('');
  });
});
