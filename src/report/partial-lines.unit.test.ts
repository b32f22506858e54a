import { describe, expect, it } from 'vitest';
import { partialLines } from '../coverage/summary.js';
import { describePartialAnnotation, describePartialLine } from './partial-lines.js';

describe('partial lines', () => {
  it('are lines that ran with an outcome never taken, by destination for coverage.py', () => {
    const file = {
      path: 'app/a.py',
      lines: new Map([
        [48, 3],
        [49, 3],
        [50, 0],
        [60, 0],
        [70, 1],
      ]),
      statements: null,
      functions: null,
      branches: new Map([
        ['48', { line: 48, hits: [1, 0], missing: ['50'] }],
        ['60', { line: 60, hits: [0, 0], missing: ['61', 'exit'] }], // never ran: a missing line
        ['70', { line: 70, hits: [1, 0, 0], missing: ['72', 'exit'] }],
      ]),
    };
    const partial = partialLines(file);
    expect(partial).toEqual([
      { line: 48, taken: 1, total: 2, missing: ['50'] },
      { line: 70, taken: 1, total: 3, missing: ['72', 'exit'] },
    ]);
    expect(partial.map(describePartialLine)).toEqual([
      '48 (1 of 2 branches; 48→50 never taken)',
      '70 (1 of 3 branches; 70→72, 70→exit never taken)',
    ]);
    expect(describePartialAnnotation(partial[0]!)).toBe('Branch never taken: 48→50 (1 of 2 branches taken)');
  });

  it('number the untaken outcomes for istanbul and lcov, across branch points of one line', () => {
    const file = {
      path: 'src/a.js',
      lines: new Map([[34, 2]]),
      statements: null,
      functions: null,
      branches: new Map([
        ['a', { line: 34, hits: [2, 0] }],
        ['b', { line: 34, hits: [0, 1] }],
      ]),
    };
    const partial = partialLines(file);
    expect(partial).toEqual([{ line: 34, taken: 2, total: 4, untaken: [2, 3] }]);
    expect(describePartialLine(partial[0]!)).toBe('34 (branches 2, 3 of 4 never taken)');
    expect(describePartialLine({ line: 34, taken: 1, total: 2, untaken: [2] })).toBe(
      '34 (branch 2 of 2 never taken)',
    );
  });
});
