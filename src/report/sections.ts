/**
 * The parts of the comment and job summary that are about the whole run: verdict, totals, patch
 * coverage, thresholds, provenance. Each returns Markdown; untrusted text is escaped here.
 */
import { METRICS, type MetricName } from '../coverage/model.js';
import type { FullReport, ThresholdResult } from '../analysis/types.js';
import type { Provenance, RenderContext } from './context.js';
import { compareNullable, compareText, fitLines, lazyRows, type Measure } from './budget.js';
import { escapeMarkdown, escapeMarkdownCode, truncateEnd, truncateMiddle } from './escape.js';
import { NONE, formatCounts, formatDelta, formatInteger, formatNumber, formatPct } from './format.js';

/** Longest untrusted name or message shown, in code points (before escaping). */
export const MAX_TEXT = 300;
/** The comment id that needs no mention in the heading. */
const DEFAULT_COMMENT_ID = 'covgate';

const METRIC_LABELS: Record<MetricName, string> = {
  lines: 'Lines',
  statements: 'Statements',
  functions: 'Functions',
  branches: 'Branches',
};

/** The verdict shown: the outcome's when given, else the gate held and nothing else failed. */
export function isPassing(report: FullReport, ctx: RenderContext): boolean {
  return ctx.passed ?? (report.passed && ctx.errors.length === 0);
}

/** The verdict heading, with the comment id when it is not the default. */
export function renderHeading(passed: boolean, commentId: string): string {
  const id = commentId === DEFAULT_COMMENT_ID ? '' : ` · ${escapeMarkdown(truncateEnd(commentId, 100))}`;
  return passed ? `### ✅ Coverage check passed${id}` : `### ❌ Coverage check failed${id}`;
}

/** Heading with the verdict, and a line with the key figures. */
export function renderHeadline(report: FullReport, ctx: RenderContext): string {
  const heading = renderHeading(isPassing(report, ctx), ctx.commentId);
  const lines = `Lines **${formatPct(report.totals.lines.pct)}**`;
  const delta = report.delta ? ` (${formatDelta(report.delta.lines)})` : '';
  return `${heading}\n\n${lines}${delta} · Patch **${describePatchShort(report)}**`;
}

function describePatchShort(report: FullReport): string {
  const patch = report.patch;
  if (patch === null || patch.pct === null) return 'unknown';
  if (patch.total === 0) return 'N/A';
  return formatPct(patch.pct);
}

/** Why the check failed: each failed threshold, then each error; as a bullet list within `budget`. */
export function renderReasons(
  report: FullReport,
  ctx: RenderContext,
  budget: number,
  measure: Measure,
): string {
  const failed = sortThresholds(report.thresholds).filter((t) => !t.ok);
  const reasons: Array<ThresholdResult | string> = [...failed, ...ctx.errors];
  const rows = lazyRows(reasons, (r) =>
    typeof r === 'string'
      ? `- ❌ ${escapeMarkdown(truncateEnd(r, MAX_TEXT))}`
      : `- ❌ ${describeThreshold(r).reason}`,
  );
  return fitLines([], rows, (n) => `- … and ${formatInteger(n)} more`, budget, measure);
}

/** Base / Head / Δ per metric, and a sentence saying what the base is. */
export function renderTotals(report: FullReport, ctx: RenderContext): string {
  const rows = ['| Metric | Base | Head | Δ |', '|:--|--:|--:|--:|'];
  for (const metric of METRICS) {
    const head = report.totals[metric];
    const base = report.base?.totals[metric] ?? null;
    if (head === null && base === null) continue;
    const delta = report.delta ? formatDelta(report.delta[metric]) : NONE;
    rows.push(`| ${METRIC_LABELS[metric]} | ${formatCounts(base)} | ${formatCounts(head)} | ${delta} |`);
  }
  rows.push(...renderTotalRow(report));
  return `${rows.join('\n')}\n\n${describeBase(report, ctx.provenance)}`;
}

