/**
 * `mode: publish` never takes the verdict of the file it posts: that file was written by the pull
 * request's own run, so a fork can put anything in it. Two pure steps:
 *
 * - {@link findInconsistency}: numbers that cannot come from a real run (covered > total, negative
 *   or fractional counts, a pct that is not covered/total, a threshold row that contradicts its own
 *   numbers, `passed` contradicting the rows) make the whole report rejected — one line, no post.
 * - {@link recomputeVerdict}: the thresholds are evaluated again from the report's counts with the
 *   publish step's OWN `fail-under`/`fail-under-file`/`max-drop`; the file's `thresholds` and
 *   `passed` are discarded.
 */
import type { ComponentSpec } from './analysis/components.js';
import { evaluateGate } from './analysis/gate.js';
import type { FullReport, ReportTotals, ThresholdResult } from './analysis/types.js';
import type { Threshold } from './config.js';
import { METRICS, type Counts } from './coverage/model.js';
import { InputError } from './errors.js';
import { recomputeComponents } from './published-components.js';

/** The publish step's own gate (its inputs, never the file's). */
export interface PublishGate {
  thresholds: Threshold[];
  failUnderFile: number | undefined;
  maxDrop: number | undefined;
  /** The publish step's own `components` (their thresholds); none drops the file's component rows. */
  components?: readonly ComponentSpec[];
}

/**
 * Display precision: covgate floors to two decimals (istanbul); a producing tool may round
 * (coverage.py). Either way a shown pct is within one hundredth of the exact ratio.
 */
const PCT_SLACK = 0.01 + 1e-9;

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const isPercent = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 100;

/** Why `c` cannot be real counts, or `null`. */
function countsProblem(c: Counts, at: string): string | null {
  if (!isCount(c.covered)) return `${at}.covered (${c.covered}) is not a whole number of 0 or more`;
  if (!isCount(c.total)) return `${at}.total (${c.total}) is not a whole number of 0 or more`;
  if (c.covered > c.total) return `${at}.covered (${c.covered}) is larger than ${at}.total (${c.total})`;
  if (!isPercent(c.pct)) return `${at}.pct (${c.pct}) is not a percentage from 0 to 100`;
  // Nothing measurable: istanbul and coverage.py show 100; some tools show 0.
  if (c.total === 0)
    return c.pct === 100 || c.pct === 0 ? null : `${at}.pct (${c.pct}) should be 100 for 0 of 0`;
  const exact = (100 * c.covered) / c.total;
  return Math.abs(exact - c.pct) <= PCT_SLACK
    ? null
    : `${at}.pct (${c.pct}) is not ${at}.covered/${at}.total (${c.covered}/${c.total})`;
}

function totalsProblem(t: ReportTotals, at: string): string | null {
  for (const m of METRICS) {
    const c = t[m];
    const problem = c === null ? null : countsProblem(c, `${at}.${m}`);
    if (problem !== null) return problem;
  }
  return null;
}

/** A row whose `ok` says the opposite of its own `actual` against `required`. */
function thresholdProblem(t: ThresholdResult, at: string): string | null {
  if (!isPercent(t.required)) return `${at}.required (${t.required}) is not a percentage from 0 to 100`;
  if (t.actual === null) return null;
  if (!Number.isFinite(t.actual) || Math.abs(t.actual) > 100)
    return `${at}.actual (${t.actual}) is not a percentage`;
  // max-drop: `actual` is the drop, which must not exceed `required`; the others are minimums.
  const holds =
    t.name === 'max-drop' ? t.actual <= t.required + PCT_SLACK : t.actual >= t.required - PCT_SLACK;
  const fails = t.name === 'max-drop' ? t.actual > t.required - PCT_SLACK : t.actual < t.required + PCT_SLACK;
  if (t.ok && !holds) return `${at} says ok with actual ${t.actual} against required ${t.required}`;
  if (!t.ok && !fails) return `${at} says failed with actual ${t.actual} against required ${t.required}`;
  return null;
}

/** A delta that is not head minus base: it is shown, and `max-drop` rows quote it. */
function deltaMismatch(report: FullReport): string | null {
  const { base, delta } = report;
  if (base === null || delta === null) return null;
  for (const m of METRICS) {
    const head = report.totals[m];
    const was = base.totals[m];
    const d = delta[m];
    if (head === null || was === null || d === null || !Number.isFinite(d)) continue;
    // Both sides are shown to two decimals, so their difference is within two hundredths.
    if (Math.abs(head.pct - was.pct - d) > 2 * PCT_SLACK) {
      return `delta.${m} (${d}) is not totals.${m}.pct minus base.totals.${m}.pct (${head.pct} - ${was.pct})`;
    }
  }
  return null;
}

