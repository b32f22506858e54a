import { createRequire } from 'node:module';
import type { CoverageMapData } from 'istanbul-lib-coverage';
import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture, readJsonFixture } from '../../test/fixtures/coverage/fixtures.js';
import { countInexactBranchMerges, mergeCoverage, toCoverageData } from './merge.js';
import type { Counts, CoverageData, FileCoverage, Summary } from './model.js';
import { parseCoverage } from './read.js';
import { summarizeFile } from './summary.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

// istanbul-lib-coverage is CommonJS; it is the reference implementation of "merge by adding hits".
const istanbul = createRequire(import.meta.url)(
  'istanbul-lib-coverage',
) as typeof import('istanbul-lib-coverage');

type IstanbulSummary = Record<
  string,
  Record<'lines' | 'statements' | 'functions' | 'branches', { covered: number; total: number }>
>;

const read = (rel: string): CoverageData => parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT }).data;
const counts = (s: Summary): Record<string, [number, number] | null> =>
  Object.fromEntries(
    Object.entries(s).map(([k, c]: [string, Counts | null]) => [k, c ? [c.covered, c.total] : null]),
  );

describe.each(['c8', 'nyc'] as const)(
  '%s: two halves of the suite merged = the whole suite in one run',
  (tool) => {
    const dir = `js-app/reports/${tool}`;
    const merged = mergeCoverage([
      read(`${dir}-part-a/coverage-final.json`),
      read(`${dir}-part-b/coverage-final.json`),
    ]);

    it('every metric in total equals the json-summary the tool printed for the full run', () => {
      const full = readJsonFixture<IstanbulSummary>(`${dir}-all/coverage-summary.json`).total!;
      const expected = Object.fromEntries(
        (['lines', 'statements', 'functions', 'branches'] as const).map((m) => [
          m,
          [full[m].covered, full[m].total],
        ]),
      );
      expect(counts(summarizeTotals(merged))).toEqual(expected);
    });

    it('per file too, and the same as istanbul-lib-coverage merging the two reports', () => {
      const map = istanbul.createCoverageMap({});
      for (const part of ['part-a', 'part-b']) {
        map.merge(JSON.parse(readFixture(`${dir}-${part}/coverage-final.json`)) as CoverageMapData);
      }
      const full = read(`${dir}-all/coverage-final.json`);
      for (const file of merged.files.values()) {
        const reference = map.fileCoverageFor(`${FAKE_ROOT}/${file.path}`).toSummary().toJSON();
        const ours = summarizeFile(file);
        for (const m of ['lines', 'statements', 'functions', 'branches'] as const) {
          expect([ours[m]?.covered, ours[m]?.total], `${file.path} ${m}`).toEqual([
            reference[m].covered,
            reference[m].total,
          ]);
        }
        expect(counts(ours)).toEqual(counts(summarizeFile(full.files.get(file.path)!)));
      }
    });

    it('lcov halves merged give the full run lines', () => {
      const lcov = mergeCoverage([read(`${dir}-part-a/lcov.info`), read(`${dir}-part-b/lcov.info`)]);
      expect(summarizeTotals(lcov).lines).toEqual(summarizeTotals(read(`${dir}-all/lcov.info`)).lines);
    });
  },
);

const file = (path: string, parts: Partial<FileCoverage>): FileCoverage => ({
  path,
  lines: new Map(),
  statements: null,
  functions: null,
  branches: null,
  ...parts,
});
const data = (...files: FileCoverage[]): CoverageData => ({
  files: new Map(files.map((f) => [f.path, f])),
  formats: ['lcov'],
});

