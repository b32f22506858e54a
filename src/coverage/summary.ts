/**
 * Summaries from raw hit counts, computed the way istanbul-lib-coverage does so that totals equal
 * what c8/nyc/jest print for the same data (and coverage.py's counts for Cobertura input).
 */
import type { CoverageData, Counts, FileCoverage, Summary } from './model.js';

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

function addCounts(a: Counts | null, b: Counts | null): Counts | null {
  if (a === null) return b;
  if (b === null) return a;
  return makeCounts(a.covered + b.covered, a.total + b.total);
}

/**
 * Totals over all files. A metric is `null` only when no file carries it (a format without it);
 * files that lack it while others have it contribute nothing to it.
 */
export function summarizeTotals(data: CoverageData): Summary {
  let total: Summary = { lines: makeCounts(0, 0), statements: null, functions: null, branches: null };
  for (const file of data.files.values()) {
    const s = summarizeFile(file);
    total = {
      lines: addCounts(total.lines, s.lines) ?? makeCounts(0, 0),
      statements: addCounts(total.statements, s.statements),
      functions: addCounts(total.functions, s.functions),
      branches: addCounts(total.branches, s.branches),
    };
  }
  return total;
}

/** Executable lines with zero hits, ascending. */
export function missingLines(file: FileCoverage): number[] {
  const out: number[] = [];
  for (const [line, hits] of file.lines) if (hits === 0) out.push(line);
  return out.sort((a, b) => a - b);
}
