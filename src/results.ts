/**
 * Renders one Outcome into every channel the user enabled — the JSON report file, annotations, the
 * PR comment and check run, the job summary and the step outputs — and leaves post the head
 * coverage to save as a baseline. Shared by `mode: run` and `mode: publish`. Nothing here decides
 * the verdict: it is `outcome.passed`, decided once in outcome.ts.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { ActionIo } from './action-io.js';
import type { Config } from './config.js';
import { suggestFailUnder } from './analysis/gate.js';
import { Outputs } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import type { Octokit } from './github/octokit.js';
import { publishResults } from './github/publish.js';
import { nonGateMessages, redactOutcome, withFailure, type Outcome } from './outcome.js';
import { redactDeep } from './redact.js';
import { buildAnnotations, WORKFLOW_ANNOTATION_LIMIT, type Annotation } from './report/annotations.js';
import { REPORTED_BY_PR_LABEL, type PhaseResult, type RenderContext } from './report/context.js';
import { renderFailureComment, renderFailureSummary } from './report/failure.js';
import { commentMarker, renderComment } from './report/markdown.js';
import { renderSummary } from './report/summary.js';
import { prepareBaselineSave, writeReportJson } from './report-file.js';

export { describeGateFailure } from './report/gate-message.js';
export type { BaselineSaveState } from './report-file.js';

/** The runner seams results need. */
export interface ResultDeps {
  io: ActionIo;
  octokit: Octokit | null;
}

/** What to publish: the outcome, how to render it, and (mode run) the head coverage to save. */
export interface PublishRun {
  outcome: Outcome;
  /** Render context; its `errors` are replaced by the outcome's. */
  ctx: RenderContext;
  head: CoverageData | null;
  pullNumber: number | undefined;
  /** Mode run writes the JSON report; publish mode points `report-json` at the file it read. */
  reportFile: { write: true } | { write: false; path: string };
}

/**
 * Publishes the outcome everywhere; never throws for GitHub API faults. Returns the final outcome,
 * which differs from the input only when the JSON report could not be written.
 */
export async function publishOutcome(config: Config, deps: ResultDeps, run: PublishRun): Promise<Outcome> {
  const { io } = deps;
  // Secrets out before anything is cut to fit a channel (redact.ts; the edges redact again).
  let outcome = redactOutcome(run.outcome, io.redact);
  let reportPath = run.reportFile.write ? '' : run.reportFile.path;
  if (run.reportFile.write) {
    const written = await writeReportJson(io.workDir, outcome, run.ctx, io.redact);
    if (written.ok) reportPath = written.path;
    else outcome = withFailure(outcome, written.failure);
  }
  const ctx: RenderContext = {
    ...run.ctx,
    phases: io.redact === undefined ? run.ctx.phases : redactDeep(run.ctx.phases, io.redact),
    errors: nonGateMessages(outcome),
    passed: outcome.passed,
  };
  annotateTestFailures(config, io, outcome.phases);
  const lines = outcome.report !== null && config.annotations ? buildAnnotations(outcome.report) : [];
  const viaCheck = config.checkName !== undefined && deps.octokit !== null;
  if (!viaCheck) writeAnnotations(io, lines);
  const posted = await postToGitHub(config, deps, { outcome, ctx, pullNumber: run.pullNumber, lines });
  if (viaCheck && posted.checkRefused) {
    io.info('covgate: the check run was refused, so its annotations are written as workflow commands');
    writeAnnotations(io, lines);
  }
  await writeSummary(io, outcome, ctx);
  setOutcomeOutputs(io, outcome, posted.commentUrl, reportPath);
  // A missed threshold still saves the baseline (it is what the branch has); a failed phase does not.
  if (run.head !== null && ctx.errors.length === 0) await prepareBaselineSave(config, io, run.head);
  return outcome;
}

/** The comment (or the summary) of the outcome. */
function renderBody(outcome: Outcome, ctx: RenderContext, what: 'comment' | 'summary'): string {
  if (outcome.report === null) {
    return what === 'comment' ? renderFailureComment(outcome, ctx) : renderFailureSummary(outcome, ctx);
  }
  return what === 'comment' ? renderComment(outcome.report, ctx) : renderSummary(outcome.report, ctx);
}

