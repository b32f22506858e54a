/**
 * Thresholds: parsing the `fail-under` family of inputs and deciding them with integer maths, so a
 * displayed 84.99 never passes an 85 gate and 85 exactly never fails it.
 */
import { compareText } from '../coverage/paths.js';
import type { Threshold } from '../config.js';
import { METRICS, type CoverageData, type Counts, type MetricName } from '../coverage/model.js';
import { InputError } from '../errors.js';
import type { PatchCoverage, ReportDelta, ReportFile, ReportTotals, ThresholdResult } from './types.js';

const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;
const NAMES: readonly Threshold['name'][] = [...METRICS, 'total', 'patch'];
/** Ratchet steps are multiples of this many points. */
const RATCHET_STEP = 5;

/** Percent as an integer number of hundredths (85.5 -> 8550), exact for up to two decimals. */
function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/**
 * Parses a percentage (0–100, up to two decimals). Throws an InputError naming the input, the
 * value and what to write instead.
 */
export function parsePercent(value: string, inputName: string): number {
  const text = value.trim();
  const match = PERCENT.exec(text);
  if (!match || Number(text) > 100) {
    throw new InputError(
      `${inputName}: '${value}' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. 85`,
    );
  }
  return Number(text);
}

/**
 * Parses `fail-under`: either one number (total lines) or a list such as
 * `lines=85, branches=80, functions=80, statements=85, patch=90` (commas or new lines between).
 * An empty spec means no thresholds.
 */
export function parseFailUnder(spec: string, inputName: string): Threshold[] {
  const parts = spec
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 1 && !parts[0]?.includes('=')) {
    return [{ name: 'lines', required: parsePercent(parts[0] ?? '', inputName) }];
  }
  const seen = new Map<Threshold['name'], number>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (eq < 0) {
      throw new InputError(
        `${inputName}: '${part}' has no '='; write metric=percent pairs such as 'lines=85, patch=90', or one number for lines`,
      );
    }
    const metric = NAMES.find((n) => n === name);
    if (metric === undefined) {
      throw new InputError(
        `${inputName}: unknown metric '${name}' in '${part}'; use one of ${NAMES.join(', ')}`,
      );
    }
    if (seen.has(metric)) {
      throw new InputError(`${inputName}: '${metric}' is given twice in '${spec.trim()}'; keep one`);
    }
    const raw = part.slice(eq + 1).trim();
    try {
      seen.set(metric, parsePercent(raw, inputName));
    } catch {
      throw new InputError(
        `${inputName}: '${part}' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. ${metric}=85`,
      );
    }
  }
  return NAMES.filter((n) => seen.has(n)).map((name) => ({ name, required: seen.get(name) ?? 0 }));
}

/**
 * True when covered/total is at least `required` percent, decided on integers:
 * covered * 10000 >= required_in_hundredths * total. Nothing measurable (total 0) passes, as
 * istanbul counts it 100%.
 */
export function meetsThreshold(covered: number, total: number, required: number): boolean {
  if (total <= 0) return true;
  return covered * 10000 >= toHundredths(required) * total;
}

/**
 * True when head lines coverage dropped by no more than `maxDrop` points against base, decided on
 * integers: hc/ht >= bc/bt - maxDrop/100, i.e. hc*bt*10000 >= bc*ht*10000 - maxDrop_hundredths*ht*bt.
 * BigInt because the products of line counts overflow doubles on big repositories.
 */
export function meetsMaxDrop(
  head: { covered: number; total: number },
  base: { covered: number; total: number },
  maxDrop: number,
): boolean {
  // Nothing measurable counts as fully covered, like percent().
  const [hc, ht] = head.total > 0 ? [BigInt(head.covered), BigInt(head.total)] : [1n, 1n];
  const [bc, bt] = base.total > 0 ? [BigInt(base.covered), BigInt(base.total)] : [1n, 1n];
  const drop = BigInt(toHundredths(maxDrop));
  return hc * bt * 10000n >= bc * ht * 10000n - drop * ht * bt;
}

/** What the gate looks at. */
export interface GateInput {
  totals: ReportTotals;
  files: ReportFile[];
  base: ReportTotals | null;
  delta: ReportDelta | null;
  patch: PatchCoverage | null;
  thresholds: Threshold[];
  failUnderFile?: number | undefined;
  maxDrop?: number | undefined;
  /** What the head report came from, to name the fix when a gated metric has no data. */
  source?: Pick<CoverageData, 'formats' | 'producer'> | undefined;
}

/** How to get a metric the report lacks, for the tool that wrote it. */
function describeMissingMetric(metric: MetricName, source: GateInput['source']): string {
  const formats = source?.formats ?? [];
  if (metric === 'branches') {
    if (source?.producer === 'coverage.py' || formats.includes('cobertura')) {
      return 'the report has no branch data: run pytest with --cov-branch (or set [run] branch = True in .coveragerc); other Cobertura writers: turn on their branch coverage';
    }
    return "the report has no branch data: turn on the tool's branch coverage (lcov/geninfo: --rc branch_coverage=1; istanbul, c8, Jest and Vitest always write it)";
  }
  if (metric === 'functions') {
    return 'the report has no function data (coverage.py does not measure functions); gate lines, branches or total instead';
  }
  if (metric === 'statements') {
    return 'the report has no statement data (lcov and Cobertura count lines); gate lines or total instead';
  }
  return 'the report has no line data';
}

