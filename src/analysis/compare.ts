/**
 * Head versus base: total deltas and which files changed coverage (added, removed, touched by the
 * PR, or changed indirectly). Pure.
 */
import { compareText } from '../coverage/paths.js';
import { METRICS, type Counts } from '../coverage/model.js';
import type { ChangeSet } from '../diff/model.js';
import type { BaseSummaries } from './base-summaries.js';
import type { FileDelta, ReportDelta, ReportFile, ReportTotals } from './types.js';

/**
 * Difference of two displayed percentages in points, computed on integer hundredths so that equal
 * numbers give exactly 0 and the delta always equals what a reader subtracts from the shown values.
 */
function subtractPct(head: Counts | null, base: Counts | null): number | null {
  if (head === null || base === null) return null;
  return (Math.round(head.pct * 100) - Math.round(base.pct * 100)) / 100;
}

/** head − base per metric in points; `null` for a metric either side lacks. */
export function computeDelta(head: ReportTotals, base: ReportTotals): ReportDelta {
  return {
    lines: subtractPct(head.lines, base.lines),
    statements: subtractPct(head.statements, base.statements),
    functions: subtractPct(head.functions, base.functions),
    branches: subtractPct(head.branches, base.branches),
  };
}

const EMPTY_DELTA: ReportDelta = { lines: null, statements: null, functions: null, branches: null };

function sameCounts(a: ReportTotals, b: ReportTotals): boolean {
  for (const m of METRICS) {
    const x = a[m];
    const y = b[m];
    if (x === null || y === null) {
      if (x !== y) return false;
    } else if (x.covered !== y.covered || x.total !== y.total) {
      return false;
    }
  }
  return true;
}

/** Paths the diff touched, head and previous names alike; `null` when no diff is known. */
function touchedPaths(changes: ChangeSet | null): Set<string> | null {
  if (changes === null) return null;
  const touched = new Set<string>();
  for (const f of changes.files) {
    touched.add(f.path);
    if (f.previousPath !== null) touched.add(f.previousPath);
  }
  return touched;
}

/** Sort key: the worst lines delta first; added and removed files (no delta) after the changes. */
function compareDeltas(a: FileDelta, b: FileDelta): number {
  const da = a.delta.lines ?? Number.POSITIVE_INFINITY;
  const db = b.delta.lines ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return compareText(a.path, b.path);
}

/** The four counts of a row (a row also carries its path and lines, which a delta does not show). */
function totalsOf(row: ReportTotals): ReportTotals {
  const { lines, statements, functions, branches } = row;
  return { lines, statements, functions, branches };
}

/** The first index of `rows` (sorted by path) whose path is not before `path`. */
function lowerBound(rows: readonly ReportFile[], path: string, from = 0): number {
  let low = from;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareText(rows[mid]?.path ?? '', path) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** lowerBound from `from`, stepping first: the next path is usually a row or two ahead. */
function seek(rows: readonly ReportFile[], path: string, from: number): number {
  const before = (at: number): boolean => at < rows.length && compareText(rows[at]?.path ?? '', path) < 0;
  let at = from;
  for (let step = 0; step < 4 && before(at); step++) at++;
  return before(at) ? lowerBound(rows, path, at) : at;
}

/** Whether `path` is one of `rows` (sorted by path): a binary search, no index of every path. */
function hasRow(rows: readonly ReportFile[], path: string): boolean {
  return rows[lowerBound(rows, path)]?.path === path;
}

/**
 * Files whose coverage differs between base and head, worst lines delta first, from the head's
 * rows (sorted by path) and the base's per-file summaries. A renamed file is compared with its old
 * name in the base. A file the diff did not touch (or every file, when no diff is known) whose
 * counts changed is `indirect`.
 */
export function compareFiles(
  head: readonly ReportFile[],
  base: BaseSummaries,
  changes: ChangeSet | null,
): FileDelta[] {
  const touched = touchedPaths(changes);
  const renamedFrom = new Map<string, string>();
  for (const f of changes?.files ?? []) {
    if (f.previousPath !== null && base.has(f.previousPath) && !hasRow(head, f.previousPath)) {
      renamedFrom.set(f.path, f.previousPath);
    }
  }
  const pairedBase = new Set(renamedFrom.values());
  const out: FileDelta[] = [];
  for (const row of head) {
    const { path } = row;
    const baseTotals = base.get(renamedFrom.get(path) ?? path);
    if (baseTotals === undefined) {
      out.push({ path, kind: 'added', base: null, head: totalsOf(row), delta: EMPTY_DELTA });
    } else if (!sameCounts(row, baseTotals)) {
      const kind = touched?.has(path) ? 'changed' : 'indirect';
      out.push({
        path,
        kind,
        base: baseTotals,
        head: totalsOf(row),
        delta: computeDelta(row, baseTotals),
      });
    }
  }
  // The base's paths come in path order too: one walk along the rows finds each (a path out of
  // order is searched for from the start).
  let cursor = 0;
  let last = '';
  for (const path of base.keys()) {
    cursor = compareText(path, last) < 0 ? lowerBound(head, path) : seek(head, path, cursor);
    last = path;
    if (pairedBase.has(path) || head[cursor]?.path === path) continue;
    const baseTotals = base.get(path);
    if (baseTotals !== undefined) {
      out.push({ path, kind: 'removed', base: baseTotals, head: null, delta: EMPTY_DELTA });
    }
  }
  return out.sort(compareDeltas);
}