/** Comment and check run (when there is a client); the comment's URL and whether the check was refused. */
async function postToGitHub(
  config: Config,
  deps: ResultDeps,
  run: { outcome: Outcome; ctx: RenderContext; pullNumber: number | undefined; lines: Annotation[] },
): Promise<{ commentUrl: string | null; checkRefused: boolean }> {
  const wantsComment = config.comment && run.pullNumber !== undefined;
  if (deps.octokit === null || (!wantsComment && config.checkName === undefined)) {
    return { commentUrl: null, checkRefused: false };
  }
  const body = renderBody(run.outcome, run.ctx, 'comment');
  const { outcome } = run;
  const posted = await publishResults(
    deps.octokit,
    {
      owner: config.event.owner,
      repo: config.event.repo,
      pullNumber: run.pullNumber,
      headSha: run.ctx.provenance.headSha ?? config.event.headSha,
      comment: { enabled: wantsComment, marker: commentMarker(config.commentId), body },
      check:
        config.checkName === undefined
          ? null
          : {
              name: config.checkName,
              conclusion: outcome.passed ? 'success' : 'failure',
              title: `${outcome.passed ? capitalize(outcome.title) : outcome.title}${run.ctx.reportedByPullRequest ? ` (${REPORTED_BY_PR_LABEL})` : ''}`,
              summary: body,
              annotations: run.lines,
            },
    },
    deps.io,
  );
  return { commentUrl: posted.commentUrl, checkRefused: posted.checkRefused };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A summary that cannot be written (disk full) is a warning: the verdict is in the other channels. */
async function writeSummary(io: ActionIo, outcome: Outcome, ctx: RenderContext): Promise<void> {
  try {
    await io.appendSummary(renderBody(outcome, ctx, 'summary'));
  } catch (error) {
    io.warning(`covgate could not write the job summary (GITHUB_STEP_SUMMARY): ${(error as Error).message}`);
  }
}

/** Every step output, from the outcome — the one place outputs are set. */
function setOutcomeOutputs(
  io: ActionIo,
  outcome: Outcome,
  commentUrl: string | null,
  reportPath: string,
): void {
  const report = outcome.report;
  const pct = (c: { pct: number } | null | undefined): string => (c == null ? '' : String(c.pct));
  io.setOutput(Outputs.Lines, pct(report?.totals.lines));
  io.setOutput(Outputs.Statements, pct(report?.totals.statements));
  io.setOutput(Outputs.Functions, pct(report?.totals.functions));
  io.setOutput(Outputs.Branches, pct(report?.totals.branches));
  io.setOutput(Outputs.Patch, report?.patch?.pct == null ? '' : String(report.patch.pct));
  io.setOutput(Outputs.Delta, report?.delta?.lines == null ? '' : String(report.delta.lines));
  io.setOutput(Outputs.Total, pct(report?.totals.total));
  io.setOutput(Outputs.SuggestedFailUnder, report ? suggestFailUnder(report.thresholds) : '');
  io.setOutput(Outputs.Passed, String(outcome.passed));
  io.setOutput(Outputs.CommentUrl, commentUrl ?? '');
  io.setOutput(Outputs.ReportJson, reportPath);
}

/** Workflow-command warnings on uncovered changed lines, within GitHub's per-step cap. */
function writeAnnotations(io: ActionIo, annotations: readonly Annotation[]): void {
  for (const a of annotations.slice(0, WORKFLOW_ANNOTATION_LIMIT)) {
    io.warning(a.message, { title: a.title, file: a.path, startLine: a.startLine, endLine: a.endLine });
  }
}

/** Error annotations for failed tests (JUnit), at most GitHub's per-step cap. */
function annotateTestFailures(config: Config, io: ActionIo, phases: readonly PhaseResult[]): void {
  const failures = phases.flatMap((p) => (p.tests?.failures ?? []).map((f) => ({ phase: p.name, ...f })));
  for (const f of failures.slice(0, WORKFLOW_ANNOTATION_LIMIT)) {
    const file = f.file === null ? undefined : repoPath(config, f.file);
    io.error(f.message, {
      title: `${f.phase} phase: ${f.name} failed`,
      ...(file === undefined ? {} : { file }),
      ...(file === undefined || f.line === undefined ? {} : { startLine: f.line }),
    });
  }
  if (failures.length > WORKFLOW_ANNOTATION_LIMIT) {
    io.info(
      `covgate: +${failures.length - WORKFLOW_ANNOTATION_LIMIT} more failed tests are listed in the job summary`,
    );
  }
}

/** A JUnit file path (relative to working-directory, or absolute) as a repo-relative path, if inside. */
function repoPath(config: Config, file: string): string | undefined {
  const rel = relative(config.repoRoot, isAbsolute(file) ? file : resolve(config.workingDirectory, file));
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split('\\').join('/');
}