/**
 * The next ratchet step for a threshold that passed: the next multiple of {@link RATCHET_STEP}
 * above `required` when the actual coverage already meets it, else undefined.
 */
export function suggestNextStep(
  counts: Pick<Counts, 'covered' | 'total'>,
  required: number,
): number | undefined {
  if (counts.total <= 0) return undefined;
  const next = Math.min(100, (Math.floor(required / RATCHET_STEP) + 1) * RATCHET_STEP);
  return next > required && meetsThreshold(counts.covered, counts.total, next) ? next : undefined;
}

/** One threshold's result, with the fix when it has no data and the next step when it has room. */
function evaluateMetric(
  name: Threshold['name'],
  counts: Counts | null,
  required: number,
  source: GateInput['source'],
): ThresholdResult {
  if (counts === null) {
    const note =
      name === 'total' || name === 'patch'
        ? 'the report has no line data'
        : describeMissingMetric(name, source);
    return { name, required, actual: null, ok: false, note };
  }
  const ok = meetsThreshold(counts.covered, counts.total, required);
  const result: ThresholdResult = { name, required, actual: counts.pct, ok };
  const suggested = ok ? suggestNextStep(counts, required) : undefined;
  if (suggested !== undefined) result.suggested = suggested;
  return result;
}

/**
 * Evaluates every threshold, in the order lines, statements, functions, branches, total, patch,
 * file:*, max-drop. `total` passes exactly when pytest-cov's `--cov-fail-under` would: it compares
 * the exact ratio (not `coverage report --fail-under`'s value rounded to display precision).
 *
 * - A metric the report does not carry fails (`actual: null`) with a `note` naming the fix for the
 *   tool that wrote it: the user asked for a gate that cannot be checked, and passing it silently
 *   would be a false pass.
 * - A threshold that passes with room carries `suggested`, the next ratchet step.
 * - Patch coverage that is unknown (no diff, or a partial one) or N/A (no executable changed line)
 *   passes with `actual: null`; the report's `patchNote` says why. Blocking every huge PR on a number
 *   nobody can compute would be a false failure; the comment shows "unknown", never 100%.
 * - `fail-under-file` adds one `file:<path>` result per failing file (worst first); when every file
 *   holds, a single `file:*` result carries the lowest file percentage, so big repositories do not
 *   get thousands of rows.
 * - `max-drop` without a base passes with `actual: null` (nothing to compare against).
 */
export function evaluateGate(input: GateInput): ThresholdResult[] {
  const results: ThresholdResult[] = [];
  const byName = new Map(input.thresholds.map((t) => [t.name, t.required]));
  for (const metric of [...METRICS, 'total'] as const) {
    const required = byName.get(metric);
    if (required === undefined) continue;
    const counts = metric === 'total' ? (input.totals.total ?? null) : input.totals[metric];
    results.push(evaluateMetric(metric, counts, required, input.source));
  }
  const patchRequired = byName.get('patch');
  if (patchRequired !== undefined) {
    const patch = input.patch;
    results.push(
      patch === null || patch.pct === null
        ? { name: 'patch', required: patchRequired, actual: null, ok: true }
        : evaluateMetric('patch', { ...patch, pct: patch.pct }, patchRequired, input.source),
    );
  }
  // A loop, not push(...spread): one row per file can be a million rows.
  if (input.failUnderFile !== undefined) {
    for (const row of evaluateFiles(input.files, input.failUnderFile)) results.push(row);
  }
  if (input.maxDrop !== undefined) {
    const ok = input.base === null || meetsMaxDrop(input.totals.lines, input.base.lines, input.maxDrop);
    // `actual` is the drop itself (base − head, points; negative when coverage rose), read against
    // `required`, the largest drop allowed. `0 - x` keeps an unchanged total at 0, not -0.
    const delta = input.delta?.lines ?? null;
    results.push({
      name: 'max-drop',
      required: input.maxDrop,
      actual: delta === null ? null : 0 - delta,
      ok,
    });
  }
  return results;
}

function evaluateFiles(files: ReportFile[], required: number): ThresholdResult[] {
  const failing = files
    .filter((f) => !meetsThreshold(f.lines.covered, f.lines.total, required))
    .sort((a, b) => a.lines.pct - b.lines.pct || compareText(a.path, b.path))
    .map((f) => ({ name: `file:${f.path}`, required, actual: f.lines.pct, ok: false }));
  if (failing.length > 0) return failing;
  const lowest = files.reduce<number | null>(
    (min, f) => (min === null || f.lines.pct < min ? f.lines.pct : min),
    null,
  );
  return [{ name: 'file:*', required, actual: lowest, ok: true }];
}

/**
 * The `fail-under` value one ratchet step up: every metric threshold as given, those with room
 * raised to their suggestion (`lines=90, branches=80`); '' when no threshold has room.
 */
export function suggestFailUnder(results: readonly ThresholdResult[]): string {
  const gated = results.filter((r) => (NAMES as readonly string[]).includes(r.name));
  if (!gated.some((r) => r.suggested !== undefined)) return '';
  return gated.map((r) => `${r.name}=${r.suggested ?? r.required}`).join(', ');
}
