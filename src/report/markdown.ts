/**
 * The sticky pull-request comment: verdict first, then the numbers a reviewer needs, the worst
 * files first, and the rest in collapsed details. Pure: same report and context, same bytes.
 */
import { showInToolConvention } from './convention.js';
import type { FullReport } from '../analysis/types.js';
import { REPORTED_BY_PR_LABEL, type PhaseResult, type RenderContext } from './context.js';
import { compareText, eagerRows, fitBlock, fitLines, fitRows, measureChars, type Measure } from './budget.js';
import { renderComponentsTable } from './components-table.js';
import { percentEncode } from './escape.js';
import { formatInteger, makeLinkTarget, type LinkTarget } from './format.js';
import {
  isPassing,
  renderHeadline,
  renderPatch,
  renderProvenanceLines,
  renderReasons,
  renderThresholds,
  renderTotals,
} from './sections.js';
import {
  CHANGED_FILES_HEAD,
  OTHER_CHANGES_HEAD,
  PHASES_HEAD,
  buildChangedFileRows,
  buildFailureRows,
  buildOtherChangeRows,
  buildPhaseRows,
  countNonExecutableChanges,
  indexChangedFiles,
  selectOtherChanges,
  sortPatchFiles,
} from './tables.js';

/**
 * GitHub rejects issue comments longer than 65,536 characters ("Body is too long"), and a rejected
 * update would leave a stale comment behind; the comment is built to stay under it.
 */
export const COMMENT_MAX_CHARS = 65_536;

/**
 * Uncovered ranges listed per changed file before "+N more": the first level at which every changed
 * file fits, else the last (fewest ranges, most files).
 */
const COMMENT_RANGE_LEVELS = [20, 5, 2];

/**
 * Hidden marker that identifies the sticky comment of one `comment-id`. The id is percent-encoded and
 * `--` runs are broken, so no id can end the HTML comment early or make one marker a prefix of another.
 */
export function commentMarker(commentId: string): string {
  const id = encodeURIComponent(commentId).replace(/-(?=-)|(?<=-)-/g, '%2D');
  return `<!-- covgate:comment-id=${id} -->`;
}

