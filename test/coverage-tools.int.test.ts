/**
 * Re-runs the real coverage tools (c8, nyc, and pytest-cov when Debian's python3-pytest-cov is
 * installed) on the fixture programs into a temporary directory, then checks that covgate's
 * readers give exactly the totals each tool printed for that fresh run — and that the committed
 * fixtures are not stale (same tool versions, same numbers).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../src/coverage/model.js';
import { parseCoverage } from '../src/coverage/read.js';
import { summarizeTotals } from './support/coverage-totals.js';
import { FAKE_ROOT, FIXTURES, JS_PARTS, JS_TOOLS } from './fixtures/coverage/fixtures.js';
import { hasTool, PYTHON } from './support/tools.js';

const hasPytestCov = hasTool('pytest-cov');
const out = mkdtempSync(join(tmpdir(), 'covgate-tools-'));

beforeAll(() => {
  execFileSync(process.execPath, [join(FIXTURES, 'generate.mjs'), hasPytestCov ? 'all' : 'js', out], {
    stdio: 'pipe',
    env: { ...process.env, COVGATE_TEST_PYTHON: PYTHON },
  });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const totalsOf = (dir: string, name: string): Summary =>
  summarizeTotals(parseCoverage(readFileSync(join(dir, name), 'utf8'), name, { root: FAKE_ROOT }).data);

type ToolSummary = Record<string, Record<string, { covered: number; total: number; pct: number }>>;

describe.each(JS_TOOLS.flatMap((tool) => JS_PARTS.map((part) => [tool, part] as const)))(
  'fresh %s run (%s)',
  (tool, part) => {
    const rel = join('js-app', 'reports', `${tool}-${part}`);

    it('coverage-final.json and lcov.info totals equal the json-summary the tool just wrote', () => {
      const fresh = join(out, rel);
      const summary = (JSON.parse(readFileSync(join(fresh, 'coverage-summary.json'), 'utf8')) as ToolSummary)
        .total!;
      const json = totalsOf(fresh, 'coverage-final.json');
      for (const m of ['lines', 'statements', 'functions', 'branches'] as const) {
        expect(json[m], m).toEqual({
          covered: summary[m]!.covered,
          total: summary[m]!.total,
          pct: summary[m]!.pct,
        });
      }
      const lcov = totalsOf(fresh, 'lcov.info');
      expect({ ...lcov, statements: json.statements }).toEqual(json);
    });

    it('matches the committed fixture (regenerate it if the tool changed)', () => {
      expect(totalsOf(join(out, rel), 'coverage-final.json')).toEqual(
        totalsOf(join(FIXTURES, rel), 'coverage-final.json'),
      );
    });
  },
);

describe.skipIf(!hasPytestCov)('fresh pytest-cov runs (needs apt-get install python3-pytest-cov)', () => {
  it.each(['branch', 'lines'])('%s: coverage.xml totals equal coverage.json of the same run', (kind) => {
    const dir = join(out, 'py-app', 'reports', kind);
    const json = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as {
      totals: {
        covered_lines: number;
        num_statements: number;
        covered_branches?: number;
        num_branches?: number;
      };
    };
    const totals = totalsOf(dir, 'coverage.xml');
    expect([totals.lines.covered, totals.lines.total]).toEqual([
      json.totals.covered_lines,
      json.totals.num_statements,
    ]);
    if (kind === 'branch') {
      expect([totals.branches?.covered, totals.branches?.total]).toEqual([
        json.totals.covered_branches,
        json.totals.num_branches,
      ]);
    } else {
      expect(totals.branches).toBeNull();
    }
    const committed = join(FIXTURES, 'py-app', 'reports', kind);
    expect(totals).toEqual(totalsOf(committed, 'coverage.xml'));
  });
});
