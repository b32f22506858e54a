/**
 * The components table of the comment and the job summary: one row per monorepo component (and
 * "other"), with its totals, delta against the base, patch coverage and its own thresholds.
 */
import type { ComponentResult } from '../analysis/components.js';
import type { FullReport } from '../analysis/types.js';
import { fitLines, lazyRows, type Measure } from './budget.js';
import { escapeMarkdown, truncateEnd } from './escape.js';
import { NONE, formatCounts, formatDelta, formatInteger, formatNumber, formatPct } from './format.js';

const HEAD = [
  '| Component | Files | Lines | Δ Lines | Branches | Patch | Thresholds |',
  '|:--|--:|--:|--:|--:|--:|:--|',
];

function describePatch(patch: ComponentResult['patch']): string {
  if (patch === null) return 'unknown';
  if (patch.total === 0) return 'N/A';
  if (patch.pct === null) return 'unknown';
  return `${formatPct(patch.pct)} (${formatInteger(patch.covered)}/${formatInteger(patch.total)})`;
}

/** `✅ lines ≥ 85%` per threshold, failing ones with their actual value; `—` when there are none. */
function describeThresholds(c: ComponentResult): string {
  if (c.thresholds.length === 0) return NONE;
  return c.thresholds
    .map((t) => {
      const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
      return t.ok
        ? `✅ ${escapeMarkdown(t.name)} ≥ ${formatNumber(t.required)}%`
        : `❌ ${escapeMarkdown(t.name)} ${actual} < ${formatNumber(t.required)}%`;
    })
    .join('<br>');
}

/** The "Components" section, within `budget`; '' when no component is configured. */
export function renderComponentsTable(report: FullReport, budget: number, measure: Measure): string {
  const components = report.components;
  if (components === undefined) return '';
  const rows = lazyRows(Object.entries(components), ([name, c]) => {
    const label = escapeMarkdown(truncateEnd(name, 100));
    const delta = c.delta === null ? NONE : formatDelta(c.delta.lines);
    return (
      `| ${label} | ${formatInteger(c.files)} | ${formatCounts(c.totals.lines)} | ${delta} | ` +
      `${formatCounts(c.totals.branches)} | ${describePatch(c.patch)} | ${describeThresholds(c)} |`
    );
  });
  return fitLines(
    ['#### Components', '', ...HEAD],
    rows,
    (n) => `\n… and ${formatInteger(n)} more components`,
    budget,
    measure,
  );
}
