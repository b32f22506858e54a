import { describe, expect, it } from 'vitest';
import { deserializeCoverage } from '../coverage/serialize.js';
import {
  baselineKey,
  baselinePrefix,
  coverageOf,
  mismatchOf,
  parseBaseline,
  type Baseline,
} from './baseline-store.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const baseline: Baseline = {
  version: 1,
  sha: SHA,
  branch: 'main',
  createdAt: '2026-01-02T03:04:05.000Z',
  commentId: 'covgate',
  coverage: {
    version: 1,
    formats: ['istanbul'],
    files: [
      { path: 'src/a.ts', lines: [1, 2, 3, 0], statements: [['0', 2]], functions: null, branches: null },
    ],
  },
};

describe('baselineKey', () => {
  it('is covgate-<comment-id>-<branch>-<sha> for plain names', () => {
    expect(baselineKey('covgate', 'main', SHA)).toBe(`covgate-covgate-main-${SHA}`);
    expect(baselinePrefix('covgate', 'main')).toBe('covgate-covgate-main-');
  });

  it('encodes -, /, commas and non-ASCII so that no prefix of one branch matches another', () => {
    expect(baselineKey('api', 'release/1.0', SHA)).toBe(`covgate-api-release_2f1.0-${SHA}`);
    expect(baselineKey('a-b', 'c', SHA)).not.toBe(baselineKey('a', 'b-c', SHA));
    expect(baselineKey('covgate', 'main-2', SHA).startsWith(baselinePrefix('covgate', 'main'))).toBe(false);
    expect(baselineKey('x', 'a,b', SHA)).not.toContain(',');
    expect(baselineKey('x', 'ünï', SHA)).toBe(`covgate-x-_c3_bcn_c3_af-${SHA}`);
    expect(baselineKey('x', 'a_2f', SHA)).not.toBe(baselineKey('x', 'a/', SHA));
  });

  it('stays under the 512-character cache key limit for very long branch names', () => {
    const long = 'feature/'.repeat(60);
    const key = baselineKey('covgate', long, SHA);
    expect(key.length).toBeLessThanOrEqual(512);
    expect(key).not.toBe(baselineKey('covgate', `${long}x`, SHA));
    expect(key.startsWith(baselinePrefix('covgate', long))).toBe(true);
  });

  it('lower-cases the SHA so either spelling finds the same baseline', () => {
    expect(baselineKey('c', 'main', SHA.toUpperCase())).toBe(baselineKey('c', 'main', SHA));
  });
});

describe('parseBaseline', () => {
  it('accepts a valid baseline and returns it unchanged', () => {
    expect(parseBaseline(JSON.parse(JSON.stringify(baseline)), 'file.json')).toEqual(baseline);
  });

  it.each([
    ['not an object', [], /not a JSON object/],
    ['another version', { ...baseline, version: 2 }, /unsupported format version 2/],
    ['a bad sha', { ...baseline, sha: '$(rm -rf /)' }, /"sha" is not a commit SHA/],
    ['no branch', { ...baseline, branch: '' }, /"branch" must be a non-empty string/],
    ['a bad date', { ...baseline, createdAt: 'yesterday' }, /"createdAt" is not a date/],
    [
      'bad coverage',
      { ...baseline, coverage: { version: 1, formats: ['lcov'], files: [{ path: 'a', lines: [1, -1] }] } },
      /bad entry/,
    ],
  ])('rejects %s with a message naming the source', (_what, value, message) => {
    expect(() => parseBaseline(value, 'cache entry k')).toThrow(message);
    expect(() => parseBaseline(value, 'cache entry k')).toThrow(/cache entry k/);
  });
});

describe('coverageOf', () => {
  it("gives the model parseBaseline made while validating, and a new baseline's model made now", () => {
    const parsed = parseBaseline(JSON.parse(JSON.stringify(baseline)), 'file.json');
    const data = coverageOf(parsed, 'file.json');
    // The same object each time: the validation's model, not a second deserialization.
    expect(coverageOf(parsed, 'file.json')).toBe(data);
    expect(data).toEqual(deserializeCoverage(baseline.coverage, 'file.json'));
    expect([...(data.files.get('src/a.ts')?.lines ?? [])]).toEqual([
      [1, 2],
      [3, 0],
    ]);
    const made: Baseline = JSON.parse(JSON.stringify(baseline)) as Baseline;
    expect(coverageOf(made, 'made')).toEqual(data);
    expect(coverageOf(made, 'made')).not.toBe(coverageOf(made, 'made'));
  });
});

describe('mismatchOf', () => {
  const q = { commentId: 'covgate', branch: 'main', sha: SHA };
  it('accepts the baseline that was asked for', () => {
    expect(mismatchOf(baseline, q, true)).toBeNull();
    expect(mismatchOf(baseline, { ...q, sha: 'f'.repeat(40) }, false)).toBeNull();
  });
  it('names what does not match', () => {
    expect(mismatchOf(baseline, { ...q, commentId: 'api' }, false)).toBe(
      'it belongs to comment id "covgate"',
    );
    expect(mismatchOf(baseline, { ...q, branch: 'dev' }, false)).toBe('it belongs to branch "main"');
    expect(mismatchOf(baseline, { ...q, sha: 'f'.repeat(40) }, true)).toBe(
      `it is of commit ${SHA}, not ${'f'.repeat(40)}`,
    );
  });
});
