/**
 * Per-file and per-phase tables as lists of rows, sorted with explicit tie-breakers so the same data
 * renders the same way whatever order it arrived in. The caller fits them into its size budget.
 */
import { percent } from '../coverage/summary.js';
import type { FileDelta, FullReport, PatchFile, ReportFile } from '../analysis/types.js';
import type { PhaseResult, TestResults } from './context.js';
import { describePartialLine } from './partial-lines.js';
import { compareNullable, compareText, lazyRows, type Rows } from './budget.js';
import { escapeMarkdown, escapeMarkdownCode, truncateEnd, truncateMiddle } from './escape.js';
import {
  NONE,
  formatCounts,
  formatDelta,
  formatDuration,
  formatFileLink,
  formatInteger,
  formatLinkedRanges,
  formatPct,
  type LinkTarget,
} from './format.js';
import { MAX_TEXT } from './sections.js';

/** Longest path shown, in code points (the link still points at the full path). */
const MAX_PATH = 200;

/** Header lines of the changed-files table. */
export const CHANGED_FILES_HEAD = [
  '| File | Patch | Lines | Δ Lines | Uncovered changed lines |',
  '|:--|--:|--:|--:|:--|',
];

/** Header lines of the other-changes table. */
export const OTHER_CHANGES_HEAD = [
  '| File | Change | Lines | Δ Lines | Δ Branches |',
  '|:--|:--|--:|--:|--:|',
];

/** Header lines of the all-files table. */
export const ALL_FILES_HEAD = [
  '| File | Lines | Statements | Functions | Branches | Missing lines |',
  '|:--|--:|--:|--:|--:|:--|',
];

/** Distinct line numbers; the usual already-ascending list is counted without building a Set. */
export function countDistinct(lines: readonly number[]): number {
  for (let i = 1; i < lines.length; i += 1) {
    if ((lines[i] ?? 0) <= (lines[i - 1] ?? 0)) return new Set(lines).size;
  }
  return lines.length;
}

/** Changed files with executable changed lines, worst first (most uncovered changed lines, then path). */
export function sortPatchFiles(report: FullReport): PatchFile[] {
  const items = (report.patch?.files ?? [])
    .filter((f) => f.total > 0)
    .map((f) => ({ f, uncovered: countDistinct(f.uncoveredLines) }));
  items.sort(
    (a, b) =>
      b.uncovered - a.uncovered ||
      compareText(a.f.path, b.f.path) ||
      a.f.total - b.f.total ||
      a.f.covered - b.f.covered,
  );
  return items.map((item) => item.f);
}

/** Number of changed files that have no executable changed line (docs, config …). */
export function countNonExecutableChanges(report: FullReport): number {
  return (report.patch?.files ?? []).filter((f) => f.total === 0).length;
}

function indexByPath<T extends { path: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.path)) map.set(item.path, item);
  return map;
}

/** Lookups the changed-files rows need: head files and coverage changes by path. */
export interface ChangedFilesIndex {
  files: Map<string, ReportFile>;
  changes: Map<string, FileDelta>;
  hasBase: boolean;
}

/** Builds the lookups once per render. */
export function indexChangedFiles(report: FullReport): ChangedFilesIndex {
  return {
    files: indexByPath(report.files),
    changes: indexByPath(report.fileChanges),
    hasBase: report.base !== null,
  };
}

/** Rows of the changed-files table: patch coverage, head line coverage, delta, linked uncovered ranges. */
export function buildChangedFileRows(
  sorted: readonly PatchFile[],
  index: ChangedFilesIndex,
  target: LinkTarget | null,
  maxRanges: number,
): Rows {
  return lazyRows(sorted, (f) => {
    const link = formatFileLink(f.path, truncateMiddle(f.path, MAX_PATH), target);
    const patch = `${formatPct(percent(f.covered, f.total))} (${formatInteger(f.covered)}/${formatInteger(f.total)})`;
    const head = index.files.get(f.path);
    const lines = head ? formatPct(head.lines.pct) : NONE;
    const change = index.changes.get(f.path);
    let delta = NONE;
    if (change?.kind === 'added') delta = 'new';
    else if (change) delta = formatDelta(change.delta.lines);
    else if (index.hasBase) delta = formatDelta(0);
    const partial = (f.partialLines ?? []).slice(0, maxRanges).map(describePartialLine);
    const more = (f.partialLines?.length ?? 0) > partial.length ? ', …' : '';
    const partly = partial.length > 0 ? `partly: ${partial.join(', ')}${more}` : '';
    const uncovered = f.uncoveredLines.length > 0 || partly === '';
    const ranges =
      (uncovered ? formatLinkedRanges(f.path, f.uncoveredLines, target, maxRanges) : '') +
      (uncovered && partly !== '' ? '; ' : '') +
      partly;
    return `| ${link} | ${patch} | ${lines} | ${delta} | ${ranges} |`;
  });
}

/** Coverage changes not shown in the changed-files table (indirect, removed …), worst delta first. */
export function selectOtherChanges(report: FullReport): FileDelta[] {
  const shown = new Set((report.patch?.files ?? []).filter((f) => f.total > 0).map((f) => f.path));
  return report.fileChanges
    .filter((d) => !shown.has(d.path))
    .sort(
      (a, b) =>
        compareNullable(a.delta.lines, b.delta.lines) ||
        compareText(a.path, b.path) ||
        compareText(a.kind, b.kind),
    );
}