/** coverage.py's TOTAL (statements + branches), when the report has branch data to add. */
function renderTotalRow(report: FullReport): string[] {
  const head = report.totals.total ?? null;
  if (head === null || report.totals.branches === null) return [];
  const base = report.base?.totals.total ?? null;
  const delta = base === null ? NONE : formatDelta(Math.round((head.pct - base.pct) * 100) / 100 + 0);
  return [`| Total (statements + branches) | ${formatCounts(base)} | ${formatCounts(head)} | ${delta} |`];
}

function shortSha(sha: string): string {
  return escapeMarkdownCode(truncateEnd(sha, 40).slice(0, 7));
}

function describeBase(report: FullReport, p: Provenance): string {
  const text = p.note ? escapeMarkdown(truncateEnd(p.note, MAX_TEXT).replace(/\.$/, '')) : null;
  if (report.base === null) {
    // Stores word their reasons "no baseline: …"; the sentence already says so.
    const why = text?.replace(/^no baseline: /i, '');
    return why ? `No baseline to compare with (${why}).` : 'No baseline to compare with.';
  }
  const note = text ? ` Note: ${text}.` : '';
  if (p.baselineSource === 'file') {
    const sha = p.baselineSha ? ` (commit ${shortSha(p.baselineSha)})` : '';
    return `Compared with the base coverage report given as a file${sha}.${note}`;
  }
  const baseline = p.baselineSha ? ` ${shortSha(p.baselineSha)}` : '';
  if (p.baselineExact) return `Compared with the baseline${baseline} of the PR's base commit.${note}`;
  const prBase = p.baseSha ? ` ${shortSha(p.baseSha)}` : '';
  return (
    `⚠️ Compared with the nearest baseline${baseline} of the base branch, not the PR's base commit${prBase}: ` +
    `the deltas may include changes merged into the base branch since.${note}`
  );
}

/** Patch coverage in one line: covered/total, N/A, or unknown with the reason. */
export function renderPatch(report: FullReport): string {
  const patch = report.patch;
  const note = report.patchNote ? escapeMarkdown(truncateEnd(report.patchNote, MAX_TEXT)) : null;
  if (patch === null) return `**Patch coverage:** unknown — ${note ?? 'no diff of the changes is available'}`;
  if (patch.pct === null) return `**Patch coverage:** unknown — ${note ?? 'the diff is incomplete'}`;
  if (patch.total === 0) return '**Patch coverage:** N/A — no executable changed lines';
  const counts = `${formatInteger(patch.covered)}/${formatInteger(patch.total)} changed executable lines`;
  const branches = report.patchBranches ? ` · changed branches ${formatCounts(report.patchBranches)}` : '';
  return `**Patch coverage:** ${formatPct(patch.pct)} (${counts})${branches}`;
}

function thresholdRank(name: string): number {
  const metric = METRICS.indexOf(name as MetricName);
  if (metric >= 0) return metric;
  if (name === 'total') return 3.5;
  if (name === 'patch') return 4;
  if (name === 'max-drop') return 5;
  return name.startsWith('file:') ? 7 : 6;
}

/** Failing first, then metrics, patch, max-drop, others, files; then by name. Input order is irrelevant. */
export function sortThresholds(thresholds: readonly ThresholdResult[]): ThresholdResult[] {
  return thresholds
    .map((t) => ({ t, rank: thresholdRank(t.name) }))
    .sort(
      (a, b) =>
        Number(a.t.ok) - Number(b.t.ok) ||
        a.rank - b.rank ||
        compareText(a.t.name, b.t.name) ||
        a.t.required - b.t.required ||
        compareNullable(a.t.actual, b.t.actual),
    )
    .map((item) => item.t);
}

interface ThresholdText {
  label: string;
  required: string;
  actual: string;
  reason: string;
}

/**
 * Human text of one threshold. `max-drop` is read as: `required` = the largest allowed drop and
 * `actual` = the drop (base − head, points); the others as percentages.
 */
