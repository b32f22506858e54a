/**
 * `mode: publish` — the second half of the fork-safe set-up. A `workflow_run` workflow (with a
 * write token, but never running the PR's code) downloads the report-json of the PR's run and posts
 * it: the report is read as untrusted data, and the PR is found from the head SHA of the run, not
 * from anything in the file. No command runs in this mode. The outcome is rebuilt from the file and
 * rendered through the same channels as `mode: run`, failure-path reports included.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ActionIo } from './action-io.js';
import type { FullReport } from './analysis/types.js';
import type { Config } from './config.js';
import { Outputs } from './constants.js';
import { InputError } from './errors.js';
import { findPullRequest } from './github/pull-request.js';
import { decideOutcome, type Failure, type Outcome } from './outcome.js';
import { makeOctokit, repoUrlOf, type OctokitFactory } from './pipeline.js';
import { parsePublishedReport, REPORT_FILE_MAX_BYTES, type PublishedContext } from './published-report.js';
import { readPublishedVerdict } from './published-failure.js';
import { trustReportNumbersOnly } from './published-verdict.js';
import type { RenderContext } from './report/context.js';
import { publishOutcome } from './results.js';

/** Posts the report in `config.reportFile` to the PR whose head is the triggering run's head SHA. */
export async function runPublishMode(
  config: Config,
  deps: { io: ActionIo; summaryUrl: string | null; createOctokit?: OctokitFactory },
): Promise<Outcome> {
  const { io } = deps;
  const file = config.reportFile;
  if (file === undefined)
    throw new InputError('Missing report-file. mode publish needs the JSON report to post.');
  if ((await stat(file)).size > REPORT_FILE_MAX_BYTES) {
    throw new InputError(
      `report-file ${file} is larger than ${REPORT_FILE_MAX_BYTES} bytes; it is not a covgate report`,
    );
  }
  const read = readReportFile(await readFile(file, 'utf8'), file);
  const { context, verdict } = read;
  // The verdict is this step's: its own fail-under/max-drop on the reported (checked) counts.
  const report = read.report === null ? null : trustReportNumbersOnly(read.report, file, config);
  const { headSha, headRepository, headBranch } = config.event;
  const octokit = makeOctokit(config, io, deps.createOctokit);
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
  const outcome = decideOutcome({
    // The gate is recomputed from the thresholds, never taken from the file's `passed`.
    report,
    failures: [...verdict.failures, ...unknownComponents(config, report, file)],
    phases: context.phases,
    gateApplies: !verdict.failures.some((f) => f.kind === 'unit-phase-failed'),
  });
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
    errors: [],
    summaryUrl: deps.summaryUrl,
    reportedByPullRequest: true,
  };
  const published = await publishOutcome(
    config,
    { io, octokit },
    { outcome, ctx, head: null, pullNumber, reportFile: { write: false, path: file } },
  );
  io.setOutput(Outputs.DatabaseUrl, '');
  return published;
}

/**
 * A component of the publishing step's `components` that the report lacks: its thresholds cannot
 * be checked, which is a failure (as a component matching no file is in `mode: run`), never a pass.
 */
function unknownComponents(config: Config, report: FullReport | null, file: string): Failure[] {
  if (report === null) return [];
  const known = Object.keys(report.components ?? {});
  return config.components
    .filter((spec) => spec.thresholds.length > 0 && !known.includes(spec.name))
    .map((spec) => ({
      kind: 'invalid-input',
      title: 'a component is not in the report',
      message:
        `Invalid components: component '${spec.name}' is not in report-file ${file} ` +
        `(it has ${known.length === 0 ? 'no components' : known.join(', ')}), so its thresholds cannot be checked; ` +
        'give the run that writes the report the same components, or remove it here',
    }));
}

/** The report (or `null` when the run read no coverage), its context and its failures. */
function readReportFile(
  text: string,
  file: string,
): {
  report: FullReport | null;
  context: PublishedContext;
  verdict: ReturnType<typeof readPublishedVerdict>;
} {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // parsePublishedReport words the error.
    return { ...parsePublishedReport(text, file), verdict: { hasReport: true, failures: [] } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ...parsePublishedReport(text, file), verdict: { hasReport: true, failures: [] } };
  }
  const verdict = readPublishedVerdict(value as Record<string, unknown>, file);
  if (verdict.hasReport) return { ...parsePublishedReport(text, file), verdict };
  // No coverage: validate the context (phases) through the same reader, on an empty report.
  const empty = {
    totals: { lines: { covered: 0, total: 0, pct: 0 } },
    files: [],
    thresholds: [],
    passed: false,
  };
  const { context } = parsePublishedReport(
    JSON.stringify({ ...empty, context: (value as Record<string, unknown>).context }),
    file,
  );
  return { report: null, context, verdict };
}
