/**
 * The common coverage model every reader produces and every analysis consumes.
 *
 * It keeps raw hit counts (not percentages) so that several reports merge by adding hits, and a
 * metric a format does not carry is `null` all the way to the JSON report.
 */
import type { LineCounts } from './line-hits.js';

/** The four metrics, in display order. */
export const METRICS = ['lines', 'statements', 'functions', 'branches'] as const;
export type MetricName = (typeof METRICS)[number];

/** covered/total and the istanbul-floored percentage (0–100, two decimals; 100 when total is 0). */
export interface Counts {
  covered: number;
  total: number;
  pct: number;
}

/** Per-metric counts; `null` where the report format has no such metric. */
export interface Summary {
  lines: Counts;
  statements: Counts | null;
  functions: Counts | null;
  branches: Counts | null;
}

/** One function as a report describes it. */
export interface FunctionHit {
  name: string;
  /** 1-based line where the function is declared. */
  line: number;
  hits: number;
}

/** One branch point (an `if`, a `?:`, a `switch` …) with a hit count per outcome. */
export interface BranchHit {
  /** 1-based line of the branch point. */
  line: number;
  /** Hits of each outcome, in the producer's order. */
  hits: number[];
  /**
   * The destinations of the outcomes never taken, when the report names them (coverage.py's
   * `missing-branches`: line numbers, `exit` for leaving the function). With them, two runs merge
   * exactly like `coverage combine`: an outcome is untaken only if untaken in both. Absent otherwise.
   */
  missing?: string[];
}

/** Coverage of one source file, keyed by repo-relative path with `/`. */
export interface FileCoverage {
  path: string;
  /**
   * Executable line (1-based) -> hit count. A line absent from it is not executable. A `Map`, or
   * the compact `LineHits` (line-hits.ts) of readers of reports that may have a million files.
   */
  lines: LineCounts;
  /** Statement id -> hits, or `null` when the format has no statements (lcov, Cobertura). */
  statements: Map<string, number> | null;
  /** Function id -> function, or `null` when the format has no function data. */
  functions: Map<string, FunctionHit> | null;
  /** Branch id -> branch, or `null` when the format has no branch data. */
  branches: Map<string, BranchHit> | null;
}

/** Which input format a report came from. */
export type CoverageFormat = 'istanbul' | 'lcov' | 'cobertura';

/** A whole (possibly merged) coverage report. */
export interface CoverageData {
  /** repo-relative path -> file coverage; iteration order is sorted by path. */
  files: Map<string, FileCoverage>;
  /** Formats that contributed to it. */
  formats: CoverageFormat[];
  /**
   * The tool that wrote every part, when covgate recognises it and it changes how numbers are
   * shown (coverage.py: its `coverage report -m` table and rounding). Absent for mixed or other tools.
   */
  producer?: 'coverage.py';
}
