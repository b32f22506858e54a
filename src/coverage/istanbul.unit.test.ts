import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture } from '../../test/fixtures/coverage/fixtures.js';
import { CoverageFormatError } from '../errors.js';
import { readIstanbul } from './istanbul.js';
import { mergeCoverage } from './merge.js';
import { summarizeFile } from './summary.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

const istanbul = createRequire(import.meta.url)(
  'istanbul-lib-coverage',
) as typeof import('istanbul-lib-coverage');

const loc = (sl: number, sc: number, el: number, ec: number): object => ({
  start: { line: sl, column: sc },
  end: { line: el, column: ec },
});

/** A hand-written file entry: two statements on line 2 (one hit), a function, an if with 2 outcomes. */
const entry = (path: string, s: Record<string, number>, extra: object = {}): Record<string, unknown> => ({
  path,
  statementMap: { 0: loc(1, 0, 1, 10), 1: loc(2, 0, 2, 5), 2: loc(2, 6, 2, 12), 3: loc(4, 0, 4, 3) },
  fnMap: { 0: { name: 'f', decl: loc(1, 9, 1, 10), loc: loc(1, 0, 5, 1), line: 1 } },
  branchMap: {
    0: { type: 'if', line: 2, loc: loc(2, 0, 4, 3), locations: [loc(2, 0, 4, 3), loc(2, 0, 4, 3)] },
  },
  s,
  f: { 0: s[0] ?? 0 },
  b: { 0: [s[1] ?? 0, 0] },
  ...extra,
});

describe('readIstanbul', () => {
  it('derives lines like getLineCoverage: max hits of the statements starting on a line', () => {
    const value = { '/r/src/a.js': entry('/r/src/a.js', { 0: 1, 1: 0, 2: 7, 3: 0 }) };
    const file = readIstanbul(value, 'x.json', { root: '/r' }).data.files.get('src/a.js')!;
    const reference = istanbul
      .createFileCoverage(structuredClone(value['/r/src/a.js']) as never)
      .getLineCoverage();
    expect(Object.fromEntries(file.lines)).toEqual(reference);
    expect([...file.lines]).toEqual([
      [1, 1],
      [2, 7],
      [4, 0],
    ]);
  });

  it('counts statements, functions and branch outcomes as istanbul-lib-coverage does', () => {
    const value = { '/r/a.js': entry('/r/a.js', { 0: 1, 1: 0, 2: 7, 3: 0 }) };
    const ours = summarizeFile(readIstanbul(value, 'x.json', { root: '/r' }).data.files.get('a.js')!);
    const ref = istanbul
      .createFileCoverage(structuredClone(value['/r/a.js']) as never)
      .toSummary()
      .toJSON();
    for (const m of ['lines', 'statements', 'functions', 'branches'] as const) {
      expect(ours[m]).toEqual({ covered: ref[m].covered, total: ref[m].total, pct: ref[m].pct });
    }
  });

  it('reads the old { data: ... } wrapping and sorts files by path', () => {
    const value = {
      '/r/b.js': { data: entry('/r/b.js', { 0: 1 }) },
      '/r/a.js': entry('/r/a.js', { 0: 0 }),
    };
    expect([...readIstanbul(value, 'x.json', { root: '/r' }).data.files.keys()]).toEqual(['a.js', 'b.js']);
  });

  it('keeps two items with the same location apart (single-report totals stay exact)', () => {
    const e = entry('/r/a.js', { 0: 1, 1: 0 }, { statementMap: { 0: loc(1, 0, 1, 4), 1: loc(1, 0, 1, 4) } });
    const file = readIstanbul({ a: e }, 'x.json', { root: '/r' }).data.files.get('a.js')!;
    expect(summarizeFile(file).statements).toEqual({ covered: 1, total: 2, pct: 50 });
  });

  it('lets an --all placeholder yield to the real data of the same file when merging', () => {
    // c8 part-a never loads format.js: it lists it as `all: true` with one "(empty-report)" function.
    type Entries = Record<string, Record<string, unknown>>;
    const partA = JSON.parse(readFixture('js-app/reports/c8-part-a/coverage-final.json')) as Entries;
    const partB = JSON.parse(readFixture('js-app/reports/c8-part-b/coverage-final.json')) as Entries;
    expect(partA[`${FAKE_ROOT}/src/format.js`]?.all).toBe(true);
    const a = readIstanbul(partA, 'a', { root: FAKE_ROOT }).data;
    const b = readIstanbul(partB, 'b', { root: FAKE_ROOT }).data;
    const merged = mergeCoverage([a, b]).files.get('src/format.js')!;
    expect(summarizeFile(merged)).toEqual(summarizeFile(b.files.get('src/format.js')!));
    expect(summarizeTotals(mergeCoverage([b, a]))).toEqual(summarizeTotals(mergeCoverage([a, b])));
  });

  it.each([
    [
      'a non-numeric statement count',
      { s: { 0: 'x' } },
      /entry "k" has statement count s\["0"\] = x, not a whole number ≥ 0/,
    ],
    [
      'a non-numeric function count',
      { f: { 0: null } },
      /function count f\["0"\] = null, not a whole number ≥ 0/,
    ],
    [
      'branch counts that are not an array',
      { b: { 0: 3 } },
      /branch counts b\["0"\] = 3, not an array of whole numbers ≥ 0/,
    ],
    ['negative statement hits', { s: { 0: -1 } }, /s\["0"\] = -1, not a whole number ≥ 0/],
    ['fractional function hits', { f: { 0: 1.5 } }, /f\["0"\] = 1\.5, not a whole number ≥ 0/],
    ['huge branch hits', { b: { 0: [1e300, 0] } }, /b\["0"\] = \[1e\+300,0\], not an array of whole numbers/],
    [
      'a statement at line 0',
      { statementMap: { 0: loc(0, 0, 0, 1) }, s: { 0: 1 } },
      /statementMap\["0"\] starting at line 0 is not a whole number from 1/,
    ],
    [
      'a statement beyond 2^53',
      { statementMap: { 0: loc(2 ** 53 + 2, 0, 1, 1) }, s: { 0: 1 } },
      /statementMap\["0"\] starting at line 9007199254740994 is not/,
    ],
    [
      'a function at line 1.5',
      { fnMap: { 0: { name: 'f', decl: loc(1.5, 0, 1, 1), loc: loc(1, 0, 1, 1) } } },
      /fnMap\["0"\] at line 1\.5 is not/,
    ],
    [
      'a branch at line -3',
      { branchMap: { 0: { type: 'if', line: -3, locations: [] } } },
      /branchMap\["0"\] at line -3 is not/,
    ],
  ])('%s -> CoverageFormatError naming file and entry', (_name, patch, message) => {
    const e = { ...entry('/r/a.js', { 0: 1 }), ...patch };
    expect(() => readIstanbul({ k: e }, 'cov.json', { root: '/r' })).toThrow(CoverageFormatError);
    expect(() => readIstanbul({ k: e }, 'cov.json', { root: '/r' })).toThrow(message);
  });

  it('rejects an entry that is not file coverage', () => {
    expect(() => readIstanbul({ k: { path: 'a.js' } }, 'cov.json', { root: '/r' })).toThrow(
      /^cov\.json: entry "k" is not istanbul file coverage/,
    );
  });
});
