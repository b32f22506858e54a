/**
 * Thresholds: parsing the `fail-under` family of inputs and deciding them with integer maths, so a
 * displayed 84.99 never passes an 85 gate and 85 exactly never fails it.
 */
import { compareText } from '../coverage/paths.js';
import type { Threshold } from '../config.js';
import { METRICS } from '../coverage/model.js';
import { InputError } from '../errors.js';
import type { PatchCoverage, ReportDelta, ReportFile, ReportTotals, ThresholdResult } from './types.js';

const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;
const NAMES: readonly Threshold['name'][] = [...METRICS, 'patch'];

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
}

/**
 * Evaluates every threshold, in the order lines, statements, functions, branches, patch, file:*,
 * max-drop.
 *
 * - A metric the report does not carry fails (`actual: null`): the user asked for a gate that
 *   cannot be checked, and passing it silently would be a false pass.
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
  for (const metric of METRICS) {
    const required = byName.get(metric);
    if (required === undefined) continue;
    const counts = input.totals[metric];
    results.push(
      counts === null
        ? { name: metric, required, actual: null, ok: false }
        : {
            name: metric,
            required,
            actual: counts.pct,
            ok: meetsThreshold(counts.covered, counts.total, required),
          },
    );
  }
  const patchRequired = byName.get('patch');
  if (patchRequired !== undefined) {
    const patch = input.patch;
    results.push(
      patch === null || patch.pct === null
        ? { name: 'patch', required: patchRequired, actual: null, ok: true }
        : {
            name: 'patch',
            required: patchRequired,
            actual: patch.pct,
            ok: meetsThreshold(patch.covered, patch.total, patchRequired),
          },
    );
  }
  if (input.failUnderFile !== undefined) results.push(...evaluateFiles(input.files, input.failUnderFile));
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
