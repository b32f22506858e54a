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
function countValues(hits: { size: number; values(): Iterable<number> }): Counts {
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

/**
 * coverage.py's TOTAL: (covered statements + covered branch outcomes) / (statements + outcomes).
 * Statements are istanbul's statements where the format has them, else executable lines (which is
 * what coverage.py's statements are). Without branch data it is the statement/line coverage.
 */
export function totalCounts(summary: Summary): Counts {
  const units = summary.statements ?? summary.lines;
  const branches = summary.branches ?? { covered: 0, total: 0 };
  return makeCounts(units.covered + branches.covered, units.total + branches.total);
}

/**
 * The one empty list of lines that {@link missingLines} and {@link partialLines} return: most files
 * of a big report have none, and an empty array per file and list costs 64 MB at a million files.
 * Frozen, so that a push into it fails loudly instead of adding a line to every file.
 */
const NONE: never[] = [];
Object.freeze(NONE);

/** Executable lines with zero hits, ascending. */
export function missingLines(file: FileCoverage): number[] {
  let out: number[] | null = null;
  let ascending = true;
  let previous = -Infinity;
  for (const [line, hits] of file.lines) {
    if (hits !== 0) continue;
    if (!(line > previous)) ascending = false;
    previous = line;
    (out ??= []).push(line);
  }
  if (out === null) return NONE;
  // Readers add lines in file order, so the sort is rarely needed. The copy has the list's exact
  // size: a push leaves room for 16 more (~150 bytes a file that misses one line, in every row).
  return (ascending ? out : out.sort((a, b) => a - b)).slice();
}

/** A line whose code ran but left some branch outcome untaken (coverage.py's "partial"). */
export interface PartialLine {
  line: number;
  /** Branch outcomes of the line taken, and in all. */
  taken: number;
  total: number;
  /** coverage.py: the untaken destinations (`"50"`, `"exit"`), in the report's order. */
  missing?: string[];
  /** Other formats: the untaken outcomes, numbered from 1 in the producer's order. */
  untaken?: number[];
}

/**
 * The partial lines of a file, ascending. A line counts when it ran (its line hits, or for a line
 * without an entry one of its outcomes, are non-zero) and one outcome of its branch points did not;
 * a line that never ran is a missing line already. Several branch points on one line (istanbul) are numbered in sequence.
 */
export function partialLines(file: FileCoverage): PartialLine[] {
  if (file.branches === null || file.branches.size === 0) return NONE;
  const byLine = new Map<number, BranchHit[]>();
  for (const br of file.branches.values()) {
    const list = byLine.get(br.line);
    if (list) list.push(br);
    else byLine.set(br.line, [br]);
  }
  const out: PartialLine[] = [];
  for (const [line, points] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const hits = points.flatMap((p) => p.hits);
    const taken = hits.filter((h) => h > 0).length;
    const lineHits = file.lines.get(line);
    const ran = lineHits === undefined ? taken > 0 : lineHits > 0;
    if (!ran || taken === hits.length) continue;
    const missing = points.every((p) => p.missing !== undefined)
      ? points.flatMap((p) => p.missing ?? [])
      : null;
    const partial: PartialLine = { line, taken, total: hits.length };
    if (missing !== null) partial.missing = missing;
    else partial.untaken = hits.flatMap((h, i) => (h > 0 ? [] : [i + 1]));
    out.push(partial);
  }
  return out.length === 0 ? NONE : out;
}
