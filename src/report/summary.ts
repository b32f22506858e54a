/**
 * The job summary: everything the comment shows, uncollapsed and with more room, plus the full
 * per-file table. It is where the comment's "N more files" points.
 */
import { showInToolConvention } from './convention.js';
import type { FullReport } from '../analysis/types.js';
import type { RenderContext } from './context.js';
import { CHECK_ANNOTATIONS_PER_REQUEST, WORKFLOW_ANNOTATION_LIMIT, buildAnnotations } from './annotations.js';
import { fitLines, measureBytes } from './budget.js';
import { formatInteger, makeLinkTarget } from './format.js';
import {
  joinParts,
  pluralize,
  renderChangedFilesSection,
  renderOtherChangesSection,
  renderRunParts,
} from './markdown.js';
import { renderProvenanceLines } from './sections.js';
import { ALL_FILES_HEAD, buildAllFileRows } from './tables.js';

/**
 * GitHub accepts at most 1 MiB of job summary per step and shows an error instead of a larger one;
 * the summary is built to stay under it.
 */
export const SUMMARY_MAX_BYTES = 1_048_576;

/** Uncovered ranges listed per file before "+N more" (changed files, by level / all files). */
const SUMMARY_RANGE_LEVELS = [100, 20, 5];
const SUMMARY_MAX_MISSING_RANGES = 30;

const TRUNCATED =
  ' not shown: a job summary is limited to 1 MiB. The JSON report (`report-json` output) has every file.';

/** A sentence on annotations that GitHub's per-step cap hides, or ''. */
function renderAnnotationNote(report: FullReport): string {
  const count = buildAnnotations(report).length;
  if (count <= WORKFLOW_ANNOTATION_LIMIT) return '';
  return (
    `**Annotations:** ${pluralize(count, 'range', 'ranges')} of uncovered changed lines; GitHub shows ` +
    `${WORKFLOW_ANNOTATION_LIMIT} warning annotations per step, so +${formatInteger(count - WORKFLOW_ANNOTATION_LIMIT)} ` +
    `more are listed under "Changed files" only (a check run, with \`check-name\`, carries all of them in ` +
    `batches of ${CHECK_ANNOTATIONS_PER_REQUEST}).`
  );
}

/**
 * The job summary as GitHub Markdown, at most {@link SUMMARY_MAX_BYTES} UTF-8 bytes: every part has
 * a fixed share and the all-files table gets what is left, ending with a note when cut.
 */
export function renderSummary(fullReport: FullReport, ctx: RenderContext): string {
  const report = showInToolConvention(fullReport);
  const measure = measureBytes;
  const target = makeLinkTarget(ctx.repoUrl, ctx.provenance.headSha);
  const parts = [
    ...renderRunParts(report, ctx, {
      measure,
      reasonsBudget: 50_000,
      thresholdsBudget: 100_000,
      phasesBudget: 100_000,
      thresholdsMore: ' not shown: a job summary is limited to 1 MiB.',
    }),
    renderAnnotationNote(report),
    renderChangedFilesSection(report, target, {
      budget: 300_000,
      measure,
      rangeLevels: SUMMARY_RANGE_LEVELS,
      more: (n) => `\n… and ${pluralize(n, 'more file', 'more files')}${TRUNCATED}`,
    }),
    renderOtherChangesSection(report, target, {
      budget: 150_000,
      measure,
      collapsed: false,
      moreNote: TRUNCATED,
    }),
    `#### Provenance\n\n${renderProvenanceLines(ctx.provenance)}`,
  ];
  const used = measure(joinParts(parts)) + 2;
  const allFiles = fitLines(
    [`#### All files (${formatInteger(report.files.length)})`, '', ...ALL_FILES_HEAD],
    buildAllFileRows(report, target, SUMMARY_MAX_MISSING_RANGES),
    (n) => `\n… and ${pluralize(n, 'more file', 'more files')}${TRUNCATED}`,
    SUMMARY_MAX_BYTES - used,
    measure,
  );
  return joinParts([...parts, allFiles]);
}
