import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { parsePublishedReport } from './published-report.js';

const counts = { covered: 3, total: 4, pct: 75 };
const totals = { lines: counts, statements: null, functions: counts, branches: null };
const minimal = {
  totals,
  files: [{ path: 'src/a.js', ...totals, missingLines: [4] }],
  base: null,
  delta: null,
  patch: {
    covered: 1,
    total: 2,
    pct: 50,
    files: [{ path: 'src/a.js', covered: 1, total: 2, uncoveredLines: [4] }],
  },
  thresholds: [{ name: 'lines', required: 80, actual: 75, ok: false }],
  passed: false,
};

describe('parsePublishedReport', () => {
  it('accepts the CONTRACT report alone, defaulting the extras', () => {
    const { report, context } = parsePublishedReport(JSON.stringify(minimal), 'r.json');
    expect(report).toEqual({ ...minimal, fileChanges: [], patchBranches: null, patchNote: null });
    expect(context).toEqual({ phases: [], provenance: null, errors: [] });
  });

  it('reads components and phases of shards, checking their shape', () => {
    const component = {
      files: 1,
      totals,
      base: null,
      delta: null,
      patch: { covered: 1, total: 2, pct: 50 },
      thresholds: [{ name: 'lines', required: 80, actual: 75, ok: false }],
      passed: false,
    };
    const phase = { name: 'full', command: 'npm test', exitCode: 0, signal: null, timedOut: false };
    const text = JSON.stringify({
      ...minimal,
      components: { api: component },
      context: { phases: [{ ...phase, skipped: false, durationMs: 5, tests: null, shard: 'test (1)' }] },
    });
    const { report, context } = parsePublishedReport(text, 'r.json');
    expect(report.components).toEqual({ api: component });
    expect(context.phases[0]?.shard).toBe('test (1)');
    const bad = JSON.stringify({ ...minimal, components: { api: { ...component, files: 'x' } } });
    expect(() => parsePublishedReport(bad, 'r.json')).toThrow(
      'report-file r.json is not a covgate report: components.api.files should be a number',
    );
  });

  it('drops keys it does not know instead of passing them on', () => {
    const { report } = parsePublishedReport(JSON.stringify({ ...minimal, evil: '<img>' }), 'r.json');
    expect('evil' in report).toBe(false);
  });

  it('reads the context a run wrote', () => {
    const context = {
      phases: [
        {
          name: 'unit',
          command: 'npm test',
          exitCode: 1,
          signal: null,
          timedOut: false,
          skipped: false,
          durationMs: 5,
          tests: { passed: 1, failed: 1, skipped: 0, failures: [{ name: 't', file: null, message: 'm' }] },
        },
      ],
      provenance: {
        headSha: 'h',
        baseSha: null,
        baselineSha: null,
        baselineExact: false,
        baselineSource: 'none',
        note: 'no baseline',
      },
      errors: ['unit phase failed (exit 1)'],
    };
    expect(parsePublishedReport(JSON.stringify({ ...minimal, context }), 'r.json').context).toEqual(context);
  });

  it.each([
    [{ ...minimal, passed: 'yes' }, 'passed should be true or false'],
    [{ ...minimal, files: [{ path: 1 }] }, 'files[0].path should be a string'],
    [
      {
        ...minimal,
        patch: { ...minimal.patch, files: [{ path: 'a', covered: 1, total: 1, uncoveredLines: ['1'] }] },
      },
      'patch.files[0].uncoveredLines[0] should be a line number (a whole number from 1)',
    ],
    [
      { ...minimal, fileChanges: [{ path: 'a', kind: 'moved', base: null, head: null, delta: {} }] },
      'fileChanges[0].kind should be one of added, removed, changed, indirect',
    ],
    [
      { ...minimal, context: { phases: [{ name: 'deploy' }] } },
      'context.phases[0].name should be one of unit, full, rest',
    ],
    [[], 'the report should be an object'],
  ])('names the bad field %#', (value, problem) => {
    expect(() => parsePublishedReport(JSON.stringify(value), 'r.json')).toThrow(
      new InputError(`report-file r.json is not a covgate report: ${problem}`),
    );
  });

  it('says when the file is not JSON', () => {
    expect(() => parsePublishedReport('{', 'r.json')).toThrow(/^report-file r\.json is not JSON \(/);
  });
});

describe('parsePublishedReport: the Python additions', () => {
  it('keeps total, partial lines, producer, gate notes and suggestions, skip reasons and failure lines', async () => {
    const { buildReport } = await import('./analysis/build-report.js');
    const { parseCoverage } = await import('./coverage/read.js');
    const { FAKE_ROOT, readFixture } = await import('../test/fixtures/coverage/fixtures.js');
    const head = parseCoverage(readFixture('py-app/reports/branch/coverage.xml'), 'coverage.xml', {
      root: FAKE_ROOT,
    }).data;
    const report = buildReport({
      head,
      base: null,
      changes: null,
      thresholds: [
        { name: 'lines', required: 75 },
        { name: 'functions', required: 50 },
      ],
    });
    expect(report.thresholds.map((t) => [t.suggested, t.note !== undefined])).toEqual([
      [80, false],
      [undefined, true],
    ]);
    const tests = {
      passed: 1,
      failed: 1,
      skipped: 4,
      failures: [{ name: 't', file: 'tests/t.py', message: 'boom', line: 14 }],
      skipReasons: [{ reason: 'TEST_DATABASE_URL is not set', count: 4 }],
    };
    const phase = {
      name: 'full',
      command: 'pytest',
      exitCode: 1,
      signal: null,
      timedOut: false,
      skipped: false,
      durationMs: 1,
      tests,
    };
    const parsed = parsePublishedReport(
      JSON.stringify({ ...report, context: { phases: [phase] } }),
      'r.json',
    );
    expect(parsed.report).toEqual(report);
    expect(parsed.report.totals.total).toEqual({ covered: 49, total: 63, pct: 77.77 });
    expect(parsed.context.phases[0]?.tests).toEqual(tests);
  });
});
