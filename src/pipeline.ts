/**
 * The main step, in the order the README tells it:
 *
 *   1. (inputs were validated by inputs.ts before we get here)
 *   2. provision PostgreSQL when asked, and hand its URL to the phases and later steps;
 *   3. the unit phase — a failure stops here and skips the full phase;
 *   4. the full phase (or, with rest-command, only the tests the unit phase did not run);
 *   5. read the coverage, compare with the base and the PR's changed lines, report, gate;
 *   6. tell the caller what failed: a phase and a threshold are distinct failures.
 */
import { readFile } from 'node:fs/promises';
import type { ActionIo } from './action-io.js';
import { buildReport } from './analysis/build-report.js';
import { applyComponents } from './analysis/components.js';
import type { FullReport } from './analysis/types.js';
import type { Config } from './config.js';
import { Inputs, Outputs, State } from './constants.js';
import { InputError } from './errors.js';
import { filterCoverage, filterReport } from './coverage/filter.js';
import { countInexactBranchMerges, mergeCoverage } from './coverage/merge.js';
import type { CoverageData } from './coverage/model.js';
import { loadCoverage, parseCoverage } from './coverage/read.js';
import { deserializeCoverage } from './coverage/serialize.js';
import { getChangeSet } from './diff/source.js';
import type { ChangeSet } from './diff/model.js';
import type { BaselineStore } from './github/baseline-store.js';
import { createOctokit, type Octokit } from './github/octokit.js';
import { publishHtmlReport } from './html-report.js';
import { findCoverageProblem } from './phases/coverage-presence.js';
import { runTestPhases, type PhasesOutcome } from './phases/test-phases.js';
import { provisionPostgres, type PostgresState } from './postgres/provision.js';
import type { Provenance, RenderContext } from './report/context.js';
import { renderLogTable } from './report/text.js';
import { describeGateFailure, publishOutcome, publishWithoutCoverage } from './results.js';

/** What main needs besides the Config. */
export interface PipelineDeps {
  io: ActionIo;
  /** Where baselines are restored from (the cache in the action, files in tests). */
  baselineStore: BaselineStore;
  /** Link to this run's job summary, or `null`. */
  summaryUrl: string | null;
}

/** How the run ended: one line per failure; empty when everything passed. */
export interface PipelineOutcome {
  failures: string[];
  report: FullReport | null;
}

/** Runs the whole main step for `mode: run`. */
export async function runPipeline(config: Config, deps: PipelineDeps): Promise<PipelineOutcome> {
  const { io } = deps;
  const databaseEnv = await provisionDatabase(config, io);
  const tests = await runTestPhases(config, io, { ...io.env, ...databaseEnv });
  try {
    return await reportOnCoverage(config, deps, tests);
  } catch (error) {
    // A bad report after a failed phase: keep both messages, the phase's first.
    if (!(error instanceof InputError)) throw error;
    io.setOutput(Outputs.Passed, 'false');
    return { failures: [...tests.failures, error.message], report: null };
  }
}

/** Step 5: read, analyse, publish; then the failures to report (phases first, then the gate). */
async function reportOnCoverage(
  config: Config,
  deps: PipelineDeps,
  tests: PhasesOutcome,
): Promise<PipelineOutcome> {
  const head = await readHeadCoverage(config, tests, deps.io);
  return reportOnHead(config, deps, tests, head);
}

/**
 * Step 5 from the head coverage on (shared with `mode: merge`, whose head is the merged shards):
 * compare, publish, and return the failures (the phases' first, then the gate).
 */
export async function reportOnHead(
  config: Config,
  deps: PipelineDeps,
  tests: PhasesOutcome,
  head: CoverageData | null,
  /** Keys added to the JSON report (`shards` after a merge). */
  extras: Record<string, unknown> = {},
): Promise<PipelineOutcome> {
  const { io } = deps;
  const octokit = makeOctokit(config, io);
  if (head === null) {
    await publishWithoutCoverage(config, { io, octokit }, tests);
    return { failures: tests.failures, report: null };
  }
  const base = await restoreBase(config, deps);
  const changes = await readChanges(config, io, octokit);
  const built = buildReport({
    head,
    base: base.data,
    changes,
    thresholds: config.thresholds,
    failUnderFile: config.failUnderFile,
    maxDrop: config.maxDrop,
  });
  const report = { ...applyComponents(built, config.components, base.data, Inputs.Components), ...extras };
  io.info(renderLogTable(report, head, { istanbulColumns: true }));
  const ctx: RenderContext = {
    commentId: config.commentId,
    repoUrl: repoUrlOf(config),
    phases: tests.phases,
    provenance: base.provenance,
    errors: tests.failures,
    summaryUrl: deps.summaryUrl,
    htmlReportUrl: config.htmlReport
      ? await publishHtmlReport(config, io, { head, report, changes, runUrl: deps.summaryUrl })
      : null,
  };
  await publishOutcome(config, { io, octokit }, { report, ctx, head });
  // After a failed unit phase the coverage is partial: its thresholds would only add noise.
  const gate = tests.stoppedEarly ? null : describeGateFailure(report);
  return { failures: gate === null ? tests.failures : [...tests.failures, gate], report };
}

