/**
 * Assembles the full report from head coverage, an optional base and an optional diff. Pure: the
 * CLI and the action's pipeline both call it with data they loaded.
 */
import { compareText } from '../coverage/paths.js';
import type { Threshold } from '../config.js';
import type { CoverageData, Summary } from '../coverage/model.js';
import { missingLines, partialLines, summarizeFile, sumSummaries, totalCounts } from '../coverage/summary.js';
import type { ChangeSet } from '../diff/model.js';
import { baseSummariesOf, type BaseCoverage } from './base-summaries.js';
import { compareFiles, computeDelta } from './compare.js';
import { evaluateGate } from './gate.js';
import { computePatchCoverage } from './patch.js';
import type { FullReport, ReportFile, ReportTotals } from './types.js';

/** Everything the analysis needs. */
export interface AnalysisInput {
  /** Coverage of the code under test, already filtered by include/exclude. */
  head: CoverageData;
  /** Coverage of the base (filtered alike), or its summaries; `null` when there is no baseline. */
  base: BaseCoverage | null;
  /** The PR's changed lines, or `null` when no diff is known (push events, CLI without --diff). */
  changes: ChangeSet | null;
  thresholds: Threshold[];
  /** Minimum line coverage of every file (`fail-under-file`). */
  failUnderFile?: number | undefined;
  /** Largest allowed drop of total lines vs base, in points (`max-drop`). */
  maxDrop?: number | undefined;
}

/**
 * Per-file rows of the head report, sorted by path (in one pass: each file's hits are read while
 * they are at hand). A row carries its file's four counts, so it also serves as its summary.
 */
function toRows(data: CoverageData): ReportFile[] {
  // Made at its size: an array grown by push to a million rows leaves ~25 MB of smaller copies.
  const rows = new Array<ReportFile>(data.files.size);
  let sorted = true;
  let i = 0;
  for (const [path, file] of data.files) {
    const summary = summarizeFile(file);
    const { lines, statements, functions, branches } = summary;
    const previous = i === 0 ? undefined : rows[i - 1];
    if (previous !== undefined && !(previous.path < path)) sorted = false;
    rows[i++] = {
      path,
      lines,
      statements,
      functions,
      branches,
      missingLines: missingLines(file),
      partialLines: partialLines(file),
    };
  }
  // CoverageData iterates in path order, so the sort is rarely needed.
  if (!sorted) rows.sort((a, b) => compareText(a.path, b.path));
  return rows;
}

/** Totals with coverage.py's TOTAL added (`totals.total` of the JSON report). */
function withTotal(summary: Summary): ReportTotals {
  return { ...summary, total: totalCounts(summary) };
}

/** Builds the JSON report (CONTRACT.md) plus the extras the renderers show. */
export function buildReport(input: AnalysisInput): FullReport {
  // Each file is summarized once per side; rows, totals and the file comparison share the result.
  const files = toRows(input.head);
  const base = input.base === null ? null : baseSummariesOf(input.base);
  // A row carries its file's four counts: it sums like the summary it was made from.
  const totals = withTotal(sumSummaries(files));
  const baseTotals = base === null ? null : withTotal(sumSummaries(base.values()));
  const delta = baseTotals === null ? null : computeDelta(totals, baseTotals);
  const patchResult = input.changes === null ? null : computePatchCoverage(input.head, input.changes);
  const patch = patchResult?.patch ?? null;
  const thresholds = evaluateGate({
    totals,
    files,
    base: baseTotals,
    delta,
    patch,
    thresholds: input.thresholds,
    failUnderFile: input.failUnderFile,
    maxDrop: input.maxDrop,
    source: input.head,
  });
  return {
    totals,
    files,
    base: baseTotals === null ? null : { totals: baseTotals },
    delta,
    patch,
    thresholds,
    passed: thresholds.every((t) => t.ok),
    fileChanges: base === null ? [] : compareFiles(files, base, input.changes),
    patchBranches: patchResult?.patchBranches ?? null,
    patchNote: patchResult?.patchNote ?? null,
    ...(input.head.producer === undefined ? {} : { producer: input.head.producer }),
  };
}
