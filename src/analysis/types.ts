/**
 * The JSON report of CONTRACT.md ("The JSON report"). `covgate report --format json` prints it and
 * the action writes it to the file behind the `report-json` output. Field names are public.
 */
import type { Counts, MetricName } from '../coverage/model.js';
import type { ComponentsReport } from './components.js';
import type { PartialLine } from '../coverage/summary.js';

/** Totals in report form: `lines` always, the others `null` where the format lacks them. */
export interface ReportTotals {
  lines: Counts;
  statements: Counts | null;
  functions: Counts | null;
  branches: Counts | null;
  /** coverage.py's TOTAL (statements/lines + branch outcomes); set on every report's totals. */
  total?: Counts | null;
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
  /** Lines that ran with an untaken branch outcome, ascending (CONTRACT.md `partialLines`). */
  partialLines?: PartialLine[];
}

/** Patch coverage of one changed file. */
export interface PatchFile {
  path: string;
  covered: number;
  total: number;
  uncoveredLines: number[];
  /** Changed lines that ran with an untaken branch outcome. */
  partialLines?: PartialLine[];
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
  /** Why `actual` is unknown and how to get the data (a metric the report lacks). */
  note?: string;
  /** The next ratchet step when it passed with room (e.g. 90 for `lines=85` at 95.18 %). */
  suggested?: number;
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

/** How one file's coverage changed against the base. */
export interface FileDelta {
  path: string;
  /**
   * `added`: new in head; `removed`: gone from head; `changed`: touched by the PR and its coverage
   * differs; `indirect`: not touched by the PR (or no diff known) but its coverage changed.
   */
  kind: 'added' | 'removed' | 'changed' | 'indirect';
  base: ReportTotals | null;
  head: ReportTotals | null;
  /** head − base per metric in points; `null` per metric where either side lacks it. */
  delta: ReportDelta;
}

/** The JSON report plus the analysis extras the renderers show (extra keys are allowed by the contract). */
export interface FullReport extends Report {
  /** Files whose coverage differs from the base, worst delta first. Empty without a base. */
  fileChanges: FileDelta[];
  /** Branch coverage of changed lines (formats with branch data), else `null`. */
  patchBranches: Counts | null;
  /** Why patch coverage is unknown (`null` pct), e.g. "the PR diff is larger than GitHub returns". */
  patchNote: string | null;
  /** Monorepo components (the `components` input), when configured. */
  components?: ComponentsReport;
  /** The tool that wrote the head report, when its display convention differs (coverage.py). */
  producer?: 'coverage.py';
}
