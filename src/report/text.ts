/**
 * Plain-text renderings for logs and `covgate report --format text`: a pytest-cov style
 * "term-missing" table and a few lines on deltas, patch coverage and thresholds. Pure.
 */
import { setImmediate } from 'node:timers/promises';
import { METRICS, type CoverageData, type Counts } from '../coverage/model.js';
import type { FullReport, Report, ReportDelta, ThresholdResult } from '../analysis/types.js';
import { renderCoveragePyTable } from './coverage-py-table.js';
import { istanbulTableLines } from './istanbul-table.js';
import { formatRange, toLineRanges } from './format.js';
import { describePartialLine } from './partial-lines.js';

/** Collapses line numbers into ranges: [12, 13, 14, 15, 40] -> "12-15, 40". */
export function formatLineRanges(lines: readonly number[]): string {
  return toLineRanges(lines).map(formatRange).join(', ');
}

function formatPct(pct: number): string {
  return `${pct}%`;
}

/**
 * The term-missing table's lines (without line ends): Name, Stmts (executable lines), Miss, Cover,
 * Missing, with a TOTAL row, like `pytest --cov-report=term-missing`. Made one at a time: the
 * column widths are measured first, so a million-file table is never a million rows at once.
 */
function* termMissingLines(report: Report): Generator<string> {
  const t = report.totals.lines;
  const total = ['TOTAL', String(t.total), String(t.total - t.covered), formatPct(t.pct), ''];
  const header = ['Name', 'Stmts', 'Miss', 'Cover', 'Missing'];
  const widths = [0, 1, 2, 3].map((c) => Math.max((header[c] ?? '').length, (total[c] ?? '').length));
  const widen = (c: number, text: string): void => {
    widths[c] = Math.max(widths[c] ?? 0, text.length);
  };
  for (const f of report.files) {
    widen(0, f.path);
    widen(1, String(f.lines.total));
    widen(2, String(f.lines.total - f.lines.covered));
    widen(3, formatPct(f.lines.pct));
  }
  const gaps = ['', '   ', '   ', '  '];
  const format = (r: string[]): string =>
    [
      (r[0] ?? '').padEnd(widths[0] ?? 0),
      ...[1, 2, 3].map((c) => (gaps[c] ?? '') + (r[c] ?? '').padStart(widths[c] ?? 0)),
      r[4] ? `   ${r[4]}` : '',
    ]
      .join('')
      .trimEnd();
  const rule = '-'.repeat(format(header).length);
  yield format(header);
  yield rule;
  for (const f of report.files) {
    yield format([
      f.path,
      String(f.lines.total),
      String(f.lines.total - f.lines.covered),
      formatPct(f.lines.pct),
      formatLineRanges(f.missingLines),
    ]);
  }
  yield rule;
  yield format(total);
}

/** The term-missing table ({@link termMissingLines}), ending with a newline. */
export function renderTermMissing(report: Report): string {
  return joinLines(termMissingLines(report));
}

/**
 * The lines of the table for the log: the producing tool's own layout — coverage.py's
 * `coverage report -m` for its reports, istanbul's `text` reporter columns for istanbul JSON and
 * lcov (`istanbulColumns`, the action's log) — else the term-missing table.
 */
export function logTableLines(
  report: Report,
  head?: CoverageData,
  options: { istanbulColumns?: boolean } = {},
): Iterable<string> {
  if (head?.producer === 'coverage.py') return renderCoveragePyTable(head).slice(0, -1).split('\n');
  const istanbulLike = head !== undefined && head.formats.every((f) => f === 'istanbul' || f === 'lcov');
  if (options.istanbulColumns === true && istanbulLike && head.files.size > 0)
    return istanbulTableLines(head, report.files);
  return termMissingLines(report);
}

/** The table for the log ({@link logTableLines}), ending with a newline. */
export function renderLogTable(
  report: Report,
  head?: CoverageData,
  options: { istanbulColumns?: boolean } = {},
): string {
  return joinLines(logTableLines(report, head, options));
}

/** Lines joined into one text ending with a newline. */
function joinLines(lines: Iterable<string>): string {
  return [...lines].join('\n') + '\n';
}

/** Size of the pieces {@link lineBatches} makes: few writes, never one giant string. */
const BATCH = 1 << 16;

