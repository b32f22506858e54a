import { describe, expect, it } from 'vitest';
import { CoverageFormatError } from '../errors.js';
import { readLcov } from './lcov.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

const root = '/repo';
const read = (text: string): ReturnType<typeof readLcov> => readLcov(text, 'lcov.info', { root });
const record = (...lines: string[]): string => ['TN:', ...lines, 'end_of_record', ''].join('\n');

describe('readLcov', () => {
  it('reads DA, FN/FNDA and BRDA with "-" as 0 hits', () => {
    const { data } = read(
      record(
        'SF:/repo/src/a.js',
        'FN:1,main',
        'FN:5,(anonymous_1)',
        'FNDA:3,main',
        'FNDA:0,(anonymous_1)',
        'FNF:2',
        'FNH:1',
        'DA:1,3',
        'DA:2,3,abc123checksum',
        'DA:5,0',
        'LF:3',
        'LH:2',
        'BRDA:2,0,0,3',
        'BRDA:2,0,1,0',
        'BRDA:5,1,0,-',
        'BRDA:5,1,1,-',
        'BRF:4',
        'BRH:1',
      ),
    );
    const file = data.files.get('src/a.js')!;
    expect([...file.lines]).toEqual([
      [1, 3],
      [2, 3],
      [5, 0],
    ]);
    expect([...file.functions!.values()]).toEqual([
      { name: 'main', line: 1, hits: 3 },
      { name: '(anonymous_1)', line: 5, hits: 0 },
    ]);
    expect([...file.branches!]).toEqual([
      ['2:0', { line: 2, hits: [3, 0] }],
      ['5:1', { line: 5, hits: [0, 0] }],
    ]);
    expect(file.statements).toBeNull();
    const totals = summarizeTotals(data);
    expect([totals.lines.covered, totals.lines.total]).toEqual([2, 3]);
    expect([totals.functions?.covered, totals.functions?.total]).toEqual([1, 2]);
    expect([totals.branches?.covered, totals.branches?.total]).toEqual([1, 4]);
    expect(data.formats).toEqual(['lcov']);
  });

  it('has null functions and branches when the producer wrote no such records at all', () => {
    const { data } = read(record('SF:src/a.js', 'DA:1,1', 'LF:1', 'LH:1'));
    const file = data.files.get('src/a.js')!;
    expect(file.functions).toBeNull();
    expect(file.branches).toBeNull();
  });

  it('has empty (measured, 0/0) functions and branches when FNF/BRF say 0', () => {
    const { data } = read(record('SF:src/a.js', 'FNF:0', 'FNH:0', 'DA:1,1', 'BRF:0', 'BRH:0'));
    const totals = summarizeTotals(data);
    expect(totals.functions).toEqual({ covered: 0, total: 0, pct: 100 });
    expect(totals.branches).toEqual({ covered: 0, total: 0, pct: 100 });
  });

  it('counts a metric as measured from any of its count records alone (FNH, BRH), not from LF/LH', () => {
    const file = (lines: string[]): unknown[] => {
      const f = read(record('SF:a.js', ...lines)).data.files.get('a.js')!;
      return [f.functions && [...f.functions], f.branches && [...f.branches]];
    };
    expect(file(['LF:1', 'LH:1', 'DA:1,1'])).toEqual([null, null]);
    expect(file(['FNH:0'])).toEqual([[], null]);
    expect(file(['BRH:0'])).toEqual([null, []]);
    expect(file(['FNF:0', 'BRF:0'])).toEqual([[], []]);
  });

  it('keeps functions of the same name apart, matching FNDA to FN in order', () => {
    const { data } = read(
      record('SF:a.js', 'FN:1,(anonymous)', 'FN:9,(anonymous)', 'FNDA:0,(anonymous)', 'FNDA:4,(anonymous)'),
    );
    expect([...data.files.get('a.js')!.functions!]).toEqual([
      ['(anonymous)', { name: '(anonymous)', line: 1, hits: 0 }],
      ['(anonymous)#2', { name: '(anonymous)', line: 9, hits: 4 }],
    ]);
  });

  it('reads lcov 2 records: FN with an end line, FNL/FNA aliases, BRDA expressions with commas', () => {
    const { data } = read(
      record(
        'SF:a.c',
        'FN:3,10,main',
        'FNDA:1,main',
        'FNL:0,20,30',
        'FNA:0,2,tmpl<int>',
        'FNA:0,1,tmpl<long>',
        'BRDA:4,e0,(a, b) == c,1',
        'BRDA:4,e0,!((a, b) == c),0',
        'DA:4,1',
      ),
    );
    const file = data.files.get('a.c')!;
    expect([...file.functions!.values()]).toEqual([
      { name: 'main', line: 3, hits: 1 },
      { name: 'tmpl<int>', line: 20, hits: 3 },
    ]);
    expect(file.branches!.get('4:e0')).toEqual({ line: 4, hits: [1, 0] });
  });

  it('accepts CRLF line ends, blank lines and merges a file listed twice', () => {
    const text = 'SF:a.js\r\nDA:1,1\r\nend_of_record\r\n\r\nSF:a.js\r\nDA:1,2\r\nDA:2,0\r\nend_of_record\r\n';
    expect([...read(text).data.files.get('a.js')!.lines]).toEqual([
      [1, 3],
      [2, 0],
    ]);
  });

  it('reads in-place and general forms of DA and BRDA alike (leading zeros, 16 digits, interleaved blocks)', () => {
    const { data } = read(
      record(
        'SF:a.js',
        'DA:1,007',
        'DA:2,1.0',
        'DA:1234567890123456,1',
        'DA:3,1234567890123456',
        'BRDA:1,0,0,1',
        'BRDA:1,1,0,2',
        'BRDA:1,0,1,3',
        'BRDA:1,0,2,-',
        'BRDA:2,e0,(a, b),4',
        'BRDA:2,e0,c,5',
      ),
    );
    const file = data.files.get('a.js')!;
    expect([...file.lines]).toEqual([
      [1, 7],
      [2, 1],
      [3, 1234567890123456],
      [1234567890123456, 1],
    ]);
    expect([...file.branches!]).toEqual([
      ['1:0', { line: 1, hits: [1, 3, 0] }],
      ['1:1', { line: 1, hits: [2] }],
      ['2:e0', { line: 2, hits: [4, 5] }],
    ]);
  });

  it('reports files outside the root as dropped', () => {
    const parsed = read(record('SF:/elsewhere/a.js', 'DA:1,1'));
    expect(parsed.dropped).toEqual(['/elsewhere/a.js']);
    expect(parsed.data.files.size).toBe(0);
  });

  it.each([
    [
      'a line that is no record',
      'SF:a.js\nDA:1,1\nhello world\nend_of_record\n',
      3,
      /"hello world" is not an lcov record/,
    ],
    [
      'DA without hits',
      'SF:a.js\nDA:1\nend_of_record\n',
      2,
      /bad record "DA:1" \(DA needs <line>,<hits>: hit count \(none\) is not a whole number from 0 to 2\^53\)/,
    ],
    [
      'line 0',
      'SF:a.js\nDA:1,1\nDA:0,1\nend_of_record\n',
      3,
      /\(DA needs <line>,<hits>: line 0 is not a whole/,
    ],
    ['a fractional line', 'SF:a.js\nDA:1.5,1\nend_of_record\n', 2, /line 1\.5 is not a whole number from 1/],
    ['line 1e300', 'SF:a.js\nDA:1e300,1\nend_of_record\n', 2, /line 1e300 is not a whole number/],
    [
      'a line beyond 2^53',
      'SF:a.js\nDA:9007199254740993,1\nend_of_record\n',
      2,
      /line 9007199254740993 is not/,
    ],
    [
      'fractional hits',
      'SF:a.js\nDA:1,1.5\nend_of_record\n',
      2,
      /hit count 1\.5 is not a whole number from 0/,
    ],
    ['hits 1e300', 'SF:a.js\nDA:1,1e300\nend_of_record\n', 2, /hit count 1e300 is not/],
    ['BRDA at line 0', 'SF:a.js\nBRDA:0,0,0,1\nend_of_record\n', 2, /BRDA needs .*: line 0 is not/],
    [
      'BRDA with negative taken',
      'SF:a.js\nBRDA:3,0,0,-2\nend_of_record\n',
      2,
      /BRDA needs .*: hit count -2 is not/,
    ],
    ['FN at line 0', 'SF:a.js\nFN:0,f\nend_of_record\n', 2, /FN needs <line>,<name>: line 0 is not/],
    [
      'FNDA with negative hits',
      'SF:a.js\nFN:1,f\nFNDA:-1,f\nend_of_record\n',
      3,
      /FNDA needs .*: hit count -1/,
    ],
    ['DA with a word', 'SF:a.js\nDA:x,1\nend_of_record\n', 2, /bad record "DA:x,1"/],
    ['negative hits', 'SF:a.js\nDA:1,-4\nend_of_record\n', 2, /bad record "DA:1,-4"/],
    ['BRDA with too few fields', 'SF:a.js\nBRDA:1,0\nend_of_record\n', 2, /BRDA needs/],
    ['FNA of an unknown FNL', 'SF:a.js\nFNA:3,1,f\nend_of_record\n', 2, /FNA needs/],
    ['a record before SF', 'TN:\nDA:1,1\n', 2, /DA record outside an SF/],
    ['a count record before SF', 'TN:\nLH:1\n', 2, /LH record outside an SF/],
    ['end_of_record with more', 'SF:a.js\nend_of_records\n', 2, /"end_of_records" is not an lcov record/],
    ['SF inside SF', 'SF:a.js\nSF:b.js\n', 2, /SF before the previous end_of_record/],
    ['a stray end_of_record', 'TN:\nend_of_record\n', 2, /end_of_record without SF/],
    ['a truncated file', 'SF:a.js\nDA:1,1\n', 2, /has no end_of_record \(truncated file\?\)/],
    ['no SF at all', 'TN:x\n', 1, /no SF record/],
  ])('%s -> CoverageFormatError with the line number', (_name, text, line, message) => {
    let error: unknown;
    try {
      read(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoverageFormatError);
    expect((error as Error).message).toMatch(new RegExp(`^lcov\\.info:${line}: `));
    expect((error as Error).message).toMatch(message);
  });
});
