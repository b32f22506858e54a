/**
 * The comment and job summary of a run that ended without a coverage report (a failed unit phase,
 * no report written, an unreadable one): the verdict, what failed and how to fix it, and the test
 * phases — the same opening as a report's, so a red run never looks like an old green one.
 */
import type { Outcome } from '../outcome.js';
import { fitLines, lazyRows, measureBytes, measureChars, type Measure } from './budget.js';
import type { RenderContext } from './context.js';
import { escapeMarkdown, truncateEnd } from './escape.js';
import { formatInteger } from './format.js';
import { commentMarker, joinParts, pointToSummary, renderPhasesSection } from './markdown.js';
import { renderHeading, renderProvenanceLines } from './sections.js';

/** Longest failure message shown, in code points (messages list files and globs). */
const MAX_MESSAGE = 2_000;

/** Why no report was read, in words a reader of the comment needs. */
function explainMissingReport(outcome: Outcome): string {
  const kinds = new Set(outcome.failures.map((f) => f.kind));
  // mode merge: this job ran no phase; the legs did, and what is missing is their shard files.
  const shard = outcome.failures.find((f) => f.kind === 'shard-failed');
  if (shard !== undefined) return `No coverage was merged: ${escapeMarkdown(truncateEnd(shard.title, 300))}.`;
  if (outcome.phases.length === 0 && !kinds.has('no-coverage-report')) {
    return 'No test phase ran, so no coverage was read.';
  }
  if (outcome.phases.some((p) => p.name !== 'unit' && p.skipped)) {
    return 'No coverage report was read: the full phase did not run.';
  }
  if (kinds.has('unreadable-report')) return 'No coverage was counted: the report could not be read.';
  if (kinds.has('no-coverage-report')) return 'No coverage report was found, so no threshold was checked.';
  return 'No coverage report was read: the phase failed before writing one.';
}

function renderFailureList(outcome: Outcome, budget: number, measure: Measure): string {
  const rows = lazyRows(
    outcome.failures,
    (f) => `- ❌ ${escapeMarkdown(truncateEnd(f.message, MAX_MESSAGE))}`,
  );
  return fitLines([], rows, (n) => `- … and ${formatInteger(n)} more`, budget, measure);
}

/** The parts shared by the comment and the summary. */
function renderParts(outcome: Outcome, ctx: RenderContext, measure: Measure): string[] {
  return [
    renderHeading(false, ctx.commentId),
    `**${escapeMarkdown(truncateEnd(outcome.title, 300))}**`,
    renderFailureList(outcome, 20_000, measure),
    explainMissingReport(outcome),
    renderPhasesSection(outcome.phases, 20_000, measure),
  ];
}

/** The sticky comment of a run without a coverage report. */
export function renderFailureComment(outcome: Outcome, ctx: RenderContext): string {
  const parts = renderParts(outcome, ctx, measureChars);
  const more = ctx.summaryUrl === null ? '' : `Details: ${pointToSummary(ctx.summaryUrl)}.`;
  return joinParts([commentMarker(ctx.commentId), ...parts, more]);
}

/** The job summary of a run without a coverage report. */
export function renderFailureSummary(outcome: Outcome, ctx: RenderContext): string {
  return joinParts([
    ...renderParts(outcome, ctx, measureBytes),
    `#### Provenance\n\n${renderProvenanceLines(ctx.provenance)}`,
  ]);
}
