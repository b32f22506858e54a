/**
 * `mode: publish` — the second half of the fork-safe set-up. A `workflow_run` workflow (with a
 * write token, but never running the PR's code) downloads the report-json of the PR's run and posts
 * it: the report is read as untrusted data, and the PR is found from the head SHA of the run, not
 * from anything in the file. No command runs in this mode.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ActionIo } from './action-io.js';
import type { Config } from './config.js';
import { Outputs } from './constants.js';
import { InputError } from './errors.js';
import { findPullRequest } from './github/pull-request.js';
import { makeOctokit, repoUrlOf, type PipelineOutcome } from './pipeline.js';
import { parsePublishedReport, REPORT_FILE_MAX_BYTES } from './published-report.js';
import { trustReportNumbersOnly } from './published-verdict.js';
import type { RenderContext } from './report/context.js';
import { renderSummary } from './report/summary.js';
import { describeGateFailure, postToGitHub, setReportOutputs } from './results.js';

/** Posts the report in `config.reportFile` to the PR whose head is the triggering run's head SHA. */
export async function runPublishMode(
  config: Config,
  deps: { io: ActionIo; summaryUrl: string | null },
): Promise<PipelineOutcome> {
  const { io } = deps;
  const file = config.reportFile;
  if (file === undefined)
    throw new InputError('Missing report-file. mode publish needs the JSON report to post.');
  if ((await stat(file)).size > REPORT_FILE_MAX_BYTES) {
    throw new InputError(
      `report-file ${file} is larger than ${REPORT_FILE_MAX_BYTES} bytes; it is not a covgate report`,
    );
  }
  const parsed = parsePublishedReport(await readFile(file, 'utf8'), file);
  // The verdict is this step's: its own fail-under/max-drop on the reported (checked) counts.
  const report = trustReportNumbersOnly(parsed.report, file, config);
  const { context } = parsed;
  const { headSha, headRepository, headBranch } = config.event;
  const octokit = makeOctokit(config, io);
  const pullNumber =
    octokit === null
      ? undefined
      : ((await findPullRequest(
          octokit,
          { owner: config.event.owner, repo: config.event.repo, headSha, headRepository, headBranch },
          io,
        )) ?? undefined);
  io.info(
    pullNumber === undefined
      ? `covgate: no single open pull request has head ${headRepository ?? '?'}:${headBranch ?? '?'} at ${headSha}; nothing to comment on`
      : `covgate: publishing the report of ${headSha.slice(0, 7)} to pull request #${pullNumber}`,
  );
  const ctx: RenderContext = {
    commentId: config.commentId,
    repoUrl: repoUrlOf(config),
    phases: context.phases,
    // The SHA comes from the workflow_run event, never from the file.
    provenance: {
      baseSha: null,
      baselineSha: null,
      baselineExact: false,
      baselineSource: 'none',
      note: null,
      ...context.provenance,
      headSha,
    },
    errors: context.errors,
    summaryUrl: deps.summaryUrl,
    reportedByPullRequest: true,
  };
  const commentUrl = await postToGitHub(config, { io, octokit }, { report, ctx, pullNumber });
  await io.appendSummary(renderSummary(report, ctx));
  setReportOutputs(io, report, ctx, commentUrl, file);
  io.setOutput(Outputs.DatabaseUrl, '');
  const gate = describeGateFailure(report);
  return { failures: gate === null ? [] : [gate], report };
}