/**
 * `lines` in pieces of about 64 kB of whole lines joined by `\n` (no line end after a piece's last
 * line), made as they are taken: a million-row table reaches the log without being one string.
 */
export function* lineBatches(lines: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const line of lines) {
    pending.push(line);
    size += line.length + 1;
    if (size >= BATCH) {
      yield pending.join('\n');
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield pending.join('\n');
}

/**
 * Writes `pieces` one by one, letting the event loop turn after each: a write to a pipe (stdout, the
 * runner's log) holds its text until it does, so a loop of writes would hold the whole output
 * (270 MB of JSON for a million files).
 */
export async function writeInTurns(pieces: Iterable<string>, write: (s: string) => void): Promise<void> {
  for (const piece of pieces) {
    write(piece);
    await setImmediate();
  }
}

function formatCounts(c: Counts | null): string {
  return c === null ? 'n/a' : `${c.pct}% (${c.covered}/${c.total})`;
}

function formatSigned(n: number | null): string {
  if (n === null) return 'n/a';
  return n > 0 ? `+${n}` : String(n);
}

function formatDelta(delta: ReportDelta): string {
  return METRICS.map((m) => `${m} ${formatSigned(delta[m])}`).join(', ');
}

function formatThreshold(t: ThresholdResult): string {
  const actual = t.actual === null ? 'unknown' : String(t.actual);
  const note = t.note === undefined ? '' : `: ${t.note}`;
  const next = t.suggested === undefined ? '' : `; could be ${t.suggested}`;
  return `  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} >= ${t.required} (actual ${actual}${next})${note}`;
}

function renderPatch(report: FullReport): string[] {
  const patch = report.patch;
  if (patch === null) return ['Patch: no diff given'];
  const head =
    patch.pct === null
      ? `Patch: ${report.patchNote ?? 'unknown'} (${patch.covered}/${patch.total} changed lines covered)`
      : `Patch: ${patch.pct}% (${patch.covered}/${patch.total} changed lines covered)`;
  const lines = [head];
  if (report.patchBranches !== null) lines.push(`Patch branches: ${formatCounts(report.patchBranches)}`);
  for (const f of patch.files) {
    const partial = (f.partialLines ?? []).map(describePartialLine);
    const parts = [...(f.uncoveredLines.length > 0 ? [formatLineRanges(f.uncoveredLines)] : []), ...partial];
    if (parts.length > 0) lines.push(`  ${f.path}: ${parts.join(', ')}`);
  }
  return lines;
}

/**
 * The whole report as text: the log table ({@link renderLogTable}), totals, base delta, patch and
 * thresholds.
 */
export function renderText(report: FullReport, head?: CoverageData): string {
  return joinLines(textLines(report, head));
}

/** The lines of {@link renderText}, the log table's made one at a time. */
export function* textLines(report: FullReport, head?: CoverageData): Generator<string> {
  // Every table's last line is right-trimmed already (a rule or the TOTAL row), so the table is
  // followed by one blank line, as the whole table trimmed at its end would be.
  yield* logTableLines(report, head);
  yield '';
  const out: string[] = [];
  const total = report.totals.total ?? null;
  out.push(
    `Totals: ${METRICS.map((m) => `${m} ${formatCounts(report.totals[m])}`).join(', ')}` +
      (total === null ? '' : `, total ${formatCounts(total)}`),
  );
  if (report.base !== null && report.delta !== null) {
    out.push(
      `Base: ${METRICS.map((m) => `${m} ${formatCounts(report.base?.totals[m] ?? null)}`).join(', ')}`,
    );
    out.push(`Delta (points): ${formatDelta(report.delta)}`);
    for (const f of report.fileChanges) {
      out.push(
        `  ${f.kind} ${f.path}${f.delta.lines === null ? '' : ` lines ${formatSigned(f.delta.lines)}`}`,
      );
    }
  } else {
    out.push('Base: none');
  }
  out.push(...renderPatch(report));
  if (report.thresholds.length > 0) {
    out.push('Thresholds:', ...report.thresholds.map(formatThreshold));
  }
  out.push(report.passed ? 'Result: passed' : 'Result: FAILED');
  yield* out;
}
