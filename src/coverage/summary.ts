/**
 * Summaries from raw hit counts, computed the way istanbul-lib-coverage does so that totals equal
 * what c8/nyc/jest print for the same data (and coverage.py's counts for Cobertura input).
 */
import {
  METRICS,
  type CoverageData,
  type Counts,
  type FileCoverage,
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

function countHits(hits: Iterable<number>): Counts {
  let covered = 0;
  let total = 0;
  for (const h of hits) {
    total += 1;
    if (h > 0) covered += 1;
  }
  return makeCounts(covered, total);
}

function* functionHits(file: FileCoverage): Iterable<number> {
  for (const fn of file.functions?.values() ?? []) yield fn.hits;
}

function* branchHits(file: FileCoverage): Iterable<number> {
  for (const br of file.branches?.values() ?? []) yield* br.hits;
}

/** Summary of one file. */
export function summarizeFile(file: FileCoverage): Summary {
  return {
    lines: countHits(file.lines.values()),
    statements: file.statements ? countHits(file.statements.values()) : null,
    functions: file.functions ? countHits(functionHits(file)) : null,
    branches: file.branches ? countHits(branchHits(file)) : null,
  };
}

type Sum = { covered: number; total: number } | null;

function addCounts(sum: Sum, c: Counts | null): Sum {
  if (c === null) return sum;
  return { covered: (sum?.covered ?? 0) + c.covered, total: (sum?.total ?? 0) + c.total };
}

/**
 * Totals of per-file summaries already made. A metric is `null` only when no file carries it (a
 * format without it); files that lack it while others have it contribute nothing to it.
 */
export function sumSummaries(summaries: Iterable<Summary>): Summary {
  const sums: Record<MetricName, Sum> = {
    lines: { covered: 0, total: 0 },
    statements: null,
    functions: null,
    branches: null,
  };
  for (const s of summaries) for (const m of METRICS) sums[m] = addCounts(sums[m], s[m]);
  const counts = (m: MetricName): Counts | null => {
    const sum = sums[m];
    return sum === null ? null : makeCounts(sum.covered, sum.total);
  };
  return {
    lines: counts('lines') ?? makeCounts(0, 0),
    statements: counts('statements'),
    functions: counts('functions'),
    branches: counts('branches'),
  };
}

/** Totals over all files, with {@link sumSummaries}' rules. */
export function summarizeTotals(data: CoverageData): Summary {
  return sumSummaries([...data.files.values()].map(summarizeFile));
}

/** Executable lines with zero hits, ascending. */
export function missingLines(file: FileCoverage): number[] {
  const out: number[] = [];
  for (const [line, hits] of file.lines) if (hits === 0) out.push(line);
  return out.sort((a, b) => a - b);
}
