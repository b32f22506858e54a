/**
 * covgate against coverage.py's own answers for the pytest project test/fixtures/python-app, from
 * the recordings record.mjs made with real pytest-cov and PostgreSQL (so this runs on machines
 * without Python): the TOTAL and pytest-cov's `--cov-fail-under` verdict, `coverage report -m`
 * line for line, partial branches = coverage.py's missing branches, and unit + rest merged =
 * one full run = `coverage combine`.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/analysis/build-report.js';
import { countInexactBranchMerges, mergeCoverage } from '../src/coverage/merge.js';
import type { CoverageData } from '../src/coverage/model.js';
import { parseCoverage } from '../src/coverage/read.js';
import { deserializeCoverage, serializeCoverage } from '../src/coverage/serialize.js';
import { renderCoveragePyTable } from '../src/report/coverage-py-table.js';
import { renderLogTable } from '../src/report/text.js';
import { readRecorded, RECORDED_ROOT, type CoveragePyJson } from './support/python-app.js';
import { withLineMaps } from './support/coverage-totals.js';

const read = (run: string): CoverageData =>
  parseCoverage(readRecorded(`${run}/coverage.xml`), `${run}/coverage.xml`, { root: RECORDED_ROOT }).data;
const json = (run: string): CoveragePyJson =>
  JSON.parse(readRecorded(`${run}/coverage.json`)) as CoveragePyJson;
const report = (data: CoverageData, spec: { name: 'total'; required: number }[] = []) =>
  buildReport({ head: data, base: null, changes: null, thresholds: spec });

describe('python-app: one full pytest --cov-branch run', () => {
  const full = read('full');
  const own = json('full');

  it('has total = coverage.py TOTAL (statements + branches), exactly', () => {
    const t = own.totals;
    const total = report(full).totals.total;
    expect(total?.covered).toBe(t.covered_lines + t.covered_branches);
    expect(total?.total).toBe(t.num_statements + t.num_branches);
    expect(((total?.covered ?? 0) * 100) / (total?.total ?? 1)).toBe(t.percent_covered);
  });

  it('passes and fails `total=` exactly where pytest-cov --cov-fail-under does', () => {
    const verdicts = JSON.parse(readRecorded('cov-fail-under.json')) as {
      pytestCovExitStatus: Record<string, number>;
    };
    expect(Object.keys(verdicts.pytestCovExitStatus).length).toBeGreaterThanOrEqual(2);
    for (const [required, status] of Object.entries(verdicts.pytestCovExitStatus)) {
      const passed = report(full, [{ name: 'total', required: Number(required) }]).passed;
      expect(passed, `total=${required}`).toBe(status === 0);
    }
  });

  it('prints `coverage report -m` line for line in the log', () => {
    expect(renderCoveragePyTable(full)).toBe(readRecorded('full/coverage-report.txt'));
    expect(renderLogTable(report(full), full)).toBe(readRecorded('full/coverage-report.txt'));
  });

  it("names as partial lines exactly coverage.py's missing branches of lines that ran", () => {
    for (const file of report(full).files) {
      const mine = (file.partialLines ?? []).flatMap((p) =>
        (p.missing ?? []).map((d) => [p.line, d === 'exit' ? 'exit' : Number(d)]),
      );
      const theirs = (own.files[file.path]?.missing_branches ?? [])
        .filter(([from]) => !(own.files[file.path]?.missing_lines ?? []).includes(from))
        .map(([from, to]) => [from, to < 0 ? 'exit' : to]);
      expect(mine, file.path).toEqual(theirs);
    }
  });
});

describe('python-app: unit-command + rest-command merged', () => {
  const unit = read('unit');
  const rest = read('rest');
  const merged = mergeCoverage([unit, rest]);

  it('equals the one full run in every file and metric, and coverage combine', () => {
    const one = report(read('full'));
    const both = report(merged);
    expect(both.totals).toEqual(one.totals);
    expect(both.files).toEqual(one.files);
    expect(renderCoveragePyTable(merged)).toBe(readRecorded('combined/coverage-report.txt'));
    // The halves took different arcs of `if total > 50` (pricing.py:24): only by destination is it 2/2.
    const shipping = merged.files.get('app/pricing.py')?.branches?.get('24');
    expect([unit, rest].map((d) => d.files.get('app/pricing.py')?.branches?.get('24')?.missing)).toEqual([
      ['25'],
      ['26'],
    ]);
    expect(shipping?.missing).toEqual([]);
    expect(shipping?.hits.filter((h) => h > 0)).toHaveLength(2);
    expect(countInexactBranchMerges([unit, rest])).toBe(0);
  });

  it('keeps the destinations through a stored baseline', () => {
    const back = deserializeCoverage(JSON.parse(JSON.stringify(serializeCoverage(merged))), 'baseline');
    expect(withLineMaps(back)).toEqual(withLineMaps(merged));
  });
});