export function describeThreshold(t: ThresholdResult): ThresholdText {
  const required = formatNumber(t.required);
  if (t.name === 'max-drop') {
    const actual = t.actual === null ? 'unknown' : `${formatNumber(t.actual)} pts`;
    const reason =
      t.actual === null
        ? `Line coverage change vs base is unknown (allowed drop ${required} pts)`
        : `Line coverage dropped by ${formatNumber(t.actual)} pts, more than the allowed ${required}`;
    return { label: 'Max drop (lines)', required: `≤ ${required} pts`, actual, reason };
  }
  const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
  let label: string;
  let subject: string;
  if (t.name.startsWith('file:')) {
    const path = escapeMarkdown(truncateMiddle(t.name.slice('file:'.length), MAX_TEXT));
    label = `File ${path} (lines)`;
    subject = `File ${path}: line coverage`;
  } else {
    const known =
      METRIC_LABELS[t.name as MetricName] ??
      (t.name === 'patch' ? 'Patch' : t.name === 'total' ? 'Total (statements + branches)' : undefined);
    label = known ?? escapeMarkdown(truncateEnd(t.name, MAX_TEXT));
    subject = `${label} coverage`;
  }
  const note = t.note === undefined ? '' : `: ${escapeMarkdown(truncateEnd(t.note, MAX_TEXT))}`;
  const reason =
    t.actual === null
      ? `${subject} is unknown (required ${required}%)${note}`
      : `${subject} ${actual} is below the required ${required}%`;
  return { label, required: `≥ ${required}%`, actual, reason };
}

/** Thresholds with pass/fail, failing first, within `budget`. */
export function renderThresholds(
  report: FullReport,
  budget: number,
  measure: Measure,
  moreNote: string,
): string {
  const rows = lazyRows(sortThresholds(report.thresholds), (t) => {
    const text = describeThreshold(t);
    return `| ${text.label} | ${text.required} | ${text.actual} | ${t.ok ? '✅ pass' : '❌ fail'} |`;
  });
  const head = ['#### Thresholds', '', '| Threshold | Required | Actual | Result |', '|:--|--:|--:|:-:|'];
  const table = fitLines(
    head,
    rows,
    (n) => `\n… and ${formatInteger(n)} more thresholds${moreNote}`,
    budget,
    measure,
  );
  return table + renderRatchet(report.thresholds);
}

/** The seed's ratchet advice: thresholds that passed with room, and the next step for each. */
function renderRatchet(thresholds: readonly ThresholdResult[]): string {
  const steps = thresholds.filter((t) => t.suggested !== undefined && t.actual !== null);
  if (steps.length === 0) return '';
  const items = steps.map(
    (t) =>
      `${t.name} ${formatPct(t.actual ?? 0)} — \`fail-under: ${t.name}=${formatNumber(t.required)}\` could be ${formatNumber(t.suggested ?? 0)}`,
  );
  return `\n\n💡 Room to ratchet: ${items.join('; ')}.`;
}

/** Head, base and baseline commits, and whether the baseline is the exact base. */
export function renderProvenanceLines(p: Provenance): string {
  const sha = (value: string | null): string =>
    value ? escapeMarkdownCode(truncateEnd(value, 64)) : 'unknown';
  const lines = [`- Head commit: ${sha(p.headSha)}`, `- PR base commit: ${sha(p.baseSha)}`];
  if (p.baselineSource === 'none') {
    lines.push('- Baseline: none — no baseline, so coverage is not compared with the base.');
  } else if (p.baselineSource === 'file') {
    lines.push(`- Baseline: ${sha(p.baselineSha)} from a file (\`base-coverage\` / \`--base\`).`);
  } else {
    const exact = p.baselineExact
      ? 'the exact PR base commit'
      : '**not the exact PR base commit** — the newest baseline of the base branch was used instead';
    lines.push(`- Baseline: ${sha(p.baselineSha)} from the baseline store (Actions cache); ${exact}.`);
  }
  if (p.note) lines.push(`- Note: ${escapeMarkdown(truncateEnd(p.note, MAX_TEXT))}`);
  return lines.join('\n');
}
