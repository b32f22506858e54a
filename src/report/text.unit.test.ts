import { describe, expect, it } from 'vitest';
import { buildData, buildFile } from '../../test/support/build-coverage.js';
import { buildReport } from '../analysis/build-report.js';
import { formatLineRanges, renderTermMissing, renderText } from './text.js';

describe('formatLineRanges', () => {
  it.each([
    [[], ''],
    [[7], '7'],
    [[12, 13, 14, 15, 40], '12-15, 40'],
    [[1, 3, 4, 6, 7, 8], '1, 3-4, 6-8'],
    [[40, 12, 13, 13, 14], '12-14, 40'],
  ])('%j -> %j', (lines, text) => {
    expect(formatLineRanges(lines)).toBe(text);
  });
});

const head = buildData(
  buildFile('src/long/path/module.js', { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, 9: 0 }),
  buildFile('a.js', { 1: 3 }),
);

describe('renderTermMissing', () => {
  it('prints the pytest-cov term-missing table', () => {
    const report = buildReport({ head, base: null, changes: null, thresholds: [] });
    expect(renderTermMissing(report)).toBe(
      [
        'Name                      Stmts   Miss   Cover   Missing',
        '--------------------------------------------------------',
        'a.js                          1      0    100%',
        'src/long/path/module.js       6      4  33.33%   2-4, 9',
        '--------------------------------------------------------',
        'TOTAL                         7      4  42.85%',
        '',
      ].join('\n'),
    );
  });
});

describe('renderText', () => {
  it('adds totals, base delta, patch and thresholds', () => {
    const report = buildReport({
      head,
      base: buildData(buildFile('a.js', { 1: 3 }), buildFile('src/long/path/module.js', { 1: 1, 2: 1 })),
      changes: {
        files: [
          { path: 'src/long/path/module.js', previousPath: null, status: 'modified', addedLines: [3, 4, 5] },
        ],
        complete: true,
        origin: 'file',
        note: null,
      },
      thresholds: [
        { name: 'lines', required: 40 },
        { name: 'patch', required: 50 },
      ],
    });
    const text = renderText(report);
    expect(text.split('\n').slice(6)).toEqual([
      '',
      'Totals: lines 42.85% (3/7), statements n/a, functions n/a, branches n/a, total 42.85% (3/7)',
      'Base: lines 100% (3/3), statements n/a, functions n/a, branches n/a',
      'Delta (points): lines -57.15, statements n/a, functions n/a, branches n/a',
      '  changed src/long/path/module.js lines -66.67',
      'Patch: 33.33% (1/3 changed lines covered)',
      '  src/long/path/module.js: 3-4',
      'Thresholds:',
      '  ok   lines >= 40 (actual 42.85)',
      '  FAIL patch >= 50 (actual 33.33)',
      'Result: FAILED',
      '',
    ]);
  });

  it('says when there is no base and no diff', () => {
    const text = renderText(buildReport({ head, base: null, changes: null, thresholds: [] }));
    expect(text.endsWith('Base: none\nPatch: no diff given\nResult: passed\n')).toBe(true);
  });

  it('says why patch coverage is unknown and shows branch patch coverage', () => {
    const withBranches = buildData(buildFile('a.js', { 1: 1, 2: 0 }, [[2, [1, 0]]]));
    const report = buildReport({
      head: withBranches,
      base: null,
      changes: {
        files: [{ path: 'a.js', previousPath: null, status: 'modified', addedLines: [2] }],
        complete: false,
        origin: 'api-files',
        note: 'patch coverage unknown: GitHub returned no patch for 2 changed files',
      },
      thresholds: [{ name: 'patch', required: 80 }],
    });
    expect(renderText(report)).toContain(
      [
        'Patch: patch coverage unknown: GitHub returned no patch for 2 changed files (0/1 changed lines covered)',
        'Patch branches: 50% (1/2)',
        '  a.js: 2',
        'Thresholds:',
        '  ok   patch >= 80 (actual unknown)',
        'Result: passed',
      ].join('\n'),
    );
  });
});
