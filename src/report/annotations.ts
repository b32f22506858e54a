/**
 * Annotations on uncovered changed lines — only changed lines, so a PR is never flooded with warnings
 * about code it did not touch. The caller applies GitHub's caps and batching.
 */
import type { FullReport, PatchFile } from '../analysis/types.js';
import { compareText } from './budget.js';
import { toLineRanges } from './format.js';
import { describePartialAnnotation } from './partial-lines.js';

/**
 * GitHub shows at most 10 annotations of each type (warning, error, notice) per step when they are
 * created with workflow commands (`::warning file=…`); later ones are dropped silently.
 */
export const WORKFLOW_ANNOTATION_LIMIT = 10;

/** The Checks API accepts at most 50 annotations per create/update request; more need several requests. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;

/** One annotation, in the shape both workflow commands and the Checks API can take. */
export interface Annotation {
  /** Repo-relative path with `/`. */
  path: string;
  startLine: number;
  endLine: number;
  title: string;
  message: string;
  level: 'warning' | 'failure' | 'notice';
}

/** Uncovered changed lines per path; a path listed twice (should not happen) is merged, not doubled. */
function collectUncovered(files: readonly PatchFile[]): Map<string, Set<number>> {
  const byPath = new Map<string, Set<number>>();
  for (const file of files) {
    const lines = byPath.get(file.path) ?? new Set<number>();
    for (const line of file.uncoveredLines) lines.add(line);
    byPath.set(file.path, lines);
  }
  return byPath;
}

/** `Line 40 is …` / `Lines 10–12 are …`. */
function describeRange(start: number, end: number): string {
  return start === end
    ? `Line ${start} is not covered by tests`
    : `Lines ${start}–${end} are not covered by tests`;
}

/**
 * One warning per range of consecutive uncovered changed lines, worst files first (most uncovered
 * changed lines, then path), ranges in line order. Same report, same list, whatever the input order.
 */
export function buildAnnotations(report: FullReport): Annotation[] {
  const files = [...collectUncovered(report.patch?.files ?? [])]
    .filter(([, lines]) => lines.size > 0)
    .sort(([pathA, a], [pathB, b]) => b.size - a.size || compareText(pathA, pathB));
  const annotations: Annotation[] = [];
  for (const [path, lines] of files) {
    for (const [start, end] of toLineRanges([...lines])) {
      annotations.push({
        path,
        startLine: start,
        endLine: end,
        title: start === end ? 'Uncovered changed line' : 'Uncovered changed lines',
        message: describeRange(start, end),
        level: 'warning',
      });
    }
  }
  annotations.push(...buildPartialAnnotations(report.patch?.files ?? []));
  return annotations;
}

/** One notice-level warning per changed line that ran with a branch never taken, after the uncovered ones. */
function buildPartialAnnotations(files: readonly PatchFile[]): Annotation[] {
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  return sorted.flatMap((f) =>
    (f.partialLines ?? []).map((p) => ({
      path: f.path,
      startLine: p.line,
      endLine: p.line,
      title: 'Partly covered changed line',
      message: describePartialAnnotation(p),
      level: 'warning' as const,
    })),
  );
}
