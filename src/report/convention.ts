/**
 * Percentages shown the way the producing tool shows them. The JSON report keeps istanbul's
 * floored `pct` (the CONTRACT); the comment and job summary of a coverage.py report round like
 * coverage.py (`[report] precision = 2`: 95.238 → 95.24, never 100 unless complete, never 0 unless
 * nothing ran), so the numbers match what the team sees in `coverage report`. Threshold actuals
 * are rounded too, except where the rounded value would seem to meet a threshold that failed
 * (84.996 against 85 stays 84.99). Pure.
 */
import type { Counts } from '../coverage/model.js';
import type { FullReport, ReportFile, ReportTotals, ThresholdResult } from '../analysis/types.js';
import { displayCoveragePyPct } from './coverage-py-table.js';

function round(c: Counts): Counts {
  return { ...c, pct: Number(displayCoveragePyPct(c.covered, c.total, 2)) };
}
const roundOrNull = (c: Counts | null | undefined): Counts | null => (c == null ? null : round(c));

function roundTotals(t: ReportTotals): ReportTotals {
  const out: ReportTotals = {
    lines: round(t.lines),
    statements: roundOrNull(t.statements),
    functions: roundOrNull(t.functions),
    branches: roundOrNull(t.branches),
  };
  if (t.total !== undefined) out.total = roundOrNull(t.total);
  return out;
}

/** The report with its coverage percentages in the producing tool's convention, for display only. */
export function showInToolConvention(report: FullReport): FullReport {
  if (report.producer !== 'coverage.py') return report;
  return {
    ...report,
    totals: roundTotals(report.totals),
    base: report.base === null ? null : { totals: roundTotals(report.base.totals) },
    files: report.files.map((f): ReportFile => ({ ...f, ...roundTotals(f) })),
    thresholds: report.thresholds.map((t) => roundThreshold(t, report.totals)),
  };
}

/** A metric threshold's actual, rounded too — except where rounding would seem to meet a failed one. */
function roundThreshold(t: ThresholdResult, totals: ReportTotals): ThresholdResult {
  const metric = (['lines', 'statements', 'functions', 'branches', 'total'] as const).find(
    (m) => m === t.name,
  );
  const counts = metric === undefined ? null : totals[metric];
  if (counts == null || t.actual === null) return t;
  const shown = Number(displayCoveragePyPct(counts.covered, counts.total, 2));
  return !t.ok && shown >= t.required ? t : { ...t, actual: shown };
}
