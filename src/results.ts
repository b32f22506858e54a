/**
 * Step 5's second half: hand the report to everyone who reads it — the JSON file, annotations, the
 * PR comment and check run, the job summary and the step outputs — and leave post the head coverage
 * to save as a baseline. Shared by `mode: run` and `mode: publish`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ActionIo } from './action-io.js';
import { suggestFailUnder } from './analysis/gate.js';
import type { FullReport } from './analysis/types.js';
import type { Config } from './config.js';
import { Outputs, REPORT_FILE_NAME, State } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import { serializeCoverage } from './coverage/serialize.js';
import type { Octokit } from './github/octokit.js';
import { publishResults } from './github/publish.js';
import type { PhasesOutcome } from './phases/test-phases.js';
import { buildAnnotations, WORKFLOW_ANNOTATION_LIMIT } from './report/annotations.js';
import { measureChars } from './report/budget.js';
import { REPORTED_BY_PR_LABEL, type PhaseResult, type RenderContext } from './report/context.js';
import { escapeMarkdown } from './report/escape.js';
import { commentMarker, renderComment, renderPhasesSection } from './report/markdown.js';
import { renderSummary } from './report/summary.js';

export { describeGateFailure } from './report/gate-message.js';

/** The runner seams results need. */
export interface ResultDeps {
  io: ActionIo;
  octokit: Octokit | null;
}

/** What post needs to save a baseline (State.Baseline, JSON). */
export interface BaselineSaveState {
  /** File with the serialized head coverage. */
  file: string;
  sha: string;
  branch: string;
  commentId: string;
}

/** Publishes a finished report everywhere; never throws for GitHub API faults. */
export async function publishOutcome(
  config: Config,
  deps: ResultDeps,
  run: { report: FullReport; ctx: RenderContext; head: CoverageData | null },
): Promise<void> {
  const { io } = deps;
  const { report, ctx } = run;
  const reportPath = await writeReportJson(io.workDir, report, ctx, io.redact);
  annotateTestFailures(config, io, ctx.phases);
  if (config.annotations && config.checkName === undefined) annotateUncoveredLines(io, report);
  const commentUrl = await postToGitHub(config, deps, { report, ctx, pullNumber: config.event.pullNumber });
  await io.appendSummary(renderSummary(report, ctx));
  setReportOutputs(io, report, ctx, commentUrl, reportPath);
  if (run.head !== null && ctx.errors.length === 0) await prepareBaselineSave(config, io, run.head);
}

/** Unit phase failed and there is no coverage: a short summary and comment that say so. */
export async function publishWithoutCoverage(
  config: Config,
  deps: ResultDeps,
  tests: PhasesOutcome,
): Promise<void> {
  const { io } = deps;
  annotateTestFailures(config, io, tests.phases);
  const body = [
    commentMarker(config.commentId),
    config.commentId === 'covgate'
      ? '### ❌ Coverage check failed'
      : `### ❌ Coverage check failed · ${escapeMarkdown(config.commentId)}`,
    tests.failures.map((f) => `- ${escapeMarkdown(f)}`).join('\n'),
    'No coverage report was read: the full phase did not run.',
    renderPhasesSection(tests.phases, 30_000, measureChars),
  ].join('\n\n');
  let commentUrl: string | null = null;
  if (deps.octokit !== null && config.comment && config.event.pullNumber !== undefined) {
    const posted = await publishResults(
      deps.octokit,
      {
        owner: config.event.owner,
        repo: config.event.repo,
        pullNumber: config.event.pullNumber,
        headSha: config.event.headSha,
        comment: { enabled: true, marker: commentMarker(config.commentId), body },
        check: null,
      },
      io,
    );
    commentUrl = posted.commentUrl;
  }
  await io.appendSummary(body.replace(commentMarker(config.commentId), '').trimStart() + '\n');
  for (const name of [
    Outputs.Lines,
    Outputs.Statements,
    Outputs.Functions,
    Outputs.Branches,
    Outputs.Patch,
    Outputs.Delta,
    Outputs.Total,
    Outputs.SuggestedFailUnder,
  ]) {
    io.setOutput(name, '');
  }
  io.setOutput(Outputs.Passed, 'false');
  io.setOutput(Outputs.CommentUrl, commentUrl ?? '');
}