/** Rows of the other-changes table. */
export function buildOtherChangeRows(changes: readonly FileDelta[], target: LinkTarget | null): Rows {
  return lazyRows(changes, (d) => {
    const display = truncateMiddle(d.path, MAX_PATH);
    const file = d.kind === 'removed' ? escapeMarkdown(display) : formatFileLink(d.path, display, target);
    const lines = d.head ? formatCounts(d.head.lines) : d.kind;
    return `| ${file} | ${d.kind} | ${lines} | ${formatDelta(d.delta.lines)} | ${formatDelta(d.delta.branches)} |`;
  });
}

/** Rows of the all-files table (job summary), by path. */
export function buildAllFileRows(report: FullReport, target: LinkTarget | null, maxRanges: number): Rows {
  const sorted = [...report.files].sort((a, b) => compareText(a.path, b.path));
  return lazyRows(sorted, (f) => {
    const link = formatFileLink(f.path, truncateMiddle(f.path, MAX_PATH), target);
    const metrics = [f.lines, f.statements, f.functions, f.branches].map(formatCounts).join(' | ');
    return `| ${link} | ${metrics} | ${formatLinkedRanges(f.path, f.missingLines, target, maxRanges)} |`;
  });
}

const PHASE_LABELS: Record<PhaseResult['name'], string> = { unit: 'Unit', full: 'Full', rest: 'Rest' };

/** The outcome of a phase in a few words. */
export function describePhaseOutcome(p: PhaseResult): string {
  if (p.skipped) return '⏭️ skipped (an earlier phase failed)';
  if (p.timedOut) return '⏱️ timed out';
  if (p.signal) return `❌ killed by ${escapeMarkdown(truncateEnd(p.signal, 40))}`;
  if (p.exitCode === 0) return '✅ passed';
  if (p.exitCode === null) return '❌ did not finish';
  return `❌ exit ${p.exitCode}`;
}

/** `Unit`, or `Unit · shard 1` after a merge of shards. */
function phaseLabel(p: { name: PhaseResult['name']; shard?: string | undefined }): string {
  const shard = p.shard === undefined ? '' : ` · ${escapeMarkdown(truncateEnd(p.shard, 100))}`;
  return `${PHASE_LABELS[p.name]}${shard}`;
}

function formatTests(t: { passed: number; failed: number; skipped: number }): string {
  return `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped`;
}

/**
 * Rows of the test-phase table, in the order the phases ran; after a merge of shards, a last row
 * sums the tests of every shard.
 */
export function buildPhaseRows(phases: readonly PhaseResult[]): string[] {
  const rows = phases.map((p) => {
    const command = escapeMarkdownCode(truncateEnd(p.command, MAX_TEXT), { inTable: true });
    const duration = p.skipped ? NONE : formatDuration(p.durationMs);
    const t = p.tests;
    const tests = t
      ? `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped${describeSkips(t)}`
      : NONE;
    return `| ${phaseLabel(p)} | ${command} | ${describePhaseOutcome(p)} | ${duration} | ${tests} |`;
  });
  const shards = new Set(phases.map((p) => p.shard).filter((s) => s !== undefined));
  const counted = phases.filter((p) => p.tests !== null);
  if (shards.size === 0 || counted.length === 0) return rows;
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const p of counted) {
    sum.passed += p.tests?.passed ?? 0;
    sum.failed += p.tests?.failed ?? 0;
    sum.skipped += p.tests?.skipped ?? 0;
  }
  rows.push(`| **All ${formatInteger(shards.size)} shards** | | | | ${formatTests(sum)} |`);
  return rows;
}

/** ` — TEST_DATABASE_URL is not set` (one reason) or ` — reason (3), other (1)`; at most three. */
function describeSkips(t: TestResults): string {
  const reasons = t.skipReasons ?? [];
  if (t.skipped === 0 || reasons.length === 0) return '';
  const text = (r: string): string => escapeMarkdown(truncateEnd(r, 120));
  if (reasons.length === 1 && reasons[0]?.count === t.skipped) return ` — ${text(reasons[0].reason)}`;
  const shown = reasons.slice(0, 3).map((r) => `${text(r.reason)} (${formatInteger(r.count)})`);
  return ` — ${shown.join(', ')}${reasons.length > 3 ? ', …' : ''}`;
}

/** Header lines of the test-phase table. */
export const PHASES_HEAD = ['| Phase | Command | Result | Duration | Tests |', '|:--|:--|:--|--:|:--|'];

/** One list item per failed test: phase, name, file and first line of the message. */
export function buildFailureRows(phases: readonly PhaseResult[]): Rows {
  const failures = phases.flatMap((p) =>
    (p.tests?.failures ?? []).map((f) => ({ phase: { name: p.name, shard: p.shard }, ...f })),
  );
  return lazyRows(failures, (f) => {
    const file = f.file ? ` (${escapeMarkdown(truncateMiddle(f.file, MAX_PATH))})` : '';
    const message = f.message ? `: ${escapeMarkdown(truncateEnd(f.message, MAX_TEXT))}` : '';
    return `- ${phaseLabel(f.phase)} · ${escapeMarkdown(truncateEnd(f.name, MAX_TEXT))}${file}${message}`;
  });
}
