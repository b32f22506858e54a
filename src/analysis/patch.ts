/**
 * Patch coverage: the PR's added or modified lines that the report has an entry for, covered when
 * hit at least once — the definition diff-cover uses, so both tools give the same numbers. Pure.
 */
import { compareText } from '../coverage/paths.js';
import type { CoverageData, Counts } from '../coverage/model.js';
import { makeCounts, partialLines, percent } from '../coverage/summary.js';
import type { ChangeSet } from '../diff/model.js';
import type { PatchCoverage, PatchFile } from './types.js';

/** Patch coverage plus its branch counterpart and, when the percentage is unknown/N/A, why. */
export interface PatchResult {
  patch: PatchCoverage;
  patchBranches: Counts | null;
  patchNote: string | null;
}

/** The note when a diff is known to be partial and the ChangeSet does not say why. */
const INCOMPLETE_NOTE = 'patch coverage unknown: the diff of this change is incomplete';

/** The note when no changed line is executable. */
export const NOT_APPLICABLE_NOTE = 'patch coverage N/A: no changed line is executable';

/**
 * Computes patch coverage of `changes` against `head`. Files the report does not know (docs,
 * config, excluded files) and lines it has no entry for do not count. A partial diff keeps the
 * counts it could make but reports `pct: null` — never 100 — with a note.
 */
export function computePatchCoverage(head: CoverageData, changes: ChangeSet): PatchResult {
  const files: PatchFile[] = [];
  let covered = 0;
  let total = 0;
  let branchCovered = 0;
  let branchTotal = 0;
  let branchData = false;
  for (const change of changes.files) {
    const file = head.files.get(change.path);
    if (file === undefined || change.addedLines.length === 0) continue;
    const changed = new Set(change.addedLines);
    const uncoveredLines: number[] = [];
    let fileCovered = 0;
    let fileTotal = 0;
    for (const line of change.addedLines) {
      const hits = file.lines.get(line);
      if (hits === undefined) continue;
      fileTotal += 1;
      if (hits > 0) fileCovered += 1;
      else uncoveredLines.push(line);
    }
    if (file.branches !== null) {
      branchData = true;
      for (const branch of file.branches.values()) {
        if (!changed.has(branch.line)) continue;
        branchTotal += branch.hits.length;
        branchCovered += branch.hits.filter((h) => h > 0).length;
      }
    }
    if (fileTotal === 0) continue;
    const partial = partialLines(file).filter((p) => changed.has(p.line));
    const entry: PatchFile = { path: change.path, covered: fileCovered, total: fileTotal, uncoveredLines };
    if (partial.length > 0) entry.partialLines = partial;
    files.push(entry);
    covered += fileCovered;
    total += fileTotal;
  }
  files.sort((a, b) => compareText(a.path, b.path));
  let pct: number | null = percent(covered, total);
  let patchNote: string | null = null;
  if (!changes.complete) {
    pct = null;
    patchNote = changes.note ?? INCOMPLETE_NOTE;
  } else if (total === 0) {
    pct = null;
    patchNote = NOT_APPLICABLE_NOTE;
  }
  const patchBranches = branchData && branchTotal > 0 ? makeCounts(branchCovered, branchTotal) : null;
  return { patch: { covered, total, pct, files }, patchBranches, patchNote };
}
