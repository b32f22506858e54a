import { describe, expect, it } from 'vitest';
import {
  addBranchHit,
  closeLines,
  functionIndex,
  newOpenFile,
  readBrdaInPlace,
  readDaInPlace,
} from './lcov-file.js';
import { readLcov } from './lcov.js';

/** Reads the first line of `text` in place; returns [next line start, the file]. */
function readOne(reader: typeof readDaInPlace, text: string): [number, ReturnType<typeof newOpenFile>] {
  const file = newOpenFile('a.js');
  return [reader(file, text, 0), file];
}

describe('readDaInPlace', () => {
  it.each([
    ['a line feed', 'DA:12,3\nDA:1,1', 8],
    ['CRLF', 'DA:12,3\r\nDA:1,1', 9],
    ['the end of the text', 'DA:12,3', 8],
    ['a checksum', 'DA:12,3,Zm9v\nDA:1,1', 13],
    ['a checksum on the last line', 'DA:12,3,Zm9v', 13],
  ])('reads line and hits up to %s and returns the next line start', (_name, text, next) => {
    const [pos, file] = readOne(readDaInPlace, text);
    expect(pos).toBe(next);
    expect([...closeLines(file)]).toEqual([[12, 3]]);
  });

  it.each([
    ['decimal hits', 'DA:1,1.5\n'],
    ['16-digit line', 'DA:1234567890123456,1\n'],
    ['no hits', 'DA:1\n'],
    ['empty hits', 'DA:1,\n'],
    ['a blank before the line end', 'DA:1,1 \n'],
    ['a lone CR at the end of the text', 'DA:1,1\r'],
    ['negative hits', 'DA:1,-1\n'],
    ['another record', 'DAX:1,1\n'],
  ])('leaves %s to the general path (-1, nothing recorded)', (_name, text) => {
    const [pos, file] = readOne(readDaInPlace, text);
    expect(pos).toBe(-1);
    expect(closeLines(file).size).toBe(0);
  });

  it('adds the hits of a line seen again, in line order, also after higher lines', () => {
    const file = newOpenFile('a.js');
    const text = 'DA:5,1\nDA:2,2\nDA:9,0\nDA:5,4\nDA:2,0\nDA:7,1\nDA:1,3\n';
    for (let pos = 0; pos < text.length;) pos = readDaInPlace(file, text, pos);
    const lines = closeLines(file);
    expect([...lines]).toEqual([
      [1, 3],
      [2, 2],
      [5, 5],
      [7, 1],
      [9, 0],
    ]);
    expect([...lines.keys()]).toEqual([1, 2, 5, 7, 9]);
    expect([...lines.values()]).toEqual([3, 2, 5, 1, 0]);
    expect([lines.get(1), lines.get(7), lines.get(9), lines.get(3), lines.get(10), lines.get(0)]).toEqual([
      3,
      1,
      0,
      undefined,
      undefined,
      undefined,
    ]);
    expect(lines.size).toBe(5);
    expect(file.maxLine).toBe(9);
  });
});

describe('readBrdaInPlace', () => {
  it.each([
    ['taken digits', 'BRDA:7,0,1,42\nDA:1,1', 14, 42],
    ['"-" (never evaluated) as 0', 'BRDA:7,0,1,-\r\nDA:1,1', 14, 0],
    ['the end of the text', 'BRDA:7,0,1,3', 13, 3],
  ])('reads %s and returns the next line start', (_name, text, next, taken) => {
    const [pos, file] = readOne(readBrdaInPlace, text);
    expect(pos).toBe(next);
    expect([...(file.branches ?? [])]).toEqual([['7:0', { line: 7, hits: [taken] }]]);
  });

  it.each([
    ['a branch expression with commas', 'BRDA:4,e0,(a, b) == c,1\n'],
    ['an empty block', 'BRDA:4,,0,1\n'],
    ['too few fields', 'BRDA:4,0,1\nBRDA:4,0,1,1\n'],
    ['"-" followed by more', 'BRDA:4,0,0,-1\n'],
    ['empty taken', 'BRDA:4,0,0,\n'],
    ['a word as line', 'BRDA:x,0,0,1\n'],
    ['BRF', 'BRF:4\n'],
  ])('leaves %s to the general path (-1, nothing recorded)', (_name, text) => {
    const [pos, file] = readOne(readBrdaInPlace, text);
    expect(pos).toBe(-1);
    expect(file.branches).toBeNull();
  });

  it('keeps outcomes in order, two outcomes in an array of their own, more appended', () => {
    const file = newOpenFile('a.js');
    const text = ['BRDA:3,0,0,1', 'BRDA:3,0,1,0', 'BRDA:3,0,2,5', 'BRDA:4,0,0,-', ''].join('\n');
    for (let pos = 0; pos < text.length;) pos = readBrdaInPlace(file, text, pos);
    expect([...(file.branches ?? [])]).toEqual([
      ['3:0', { line: 3, hits: [1, 0, 5] }],
      ['4:0', { line: 4, hits: [0] }],
    ]);
  });
});

