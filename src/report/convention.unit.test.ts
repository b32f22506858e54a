import { describe, expect, it } from 'vitest';
import { buildReport } from '../analysis/build-report.js';
import { FAKE_ROOT, readFixture } from '../../test/fixtures/coverage/fixtures.js';
import { parseCoverage } from '../coverage/read.js';
import { showInToolConvention } from './convention.js';

const read = (rel: string) => parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT }).data;

describe('showInToolConvention', () => {
  it("rounds a coverage.py report's percentages like coverage.py, leaving thresholds as decided", () => {
    const report = buildReport({
      head: read('py-app/reports/branch/coverage.xml'),
      base: null,
      changes: null,
      thresholds: [{ name: 'lines', required: 82.93 }],
    });
    expect(report.producer).toBe('coverage.py');
    // 34/41 = 82.926…: istanbul floors to 82.92, coverage.py (precision 2) prints 82.93.
    expect(report.totals.lines.pct).toBe(82.92);
    const shown = showInToolConvention(report);
    expect(shown.totals.lines).toEqual({ covered: 34, total: 41, pct: 82.93 });
    // 82.93 shown against a failed 82.93 would read as met: the decided (floored) value stays.
    expect(shown.thresholds[0]).toMatchObject({ actual: 82.92, ok: false });
    const passing = buildReport({
      head: read('py-app/reports/branch/coverage.xml'),
      base: null,
      changes: null,
      thresholds: [{ name: 'lines', required: 80 }],
    });
    expect(showInToolConvention(passing).thresholds[0]).toMatchObject({ actual: 82.93, ok: true });
  });

  it('leaves istanbul and lcov reports as they are', () => {
    const report = buildReport({
      head: read('js-app/reports/c8-all/lcov.info'),
      base: null,
      changes: null,
      thresholds: [],
    });
    expect(showInToolConvention(report)).toBe(report);
  });
});