function filesProblem(report: FullReport): string | null {
  let covered = 0;
  let total = 0;
  for (const [i, f] of report.files.entries()) {
    const problem = totalsProblem(f, `files[${i}]`);
    if (problem !== null) return problem;
    covered += f.lines.covered;
    total += f.lines.total;
  }
  const t = report.totals.lines;
  if (report.files.length > 0 && (covered !== t.covered || total !== t.total)) {
    return `totals.lines (${t.covered}/${t.total}) is not the sum of the files' lines (${covered}/${total})`;
  }
  return null;
}

function patchProblem(report: FullReport): string | null {
  const patch = report.patch;
  if (patch === null) return null;
  // pct is null when patch coverage is unknown (no full diff): then only the counts are checked.
  const own = countsProblem({ covered: patch.covered, total: patch.total, pct: patch.pct ?? 100 }, 'patch');
  if (own !== null && (patch.pct !== null || !own.startsWith('patch.pct'))) return own;
  for (const [i, f] of patch.files.entries()) {
    const at = `patch.files[${i}]`;
    if (!isCount(f.covered) || !isCount(f.total) || f.covered > f.total)
      return `${at} has covered ${f.covered} of ${f.total}`;
  }
  return null;
}

/** Component numbers that cannot be real (their verdicts are recomputed, their numbers shown). */
function componentsProblem(report: FullReport): string | null {
  for (const [name, c] of Object.entries(report.components ?? {})) {
    const at = `components.${name}`;
    const problem =
      totalsProblem(c.totals, `${at}.totals`) ??
      (c.base === null ? null : totalsProblem(c.base, `${at}.base`)) ??
      (c.patch === null ||
      (isCount(c.patch.covered) && isCount(c.patch.total) && c.patch.covered <= c.patch.total)
        ? null
        : `${at}.patch has covered ${c.patch.covered} of ${c.patch.total}`);
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * The first reason the report cannot be one covgate wrote for a real run, as a phrase naming the
 * field and its value; `null` when it is consistent.
 */
export function findInconsistency(report: FullReport): string | null {
  const deltas = report.delta === null ? [] : METRICS.map((m) => [m, report.delta?.[m] ?? null] as const);
  const badDelta = deltas.find(([, d]) => d !== null && (!Number.isFinite(d) || Math.abs(d) > 100));
  const problem =
    totalsProblem(report.totals, 'totals') ??
    (report.base === null ? null : totalsProblem(report.base.totals, 'base.totals')) ??
    (badDelta === undefined ? null : `delta.${badDelta[0]} (${badDelta[1]}) is not a change in points`) ??
    filesProblem(report) ??
    deltaMismatch(report) ??
    patchProblem(report) ??
    (report.patchBranches === null ? null : countsProblem(report.patchBranches, 'patchBranches')) ??
    componentsProblem(report) ??
    report.thresholds.reduce<string | null>(
      (found, t, i) => found ?? thresholdProblem(t, `thresholds[${i}] (${t.name})`),
      null,
    );
  if (problem !== null) return problem;
  if (report.passed && report.thresholds.some((t) => !t.ok)) {
    return 'passed is true while a threshold row says failed';
  }
  return null;
}

/**
 * The report with `thresholds` and `passed` evaluated again from its counts with the publish step's
 * own gate. Call only on a report {@link findInconsistency} accepted.
 */
export function recomputeVerdict(report: FullReport, gate: PublishGate): FullReport {
  const thresholds = evaluateGate({
    totals: report.totals,
    files: report.files,
    base: report.base?.totals ?? null,
    delta: report.delta,
    patch: report.patch,
    thresholds: gate.thresholds,
    failUnderFile: gate.failUnderFile,
    maxDrop: gate.maxDrop,
  });
  if (report.components === undefined)
    return { ...report, thresholds, passed: thresholds.every((t) => t.ok) };
  // The file's component verdicts are discarded like its own rows (published-components.ts).
  const own = recomputeComponents(report.components, gate.components ?? []);
  const all = [...thresholds, ...own.thresholds];
  return { ...report, components: own.components, thresholds: all, passed: all.every((t) => t.ok) };
}

/**
 * What `mode: publish` posts of a report read from `file`: rejected (InputError, one line) when
 * inconsistent, else with the verdict of the publish step's own `gate`.
 */
export function trustReportNumbersOnly(report: FullReport, file: string, gate: PublishGate): FullReport {
  const problem = findInconsistency(report);
  if (problem !== null) {
    throw new InputError(
      `report-file ${file} is not a consistent covgate report: ${problem}; post only the report-json covgate wrote`,
    );
  }
  return recomputeVerdict(report, gate);
}