/** Comment and check run (when there is a client); returns the comment's URL. */
export async function postToGitHub(
  config: Config,
  deps: ResultDeps,
  run: { report: FullReport; ctx: RenderContext; pullNumber: number | undefined },
): Promise<string | null> {
  const wantsComment = config.comment && run.pullNumber !== undefined;
  if (deps.octokit === null || (!wantsComment && config.checkName === undefined)) return null;
  const body = renderComment(run.report, run.ctx);
  const passed = run.report.passed && run.ctx.errors.length === 0;
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
              conclusion: passed ? 'success' : 'failure',
              title: `${passed ? 'Passed' : 'Failed'}: lines ${run.report.totals.lines.pct}%${run.report.patch?.pct != null ? `, patch ${run.report.patch.pct}%` : ''}${run.ctx.reportedByPullRequest ? ` (${REPORTED_BY_PR_LABEL})` : ''}`,
              summary: body,
              annotations: config.annotations ? buildAnnotations(run.report) : [],
            },
    },
    deps.io,
  );
  return posted.commentUrl;
}

/** Writes the JSON report (CONTRACT.md) plus the render context for `mode: publish`. */
export async function writeReportJson(
  workDir: string,
  report: FullReport,
  ctx: RenderContext,
  redact: (text: string) => string = (text) => text,
): Promise<string> {
  await mkdir(workDir, { recursive: true });
  const path = join(workDir, REPORT_FILE_NAME);
  const context = { phases: ctx.phases, provenance: ctx.provenance, errors: ctx.errors };
  const replacer = (_key: string, value: unknown): unknown =>
    typeof value === 'string' ? redact(value) : value;
  await writeFile(path, JSON.stringify({ ...report, context }, replacer, 2) + '\n');
  return path;
}

/** Step outputs of a report. */
export function setReportOutputs(
  io: ActionIo,
  report: FullReport,
  ctx: RenderContext,
  commentUrl: string | null,
  reportPath: string,
): void {
  const pct = (c: { pct: number } | null): string => (c === null ? '' : String(c.pct));
  io.setOutput(Outputs.Lines, pct(report.totals.lines));
  io.setOutput(Outputs.Statements, pct(report.totals.statements));
  io.setOutput(Outputs.Functions, pct(report.totals.functions));
  io.setOutput(Outputs.Branches, pct(report.totals.branches));
  io.setOutput(Outputs.Patch, report.patch?.pct == null ? '' : String(report.patch.pct));
  io.setOutput(Outputs.Delta, report.delta?.lines == null ? '' : String(report.delta.lines));
  io.setOutput(Outputs.Passed, String(report.passed && ctx.errors.length === 0));
  io.setOutput(Outputs.CommentUrl, commentUrl ?? '');
  io.setOutput(Outputs.ReportJson, reportPath);
  io.setOutput(Outputs.Total, pct(report.totals.total ?? null));
  io.setOutput(Outputs.SuggestedFailUnder, suggestFailUnder(report.thresholds));
}

/** Workflow-command warnings on uncovered changed lines, within GitHub's cap (the summary says +N more). */
function annotateUncoveredLines(io: ActionIo, report: FullReport): void {
  for (const a of buildAnnotations(report).slice(0, WORKFLOW_ANNOTATION_LIMIT)) {
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

/** On a push to a baseline branch, leaves the head coverage for post to save. PR runs never save. */
async function prepareBaselineSave(config: Config, io: ActionIo, head: CoverageData): Promise<void> {
  const { event } = config;
  if (event.eventName !== 'push' || event.pushedBranch === undefined) return;
  const branches =
    config.baselineBranches.length > 0
      ? config.baselineBranches
      : event.defaultBranch !== undefined
        ? [event.defaultBranch]
        : [];
  if (!branches.includes(event.pushedBranch)) {
    io.info(
      `covgate: ${event.pushedBranch} is not a baseline branch (${branches.join(', ') || 'none known'}); no baseline saved`,
    );
    return;
  }
  await mkdir(io.workDir, { recursive: true });
  const file = join(io.workDir, 'baseline-coverage.json');
  await writeFile(file, JSON.stringify(serializeCoverage(head)));
  const state: BaselineSaveState = {
    file,
    sha: event.headSha,
    branch: event.pushedBranch,
    commentId: config.commentId,
  };
  io.saveState(State.Baseline, JSON.stringify(state));
}