describe('mergeCoverage', () => {
  it('adds hits per line, function and branch outcome — never averages', () => {
    const a = file('a.js', {
      lines: new Map([
        [1, 2],
        [2, 0],
      ]),
      functions: new Map([['f', { name: 'f', line: 1, hits: 2 }]]),
      branches: new Map([['1:0', { line: 1, hits: [2, 0] }]]),
    });
    const b = file('a.js', {
      lines: new Map([
        [2, 3],
        [3, 0],
      ]),
      functions: new Map([['f', { name: 'f', line: 1, hits: 1 }]]),
      branches: new Map([['1:0', { line: 1, hits: [0, 5] }]]),
    });
    const merged = mergeCoverage([data(a), data(b)]).files.get('a.js')!;
    expect([...merged.lines]).toEqual([
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    expect(merged.functions?.get('f')?.hits).toBe(3);
    expect(merged.branches?.get('1:0')?.hits).toEqual([2, 5]);
  });

  it('keeps files of only one part, sorted by path, and the formats of all parts', () => {
    const merged = mergeCoverage([
      data(file('z.js', { lines: new Map([[1, 1]]) })),
      { files: new Map([['a.js', file('a.js', { lines: new Map([[1, 0]]) })]]), formats: ['istanbul'] },
    ]);
    expect([...merged.files.keys()]).toEqual(['a.js', 'z.js']);
    expect(merged.formats).toEqual(['lcov', 'istanbul']);
  });

  it('takes a metric one part lacks from the part that has it', () => {
    const withStatements = file('a.js', { statements: new Map([['1|0|1|5', 0]]) });
    const merged = mergeCoverage([data(file('a.js', {})), data(withStatements)]).files.get('a.js')!;
    expect([...merged.statements!]).toEqual([['1|0|1|5', 0]]);
    expect(merged.functions).toBeNull();
  });

  it('does not modify its inputs', () => {
    const a = file('a.js', { lines: new Map([[1, 1]]) });
    mergeCoverage([data(a), data(file('a.js', { lines: new Map([[1, 4]]) }))]);
    expect([...a.lines]).toEqual([[1, 1]]);
  });

  it('of nothing is empty', () => {
    expect(mergeCoverage([])).toEqual({ files: new Map(), formats: [] });
  });
});

describe('toCoverageData', () => {
  const f = (path: string): FileCoverage => ({
    path,
    lines: new Map(),
    statements: null,
    functions: null,
    branches: null,
  });
  const paths = ['B.js', 'a.js', 'a/b.js', 'a-b.js', 'ä.js', 'a.js.map'];
  // UTF-16 code unit order, as `<` compares: '-' < '.' < '/' < 'B' < 'a' < 'ä'
  const sorted = ['B.js', 'a-b.js', 'a.js', 'a.js.map', 'a/b.js', 'ä.js'];

  it('sorts files by path in code unit order, in a new map, and lists each format once', () => {
    const files = new Map(paths.map((p) => [p, f(p)]));
    const data = toCoverageData(files, ['lcov', 'istanbul', 'lcov']);
    expect([...data.files.keys()]).toEqual(sorted);
    expect(data.files.get('a.js')).toBe(files.get('a.js'));
    expect(data.formats).toEqual(['lcov', 'istanbul']);
    expect([...files.keys()]).toEqual(paths);
  });

  it('keeps a map that is in order already as it is: a million-file copy would only cost memory', () => {
    const files = new Map(sorted.map((p) => [p, f(p)]));
    const data = toCoverageData(files, ['lcov']);
    expect([...data.files.keys()]).toEqual(sorted);
    expect(data.files).toBe(files);
  });
});

describe('branch outcomes keyed by destination (coverage.py missing-branches)', () => {
  const cob = (hits: number[], missing?: string[]): CoverageData => ({
    formats: ['cobertura'],
    files: new Map([
      [
        'app/a.py',
        {
          path: 'app/a.py',
          lines: new Map([[24, 1]]),
          statements: null,
          functions: null,
          branches: new Map([
            ['24', missing === undefined ? { line: 24, hits } : { line: 24, hits, missing }],
          ]),
        },
      ],
    ]),
  });

  it('merges like coverage combine: untaken only when both runs missed that destination', () => {
    const merged = mergeCoverage([cob([1, 0], ['25']), cob([1, 0], ['26'])]);
    expect(merged.files.get('app/a.py')?.branches?.get('24')).toEqual({
      line: 24,
      hits: [1, 1],
      missing: [],
    });
    const same = mergeCoverage([cob([1, 0], ['exit']), cob([1, 0], ['exit'])]);
    expect(same.files.get('app/a.py')?.branches?.get('24')).toEqual({
      line: 24,
      hits: [1, 0],
      missing: ['exit'],
    });
    expect(countInexactBranchMerges([cob([1, 0], ['25']), cob([1, 0], ['26'])])).toBe(0);
  });

  it('without destinations adds by position and counts the line as a lower bound', () => {
    const merged = mergeCoverage([cob([1, 0]), cob([1, 0])]);
    expect(merged.files.get('app/a.py')?.branches?.get('24')).toEqual({ line: 24, hits: [2, 0] });
    expect(countInexactBranchMerges([cob([1, 0]), cob([1, 0])])).toBe(1);
    expect(countInexactBranchMerges([cob([1, 0]), cob([1, 1])])).toBe(0);
  });
});
