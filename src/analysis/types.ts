/**
 * The JSON report of CONTRACT.md ("The JSON report"). `covgate report --format json` prints it and
 * the action writes it to the file behind the `report-json` output. Field names are public.
 */
import type { Counts, MetricName } from '../coverage/model.js';

/** Totals in report form: `lines` always, the others `null` where the format lacks them. */
export interface ReportTotals {
  lines: Counts;
  statements: Counts | null;
  functions: Counts | null;
  branches: Counts | null;
}

/** One file of the head report. */
export interface ReportFile {
  path: string;
  lines: Counts;
  statements: Counts | null;
  functions: Counts | null;
  branches: Counts | null;
  /** Executable lines with zero hits, ascending. */
  missingLines: number[];
}

/** Patch coverage of one changed file. */
export interface PatchFile {
  path: string;
  covered: number;
  total: number;
  uncoveredLines: number[];
}

/** Patch coverage: changed executable lines covered / changed executable lines. */
export interface PatchCoverage {
  covered: number;
  total: number;
  /** `null` when unknown (diff truncated/unavailable) — never reported as 100. */
  pct: number | null;
  files: PatchFile[];
}

/** One evaluated threshold. `name` is a metric, `patch`, `file:<path>` or `max-drop`. */
export interface ThresholdResult {
  name: string;
  required: number;
  actual: number | null;
  ok: boolean;
}

/** Deltas of head minus base in percentage points (two decimals); `null` where either side lacks it. */
export type ReportDelta = Record<MetricName, number | null>;

/** The whole JSON report. Extra keys may be added; these may not change. */
export interface Report {
  totals: ReportTotals;
  files: ReportFile[];
  base: { totals: ReportTotals } | null;
  delta: ReportDelta | null;
  patch: PatchCoverage | null;
  thresholds: ThresholdResult[];
  passed: boolean;
}
