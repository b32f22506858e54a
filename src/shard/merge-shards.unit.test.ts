import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_ROOT, readFixture, readJsonFixture } from '../../test/fixtures/coverage/fixtures.js';
import type { CoverageData } from '../coverage/model.js';
import { parseCoverage } from '../coverage/read.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';
import type { PhaseResult } from '../report/context.js';
import { mergeShards } from './merge-shards.js';
import { parseShardFile, shardFileName, writeShardFile, type Shard } from './shard-file.js';
import { resolveShardName } from './shard-name.js';

const SHA = 'a'.repeat(40);
const read = (rel: string): CoverageData => parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT }).data;
const phase = (exitCode: number, passed: number): PhaseResult => ({
  name: 'full',
  command: 'npm test',
  exitCode,
  signal: null,
  timedOut: false,
  skipped: false,
  durationMs: 10,
  tests: { passed, failed: exitCode === 0 ? 0 : 1, skipped: 0, failures: [] },
});
const shard = (name: string, coverage: CoverageData | null, extra: Partial<Shard> = {}): Shard => ({
  source: `${name}.json`,
  name,
  headSha: SHA,
  phases: [phase(0, 3)],
  failures: [],
  stoppedEarly: false,
  coverage,
  ...extra,
});

const dir = await mkdtemp(join(tmpdir(), 'covgate-shards-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('mergeShards', () => {
  const a = read('js-app/reports/c8-part-a/coverage-final.json');
  const b = read('js-app/reports/c8-part-b/coverage-final.json');
  type ToolTotals = Record<string, { covered: number; total: number }>;
  const c8All = readJsonFixture<{ total: ToolTotals }>('js-app/reports/c8-all/coverage-summary.json').total;

  it('gives the totals c8 printed for the whole suite, whatever order the shards come in', () => {
    for (const order of [
      [shard('2', b), shard('1', a)],
      [shard('1', a), shard('2', b)],
    ]) {
      const merged = mergeShards(order, 2, SHA);
      expect(merged.failures).toEqual([]);
      expect(merged.partial).toBe(false);
      const totals = summarizeTotals(merged.coverage as CoverageData);
      for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
        expect([totals[metric]?.covered, totals[metric]?.total], metric).toEqual([
          c8All[metric]?.covered,
          c8All[metric]?.total,
        ]);
      }
      expect(merged.phases.map((p) => p.shard)).toEqual(['1', '2']);
      expect(merged.shards.map((s) => [s.name, s.files, s.passed])).toEqual([
        ['1', a.files.size, true],
        ['2', b.files.size, true],
      ]);
    }
  });

  it('merges a Windows leg and a Linux leg checked out at different paths into one file', () => {
    const lcov = (path: string, hits: [number, number]): string =>
      `TN:\nSF:${path}\nDA:1,${hits[0]}\nDA:2,${hits[1]}\nLF:2\nLH:1\nend_of_record\n`;
    const windows = parseCoverage(lcov('D:\\a\\app\\app\\src\\a.js', [1, 0]), 'w.info', {
      root: 'D:\\a\\app\\app',
    }).data;
    const linux = parseCoverage(lcov('/home/runner/work/app/app/src/a.js', [0, 2]), 'l.info', {
      root: '/home/runner/work/app/app',
    }).data;
    const merged = mergeShards([shard('windows', windows), shard('linux', linux)], 2, SHA).coverage;
    expect([...(merged?.files.keys() ?? [])]).toEqual(['src/a.js']);
    expect([...(merged?.files.get('src/a.js')?.lines ?? [])]).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('fails on missing shards, failed shards, duplicates and other commits, each with its reason', () => {
    expect(mergeShards([shard('1', a)], 3, SHA)).toMatchObject({
      partial: true,
      failures: [expect.stringMatching(/^1 of 3 shards reported \(got '1'\)/)],
    });
    const failed = mergeShards(
      [shard('1', a), shard('2', null, { failures: ['unit phase failed (exit 1)'], stoppedEarly: true })],
      2,
      SHA,
    );
    expect(failed.failures).toEqual(["shard '2': unit phase failed (exit 1)"]);
    expect(failed.partial).toBe(true);
    expect(mergeShards([shard('1', a), shard('1', b)], 2, SHA).failures).toEqual([
      "shard '1' reported twice (1.json); give each leg its own shard-name",
    ]);
    const stale = mergeShards([shard('1', a), shard('2', b, { headSha: 'b'.repeat(40) })], 2, SHA);
    expect(stale.failures[0]).toMatch(
      /^shards are from different commits: aaaaaaaaaaaa \('1'\), bbbbbbbbbbbb \('2'\)/,
    );
    expect(mergeShards([shard('1', a)], 1, 'c'.repeat(40)).failures[0]).toMatch(
      /^the shards are of commit aaaaaaaaaaaa, but this run is of cccccccccccc/,
    );
    expect(mergeShards([shard('1', null)], 1, SHA).failures).toEqual([
      "shard '1' has no coverage; run its tests with coverage",
    ]);
    expect(mergeShards([], 2, SHA)).toMatchObject({ coverage: null, partial: true });
  });
});

describe('shard files', () => {
  it('round-trip through a file named after the shard, coverage included', async () => {
    const coverage = read('js-app/reports/c8-part-a/coverage-final.json');
    const path = await writeShardFile(dir, shard('unit (1, ubuntu)', coverage));
    expect(path).toBe(join(dir, shardFileName('unit (1, ubuntu)')));
    expect(shardFileName('unit (1, ubuntu)')).toMatch(/^covgate-shard-unit-1-ubuntu-[0-9a-f]{8}\.json$/);
    expect(shardFileName('a/b')).not.toBe(shardFileName('a b')); // the hash keeps legs apart
    const back = parseShardFile(await readFile(path, 'utf8'), path);
    expect(back).toMatchObject({ name: 'unit (1, ubuntu)', headSha: SHA, failures: [], stoppedEarly: false });
    expect(back.phases).toEqual([phase(0, 3)]);
    expect(summarizeTotals(back.coverage as CoverageData)).toEqual(summarizeTotals(coverage));
  });

  it('rejects anything that is not a covgate shard file with one line naming the file and field', () => {
    const good = {
      covgateShard: 1,
      name: 'x',
      headSha: SHA,
      phases: [],
      failures: [],
      stoppedEarly: false,
      coverage: null,
    };
    const cases: [unknown, RegExp][] = [
      ['not json', /s\.json is not JSON/],
      [{ ...good, covgateShard: 2 }, /has shard format 2, expected 1/],
      [{ ...good, name: '' }, /has no name/],
      [{ ...good, name: 'x\n::error::forged' }, /has a name that is not one line/],
      [{ ...good, headSha: '[click](https://evil)' }, /has a headSha that is not a commit SHA/],
      [
        { ...good, phases: [{ name: 'evil' }] },
        /is malformed: phases\[0\]\.name should be one of unit, full, rest/,
      ],
      [{ ...good, failures: [1] }, /bad "failures" list/],
      [
        { ...good, coverage: { version: 1, formats: ['istanbul'], files: [{ path: 'a', lines: [1] }] } },
        /malformed coverage/,
      ],
    ];
    for (const [value, message] of cases) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      expect(() => parseShardFile(text, 's.json')).toThrow(message);
      expect(() => parseShardFile(text, 's.json')).toThrow(/^shard-files: s\.json .*mode: shard/);
    }
  });
});

describe('resolveShardName', () => {
  it('names a leg like GitHub does: the job and its matrix values; the job id outside a matrix', () => {
    expect(resolveShardName('{\n  "shard": 2,\n  "os": "ubuntu"\n}', 'test', 'shard-name')).toBe(
      'test (2, ubuntu)',
    );
    expect(resolveShardName('{"pkg": {"dir": "api"}}', 'test', 'shard-name')).toBe('test ({"dir":"api"})');
    expect(resolveShardName('null', 'test', 'shard-name')).toBe('test');
    expect(resolveShardName('', undefined, 'shard-name')).toBe('shard');
    expect(resolveShardName(' api ', 'test', 'shard-name')).toBe('api');
    expect(() => resolveShardName('a\nb', 'test', 'shard-name')).toThrow(/^Invalid shard-name 'a b'/);
    expect(() => resolveShardName('x'.repeat(101), 'test', 'shard-name')).toThrow(/at most 100 characters/);
  });
});