describe('the branch point of the last BRDA', () => {
  // Interleaved blocks, a line revisited after a higher one, a duplicated record, a block whose
  // name starts like the cached one, and block names of different lengths.
  const records = [
    'BRDA:10,0,0,1',
    'BRDA:10,1,0,2',
    'BRDA:10,0,1,3',
    'BRDA:20,0,0,4',
    'BRDA:10,1,1,5',
    'BRDA:10,1,1,5',
    'BRDA:10,10,0,6',
    'BRDA:10,1,2,7',
    'BRDA:2,0,0,8',
    'BRDA:20,0,1,-',
    'BRDA:10,0,2,9',
  ];
  const expected = [
    ['10:0', { line: 10, hits: [1, 3, 9] }],
    ['10:1', { line: 10, hits: [2, 5, 5, 7] }],
    ['20:0', { line: 20, hits: [4, 0] }],
    ['10:10', { line: 10, hits: [6] }],
    ['2:0', { line: 2, hits: [8] }],
  ];
  const read = (lines: string[]): unknown[] => {
    const text = ['SF:a.js', ...lines, 'end_of_record', ''].join('\n');
    return [...readLcov(text, 'lcov.info', { root: '/repo' }).data.files.get('a.js')!.branches!];
  };

  it('gives the branches of records that are interleaved, out of order or repeated', () => {
    expect(read(records)).toEqual(expected);
  });

  it('gives the same branches as the general path (16-digit line numbers send records there)', () => {
    const general = (r: string): string =>
      r.replace(/^BRDA:(\d+)/, (_m, line: string) => `BRDA:${line.padStart(16, '0')}`);
    expect(general('BRDA:10,0,0,1')).toBe('BRDA:0000000000000010,0,0,1');
    expect(readOne(readBrdaInPlace, general('BRDA:10,0,0,1'))[0]).toBe(-1);
    expect(read(records.map(general))).toEqual(expected);
    // Mixed: every other record in place, the rest by the general path.
    expect(read(records.map((r, i) => (i % 2 === 0 ? r : general(r))))).toEqual(expected);
  });

  it('is updated by addBranchHit, so in-place records after it continue the right point', () => {
    const file = newOpenFile('a.js');
    addBranchHit(file, 8, 'e0', 1);
    expect([file.lastLine, file.lastBlock, file.lastBranch]).toEqual([8, 'e0', { line: 8, hits: [1] }]);
    const text = 'BRDA:8,e0,x,2\nBRDA:8,e1,x,3\n';
    for (let pos = 0; pos < text.length;) pos = readBrdaInPlace(file, text, pos);
    expect([...(file.branches ?? [])]).toEqual([
      ['8:e0', { line: 8, hits: [1, 2] }],
      ['8:e1', { line: 8, hits: [3] }],
    ]);
  });
});

describe('functionIndex', () => {
  it('is made on first use and kept', () => {
    const file = newOpenFile('a.js');
    expect(file.index).toBeNull();
    const index = functionIndex(file);
    expect(index.byName.size + index.fndaSeen.size + index.byIndex.size).toBe(0);
    expect(functionIndex(file)).toBe(index);
  });
});