/** Step 2: start PostgreSQL; post tears it down from the state saved while it starts. */
export async function provisionDatabase(config: Config, io: ActionIo): Promise<Record<string, string>> {
  if (config.postgres === undefined) return {};
  const password = config.postgres.password;
  io.setSecret(password);
  if (encodeURIComponent(password) !== password) io.setSecret(encodeURIComponent(password));
  const postgres = config.postgres;
  // The state is saved as soon as the directory exists (and again once the server runs), so a job
  // cancelled while the server starts still has it torn down by post.
  const saveState = (state: PostgresState): void => io.saveState(State.Postgres, JSON.stringify(state));
  const server = await io.group('Provision PostgreSQL', () =>
    provisionPostgres(postgres, { tempDir: io.workDir, env: io.env, log: io, onState: saveState }),
  );
  const env: Record<string, string> = { ...server.env };
  for (const name of config.databaseUrlEnv) env[name] = server.url;
  for (const [name, value] of Object.entries(env)) io.exportVariable(name, value);
  io.setOutput(Outputs.DatabaseUrl, server.url);
  io.info(
    `covgate: PostgreSQL ${server.version} on 127.0.0.1:${server.port}; URL in ${config.databaseUrlEnv.join(', ')}`,
  );
  return env;
}

/** Step 5a: the head coverage — the unit phase's reports set aside plus what the full phase wrote. */
export async function readHeadCoverage(
  config: Config,
  tests: PhasesOutcome,
  io: ActionIo,
): Promise<CoverageData | null> {
  const options = { cwd: config.workingDirectory, root: config.repoRoot };
  const parts: CoverageData[] = [];
  if (tests.unitCoverageFiles.length > 0) {
    const unit = await loadCoverage(tests.unitCoverageFiles, { ...options, inputName: 'coverage-files' });
    parts.push(unit.data);
  }
  if (!tests.stoppedEarly) {
    const later = tests.phases.at(-1);
    const problem = await findCoverageProblem(config, later);
    if (problem instanceof InputError) throw problem;
    // On 'none-after-failure' the failed phase is the message; "no coverage" would only repeat it.
    if (problem === null) {
      const read = await loadCoverage(config.coverageGlobs, {
        ...options,
        inputName: 'coverage-files',
        requireEach: config.coverageGlobsExplicit,
      });
      parts.push(read.data);
    }
  }
  if (parts.length === 0) return null;
  const inexact = countInexactBranchMerges(parts);
  if (inexact > 0) {
    io.info(
      `covgate: ${inexact} branch lines were partly covered in both runs of a Cobertura report that does not say which branch was taken; merged branch counts are a lower bound (coverage.py's missing-branches makes them exact)`,
    );
  }
  const filtered = filterReport(mergeCoverage(parts), config.include, config.exclude);
  for (const warning of filtered.warnings) io.warning(`covgate: ${warning}`);
  return filtered.data;
}

/** Step 5b: the base — `base-coverage`, else the stored baseline of the PR's base. */
async function restoreBase(
  config: Config,
  deps: PipelineDeps,
): Promise<{ data: CoverageData | null; provenance: Provenance }> {
  const { event } = config;
  const provenance: Provenance = {
    headSha: event.headSha || null,
    baseSha: event.baseSha ?? null,
    baselineSha: null,
    baselineExact: false,
    baselineSource: 'none',
    note: null,
  };
  if (config.baseCoverage !== undefined) {
    const text = await readFile(config.baseCoverage, 'utf8');
    const parsed = parseCoverage(text, config.baseCoverage, { root: config.repoRoot });
    const data = filterCoverage(parsed.data, config.include, config.exclude);
    return { data, provenance: { ...provenance, baselineSource: 'file', baselineExact: true } };
  }
  if (event.pullNumber === undefined || event.baseRef === undefined) {
    return { data: null, provenance: { ...provenance, note: 'no baseline: not a pull request' } };
  }
  const restored = await deps.baselineStore.restore({
    commentId: config.commentId,
    branch: event.baseRef,
    sha: event.baseSha,
  });
  if (restored.baseline === null) return { data: null, provenance: { ...provenance, note: restored.reason } };
  const b = restored.baseline;
  const data = filterCoverage(
    deserializeCoverage(b.coverage, `baseline of ${b.sha}`),
    config.include,
    config.exclude,
  );
  const note = restored.exact
    ? null
    : `compared with the newest baseline of ${b.branch} (commit ${b.sha.slice(0, 7)}), not the exact base ${event.baseSha?.slice(0, 7) ?? ''}`;
  return {
    data,
    provenance: {
      ...provenance,
      baselineSha: b.sha,
      baselineExact: restored.exact,
      baselineSource: 'cache',
      note,
    },
  };
}

/** Step 5c: the PR's changed lines (git, else the REST API); `null` outside pull requests. */
async function readChanges(config: Config, io: ActionIo, octokit: Octokit | null): Promise<ChangeSet | null> {
  const { event } = config;
  if (event.pullNumber === undefined) return null;
  return getChangeSet({
    cwd: config.repoRoot,
    baseSha: event.baseSha,
    headSha: event.headSha,
    octokit,
    owner: event.owner,
    repo: event.repo,
    pullNumber: event.pullNumber,
    log: io,
  });
}

/** The REST client, or `null` without a token (then nothing is posted, and the log says so). */
export function makeOctokit(config: Config, io: ActionIo): Octokit | null {
  if (config.githubToken === '') {
    io.info('covgate: github-token is empty, so no PR comment or check run is posted');
    return null;
  }
  return createOctokit(config.githubToken, config.event.apiUrl, io);
}

/** `https://github.com/owner/repo`, for links to lines. */
export function repoUrlOf(config: Config): string | null {
  const { serverUrl, owner, repo } = config.event;
  return owner !== '' && repo !== '' ? `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}` : null;
}
