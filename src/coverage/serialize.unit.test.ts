import { describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture } from '../../test/fixtures/coverage/fixtures.js';
import { CoverageFormatError } from '../errors.js';
import { mergeCoverage } from './merge.js';
import { parseCoverage } from './read.js';
import { deserializeCoverage, serializeCoverage } from './serialize.js';
import { summarizeTotals, withLineMaps } from '../../test/support/coverage-totals.js';

const read = (rel: string): ReturnType<typeof parseCoverage>['data'] =>
  parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT }).data;

describe('serializeCoverage / deserializeCoverage', () => {
  it.each([
    'js-app/reports/c8-all/coverage-final.json',
    'js-app/reports/nyc-all/coverage-final.json',
    'js-app/reports/c8-all/lcov.info',
    'js-app/reports/nyc-all/cobertura-coverage.xml',
    'py-app/reports/branch/coverage.xml',
    'py-app/reports/lines/coverage.xml',
  ])('round-trips %s through JSON text unchanged', (rel) => {
    const data = read(rel);
    const stored: unknown = JSON.parse(JSON.stringify(serializeCoverage(data)));
    const back = deserializeCoverage(stored, 'baseline.json');
    expect(withLineMaps(back)).toEqual(withLineMaps(data));
    expect(summarizeTotals(back)).toEqual(summarizeTotals(data));
  });

  it('round-trips merged data of several formats', () => {
    const data = mergeCoverage([
      read('js-app/reports/c8-part-a/lcov.info'),
      read('js-app/reports/c8-part-b/coverage-final.json'),
    ]);
    const back = deserializeCoverage(JSON.parse(JSON.stringify(serializeCoverage(data))), 'b');
    expect(withLineMaps(back)).toEqual(withLineMaps(data));
  });

  it('writes a version field and flat line pairs', () => {
    const stored = serializeCoverage(read('py-app/reports/lines/coverage.xml'));
    expect(stored.version).toBe(1);
    expect(stored.files.find((f) => f.path === 'shop/util/text.py')?.lines).toEqual([
      4, 1, 5, 1, 6, 1, 7, 0, 10, 1, 11, 0, 12, 0, 13, 0,
    ]);
  });

  const good = serializeCoverage(read('js-app/reports/c8-all/lcov.info'));
  const firstFile = good.files[0]!;
  it.each([
    ['null', null, /is not an object/],
    ['an array', [], /is not an object/],
    ['another version', { ...good, version: 2 }, /has version 2, expected 1/],
    ['no version', { formats: [], files: [] }, /has version none, expected 1/],
    ['an unknown format', { ...good, formats: ['jacoco'] }, /bad "formats" list/],
    ['no files list', { ...good, files: {} }, /has no "files" list/],
    ['a file without path', { ...good, files: [{ ...firstFile, path: '' }] }, /files\[0\]\.path is missing/],
    [
      'odd lines list',
      { ...good, files: [{ ...firstFile, lines: [1] }] },
      /files\[0\] \(src\/cart\.js\)\.lines is malformed/,
    ],
    ['negative hits', { ...good, files: [{ ...firstFile, lines: [1, -1] }] }, /lines has a bad entry at 0/],
    ['string hits', { ...good, files: [{ ...firstFile, lines: [1, '1'] }] }, /lines has a bad entry/],
    [
      'a bad function',
      { ...good, files: [{ ...firstFile, functions: [['f', 'f', 1]] }] },
      /functions\[0\] is malformed/,
    ],
    [
      'bad branch hits',
      { ...good, files: [{ ...firstFile, branches: [['1:0', 1, [1, 'x']]] }] },
      /branches\[0\] is malformed/,
    ],
    [
      'statements not a list',
      { ...good, files: [{ ...firstFile, statements: 3 }] },
      /statements is not a list/,
    ],
    ['a file twice', { ...good, files: [firstFile, firstFile] }, /lists src\/cart\.js twice/],
  ])('rejects %s with a one-line CoverageFormatError naming the source', (_name, value, message) => {
    let error: unknown;
    try {
      deserializeCoverage(value, 'baseline (cache covgate-main)');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoverageFormatError);
    expect((error as Error).message).toMatch(/^baseline \(cache covgate-main\): stored coverage /);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