/** `1 file`, `2 files`. */
export function pluralize(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** A link to the job summary, or plain words when there is no (http) URL. */
export function pointToSummary(summaryUrl: string | null): string {
  // A URL too long to be a run link is not linked: every part of the comment has a bounded size.
  if (!summaryUrl || !/^https?:\/\//i.test(summaryUrl) || summaryUrl.length > 500) return 'the job summary';
  const url = summaryUrl.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
  return `[job summary](${url})`;
}

/** The line that links the HTML report artifact (`html-report`), or '' when there is none. */
function renderHtmlLink(url: string | null): string {
  if (url === null || !/^https?:\/\//i.test(url) || url.length > 500) return '';
  const safe = url.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
  return `📄 [Browse the HTML coverage report](${safe}): every file's source with uncovered lines and branches (a zip artifact of this run).`;
}

/** Test phases table and the failed tests, within `budget`. */
export function renderPhasesSection(
  phases: readonly PhaseResult[],
  budget: number,
  measure: Measure,
): string {
  if (phases.length === 0) return '';
  const table = fitLines(
    ['#### Test phases', '', ...PHASES_HEAD],
    eagerRows(buildPhaseRows(phases)),
    (n) => `\n… and ${n} more phases`,
    budget,
    measure,
  );
  const failures = buildFailureRows(phases);
  if (failures.length === 0) return table;
  const rest = budget - measure(table) - 2;
  const list = fitLines(
    ['**Failed tests**', ''],
    failures,
    (n) => `- … and ${pluralize(n, 'more failed test', 'more failed tests')}`,
    rest,
    measure,
  );
  return list ? `${table}\n\n${list}` : table;
}

/**
 * The changed-files table within `budget`; `more(n)` is the line that replaces the rows that do not
 * fit. Rows list up to `rangeLevels[0]` uncovered ranges each; when not every file fits, the next
 * (smaller) level is tried, so a big PR shows more files with fewer ranges each.
 */
export function renderChangedFilesSection(
  report: FullReport,
  target: LinkTarget | null,
  options: { budget: number; measure: Measure; rangeLevels: readonly number[]; more: (n: number) => string },
): string {
  if (report.patch === null) return '';
  const head = ['#### Changed files', ''];
  const other = countNonExecutableChanges(report);
  if (other > 0) {
    head.push(
      `${pluralize(other, 'changed file has', 'changed files have')} no executable changed lines.`,
      '',
    );
  }
  const sorted = sortPatchFiles(report);
  if (sorted.length === 0) {
    return other > 0 ? fitBlock(head.join('\n').trimEnd(), options.budget, options.measure) : '';
  }
  const context = indexChangedFiles(report);
  let fitted = { text: '', shown: 0 };
  for (const maxRanges of options.rangeLevels) {
    const rows = buildChangedFileRows(sorted, context, target, maxRanges);
    fitted = fitRows([...head, ...CHANGED_FILES_HEAD], rows, options.more, options.budget, options.measure);
    if (fitted.shown === sorted.length) break;
  }
  return fitted.text;
}

/** Files whose coverage changed outside the changed lines, in a collapsed block when `collapsed`. */
export function renderOtherChangesSection(
  report: FullReport,
  target: LinkTarget | null,
  options: { budget: number; measure: Measure; collapsed: boolean; moreNote: string },
): string {
  const changes = selectOtherChanges(report);
  if (changes.length === 0) return '';
  const kinds = new Map<string, number>();
  for (const c of changes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const breakdown = [...kinds.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([kind, n]) => `${formatInteger(n)} ${kind}`)
    .join(', ');
  const title = `Coverage changes in files without changed lines: ${pluralize(changes.length, 'file', 'files')} (${breakdown})`;
  const head = options.collapsed
    ? [`<details><summary>${title}</summary>`, '', ...OTHER_CHANGES_HEAD]
    : [`#### ${title}`, '', ...OTHER_CHANGES_HEAD];
  const tail = options.collapsed ? '\n\n</details>' : '';
  const more = (n: number): string => `\n… and ${formatInteger(n)} more${options.moreNote}`;
  const rows = buildOtherChangeRows(changes, target);
  const body = fitLines(head, rows, more, options.budget - options.measure(tail), options.measure);
  return body ? body + tail : '';
}

/** Size shares of the run sections, and the note after "N more thresholds". */
export interface RunPartsOptions {
  measure: Measure;
  reasonsBudget: number;
  thresholdsBudget: number;
  phasesBudget: number;
  thresholdsMore: string;
}

/**
 * The parts the comment and the job summary both open with, in this order: verdict, why it failed
 * (only when it did), totals, patch coverage, components, thresholds, test phases. Empty parts are ''.
 */
export function renderRunParts(report: FullReport, ctx: RenderContext, options: RunPartsOptions): string[] {
  const { measure } = options;
  return [
    renderHeadline(report, ctx),
    ctx.reportedByPullRequest
      ? `> ℹ️ Published by a separate workflow — ${REPORTED_BY_PR_LABEL}; the verdict is this workflow's own, from its thresholds.`
      : '',
    isPassing(report, ctx) ? '' : renderReasons(report, ctx, options.reasonsBudget, measure),
    renderTotals(report, ctx),
    renderHtmlLink(ctx.htmlReportUrl ?? null),
    renderPatch(report),
    // Components share the thresholds' size share: each component row carries its thresholds.
    renderComponentsTable(report, options.thresholdsBudget, measure),
    renderThresholds(report, options.thresholdsBudget, measure, options.thresholdsMore),
    renderPhasesSection(ctx.phases, options.phasesBudget, measure),
  ];
}

/** Provenance in a collapsed block. */
function renderProvenanceSection(ctx: RenderContext): string {
  return `<details><summary>Provenance</summary>\n\n${renderProvenanceLines(ctx.provenance)}\n\n</details>`;
}

/** Joins non-empty parts with blank lines. */
export function joinParts(parts: readonly string[]): string {
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/**
 * The sticky PR comment as GitHub Markdown, at most {@link COMMENT_MAX_CHARS} characters whatever the
 * report's size: every other part has a fixed share, the changed-files table gets what is left.
 */
export function renderComment(fullReport: FullReport, ctx: RenderContext): string {
  const report = showInToolConvention(fullReport);
  const measure = measureChars;
  const target = makeLinkTarget(ctx.repoUrl, ctx.provenance.headSha);
  const summary = pointToSummary(ctx.summaryUrl);
  const top = [
    commentMarker(ctx.commentId),
    ...renderRunParts(report, ctx, {
      measure,
      reasonsBudget: 4_000,
      thresholdsBudget: 6_000,
      phasesBudget: 8_000,
      thresholdsMore: ` — see ${summary}`,
    }),
  ];
  const bottom = [
    renderOtherChangesSection(report, target, {
      budget: 8_000,
      measure,
      collapsed: true,
      moreNote: ` — see ${summary}`,
    }),
    renderProvenanceSection(ctx),
  ];
  // Two characters of separator per part, plus the final newline.
  const used = measure(joinParts([...top, ...bottom])) + 2;
  const files = renderChangedFilesSection(report, target, {
    budget: COMMENT_MAX_CHARS - used,
    measure,
    rangeLevels: COMMENT_RANGE_LEVELS,
    more: (n) => `\n… and ${pluralize(n, 'more file', 'more files')} — see ${summary}`,
  });
  return joinParts([...top, files, ...bottom]);
}
