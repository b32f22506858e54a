/**
 * Summaries from raw hit counts, computed the way istanbul-lib-coverage does so that totals equal
 * what c8/nyc/jest print for the same data (and coverage.py's counts for Cobertura input).
 */
import {
  METRICS,
  type BranchHit,
  type Counts,
  type FileCoverage,
  type FunctionHit,
  type MetricName,
  type Summary,
} from './model.js';

/**
 * Percentage floored to two decimals exactly as istanbul's `percent()`; 100 when nothing is
 * measurable (istanbul's convention).
 */
export function percent(covered: number, total: number): number {
  if (total <= 0) return 100;
  return Math.floor((1000 * 100 * covered) / total / 10) / 100;
}

/** Builds a Counts value. */
export function makeCounts(covered: number, total: number): Counts {
  return { covered, total, pct: percent(covered, total) };
}

/** Counts of a map of hit counts: every entry counts, the ones hit at least once are covered. */
function countValues(hits: Map<unknown, number>): Counts {
  let covered = 0;
  for (const h of hits.values()) if (h > 0) covered += 1;
  return makeCounts(covered, hits.size);
}

function countFunctions(functions: Map<string, FunctionHit>): Counts {
  let covered = 0;
  for (const fn of functions.values()) if (fn.hits > 0) covered += 1;
  return makeCounts(covered, functions.size);
}

/** Every outcome of every branch point counts. */
function countBranches(branches: Map<string, BranchHit>): Counts {
  let covered = 0;
  let total = 0;
  for (const br of branches.values()) {
    const hits = br.hits;
    total += hits.length;
    for (let i = 0; i < hits.length; i++) if ((hits[i] ?? 0) > 0) covered += 1;
  }
  return makeCounts(covered, total);
}

/** Summary of one file. */
export function summarizeFile(file: FileCoverage): Summary {
  return {
    lines: countValues(file.lines),
    statements: file.statements ? countValues(file.statements) : null,
    functions: file.functions ? countFunctions(file.functions) : null,
    branches: file.branches ? countBranches(file.branches) : null,
  };
}

/**
 * Totals of per-file summaries already made. A metric is `null` only when no file carries it (a
 * format without it); files that lack it while others have it contribute nothing to it.
 */
export function sumSummaries(summaries: Iterable<Summary>): Summary {
  const covered: Record<MetricName, number> = { lines: 0, statements: 0, functions: 0, branches: 0 };
  const total: Record<MetricName, number> = { lines: 0, statements: 0, functions: 0, branches: 0 };
  const seen: Record<MetricName, boolean> = {
    lines: true,
    statements: false,
    functions: false,
    branches: false,
  };
  for (const s of summaries) {
    for (const m of METRICS) {
      const c = s[m];
      if (c === null) continue;
      covered[m] += c.covered;
      total[m] += c.total;
      seen[m] = true;
    }
  }
  const counts = (m: MetricName): Counts | null => (seen[m] ? makeCounts(covered[m], total[m]) : null);
  return {
    lines: makeCounts(covered.lines, total.lines),
    statements: counts('statements'),
    functions: counts('functions'),
    branches: counts('branches'),
  };
}

/** Executable lines with zero hits, ascending. */
export function missingLines(file: FileCoverage): number[] {
  const out: number[] = [];
  let ascending = true;
  let previous = -Infinity;
  for (const [line, hits] of file.lines) {
    if (hits !== 0) continue;
    if (!(line > previous)) ascending = false;
    previous = line;
    out.push(line);
  }
  // Readers add lines in file order, so the sort is rarely needed.
  return ascending ? out : out.sort((a, b) => a - b);
}
