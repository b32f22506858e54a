/**
 * One run, one count: the default coverage-files find every format a tool wrote in one run (real
 * Jest 30 with its default reporters, real c8, real pytest-cov — committed under
 * test/fixtures/coverage/), and covgate's totals must equal what the tool itself printed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { DEFAULT_COVERAGE_GLOBS } from '../src/config.js';
import { loadCoverage, type LoadedCoverage } from '../src/coverage/read.js';
import { summarizeFile, sumSummaries } from '../src/coverage/summary.js';
import type { Summary } from '../src/coverage/model.js';
import { FAKE_ROOT, FIXTURES, readFixture, readJsonFixture } from './fixtures/coverage/fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A checkout whose `coverage/` (or root, for pytest-cov) holds the reports of one tool's run. */
function checkout(reports: string, into: 'coverage' | '.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgate-one-count-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, reports), join(dir, into), { recursive: true });
  return dir;
}

async function load(dir: string, globs: string[], requireEach: boolean): Promise<LoadedCoverage> {
  return loadCoverage(globs, { cwd: dir, root: FAKE_ROOT, inputName: 'coverage-files', requireEach });
}

function totals(loaded: LoadedCoverage): Summary {
  return sumSummaries([...loaded.data.files.values()].map(summarizeFile));
}

/** "All files | 92 | 81.48 | 93.75 | 92.42 |" from Jest's printed text table. */
function jestTable(): { statements: number; branches: number; functions: number; lines: number } {
  const row = readFixture('js-app/reports/jest-all/text-table.txt')
    .split('\n')
    .find((l) => l.startsWith('All files'));
  const [statements, branches, functions, lines] = (row ?? '').split('|').slice(1, 5).map(Number);
  return {
    statements: statements ?? NaN,
    branches: branches ?? NaN,
    functions: functions ?? NaN,
    lines: lines ?? NaN,
  };
}

describe('one run, one count', () => {
  it('Jest 30 default reporters: reads coverage-final.json once, ignores lcov.info, equals Jest’s table', async () => {
    const dir = checkout('js-app/reports/jest-all', 'coverage');
    const loaded = await load(dir, DEFAULT_COVERAGE_GLOBS, false);
    expect(loaded.files.map((f) => f.slice(dir.length + 1))).toEqual(['coverage/coverage-final.json']);
    expect(loaded.notes).toEqual([
      'read coverage/coverage-final.json (istanbul); ignored coverage/lcov.info (lcov): the same run in another format, which would count every file twice',
    ]);
    const t = totals(loaded);
    expect({
      statements: t.statements?.pct,
      branches: t.branches?.pct,
      functions: t.functions?.pct,
      lines: t.lines.pct,
    }).toEqual(jestTable());
  });

  it('an explicit list of both formats of one run still counts each file once', async () => {
    const dir = checkout('js-app/reports/jest-all', 'coverage');
    const both = await load(dir, ['coverage/lcov.info', 'coverage/coverage-final.json'], true);
    const one = await load(dir, ['coverage/coverage-final.json'], true);
    expect(totals(both)).toEqual(totals(one));
    expect(both.notes).toEqual([
      'coverage/lcov.info: 6 file(s) (e.g. src/cart.js) are also in istanbul reports of this list; counted once, from those',
    ]);
  });

  it('the CLI, in-process: both formats given, counted once, the note on stderr, exit by the gate', async () => {
    const dir = checkout('js-app/reports/jest-all', 'coverage');
    let out = '';
    let err = '';
    const code = await runCli(
      [
        'report',
        '--coverage',
        'coverage/lcov.info',
        'coverage/coverage-final.json',
        '--root',
        FAKE_ROOT,
        '--format',
        'json',
        '--fail-under',
        `branches=${(jestTable().branches + 0.01).toFixed(2)}`,
      ],
      dir,
      (s) => void (out += s),
      (s) => void (err += s),
    );
    expect(code).toBe(1);
    const report = JSON.parse(out) as { totals: Record<string, { pct: number }> };
    expect(report.totals.branches?.pct).toBe(jestTable().branches);
    expect(report.totals.functions?.pct).toBe(jestTable().functions);
    expect(err).toContain('covgate: note: coverage/lcov.info: 6 file(s)');
  });

  it('c8 (json, lcov, cobertura of one run): equals c8’s own coverage-summary.json', async () => {
    const dir = checkout('js-app/reports/c8-all', 'coverage');
    const loaded = await load(dir, DEFAULT_COVERAGE_GLOBS, false);
    expect(loaded.files).toHaveLength(1);
    const c8 = readJsonFixture<{ total: Record<string, { covered: number; total: number; pct: number }> }>(
      'js-app/reports/c8-all/coverage-summary.json',
    ).total;
    const t = totals(loaded);
    for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
      const ours = t[metric];
      expect([metric, ours?.covered, ours?.total, ours?.pct]).toEqual([
        metric,
        c8[metric]?.covered,
        c8[metric]?.total,
        c8[metric]?.pct,
      ]);
    }
  });

  it('pytest-cov coverage.xml: equals coverage.py’s own totals', async () => {
    const dir = checkout('py-app/reports/branch', '.');
    const loaded = await load(dir, DEFAULT_COVERAGE_GLOBS, false);
    const header =
      /lines-valid="(\d+)" lines-covered="(\d+)".*branches-valid="(\d+)" branches-covered="(\d+)"/.exec(
        readFixture('py-app/reports/branch/coverage.xml'),
      );
    const total = /^TOTAL\s+(\d+)\s+(\d+)/m.exec(readFixture('py-app/reports/branch/coverage-report.txt'));
    const t = totals(loaded);
    expect([t.lines.total, t.lines.covered]).toEqual([
      Number(total?.[1]),
      Number(total?.[1]) - Number(total?.[2]),
    ]);
    expect([t.lines.total, t.lines.covered, t.branches?.total, t.branches?.covered]).toEqual(
      header?.slice(1, 5).map(Number),
    );
  });
});
