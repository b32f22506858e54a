/**
 * The main step, in the order the README tells it:
 *
 *   1. (inputs were validated by inputs.ts before we get here)
 *   2. provision PostgreSQL when asked, and hand its URL to the phases and later steps;
 *   3. the unit phase — a failure stops here and skips the full phase;
 *   4. the full phase (or, with rest-command, only the tests the unit phase did not run);
 *   5. read the coverage, compare with the base and the PR's changed lines;
 *   6. decide the one outcome (outcome.ts) and render it into every channel (results.ts).
 */
import type { ActionIo } from './action-io.js';
import { buildReport } from './analysis/build-report.js';
import { applyComponents } from './analysis/components.js';
import type { FullReport } from './analysis/types.js';
import { emptyProvenance, restoreBase } from './base-restore.js';
import type { Config } from './config.js';
import { Inputs, Outputs, State } from './constants.js';
import { InputError, RunnerError } from './errors.js';
import type { CoverageData } from './coverage/model.js';
import { getChangeSet } from './diff/source.js';
import type { ChangeSet } from './diff/model.js';
import type { BaselineStore } from './github/baseline-store.js';
import { createOctokit, type Octokit } from './github/octokit.js';
import { decideOutcome, type Failure, type Outcome } from './outcome.js';
import { readHeadOrFail } from './head-coverage.js';
import { publishHtmlReport } from './html-report.js';
import { collectPhaseFailures } from './phases/phase-failures.js';
import { runPhase } from './phases/run.js';
import { runTestPhases } from './phases/test-phases.js';
import { provisionPostgres, type PostgresState } from './postgres/provision.js';
import type { PhaseResult, Provenance, RenderContext } from './report/context.js';
import { lineBatches, logTableLines, writeInTurns } from './report/text.js';
import { publishOutcome } from './results.js';

/** Builds the REST client (the real one in the action; the same one against a fake API in tests). */
export type OctokitFactory = typeof createOctokit;

/** The seams of the main step: everything it does to the outside world goes through one of these. */
export interface PipelineDeps {
  io: ActionIo;
  /** Where baselines are restored from (the cache in the action, files in tests). */
  baselineStore: BaselineStore;
  /** Link to this run's job summary, or `null`. */
  summaryUrl: string | null;
  /** Default: the real client with retries and throttling. */
  createOctokit?: OctokitFactory;
  /** Runs one test phase; default: bash in its own process group. */
  runPhase?: typeof runPhase;
}

/** Runs the whole main step for `mode: run`; returns the one outcome every channel showed. */
export async function runPipeline(config: Config, deps: PipelineDeps): Promise<Outcome> {
  const { io } = deps;
  const octokit = makeOctokit(config, io, deps.createOctokit);
  let databaseEnv: Record<string, string>;
  try {
    databaseEnv = await provisionDatabase(config, io);
  } catch (error) {
    // No server, no tests: still a verdict in every channel (a required check must not wait).
    const failure = describeSetupError(error, 'PostgreSQL could not be provisioned');
    const outcome = decideOutcome({ report: null, failures: [failure], phases: [], gateApplies: false });
    return publish(config, deps, octokit, {
      outcome,
      head: null,
      phases: [],
      provenance: emptyProvenance(config),
    });
  }
  const tests = await runTestPhases(config, io, { ...io.env, ...databaseEnv }, deps.runPhase ?? runPhase);
  const failures = collectPhaseFailures(tests);
  const head = await readHeadOrFail(config, tests, failures, io);
  // After a failed unit phase the coverage is partial: its thresholds would only add noise.
  return reportOnHead(config, deps, octokit, {
    head,
    failures,
    phases: tests.phases,
    gateApplies: !tests.stoppedEarly,
  });
}

/** What the phases (or, in mode merge, the shards) left for step 5. */
export interface HeadRun {
  /** The head coverage, or `null` when none could be read (the reason is in `failures`). */
  head: CoverageData | null;
  /** Failures so far (phases, reports, shards); the gate's are added by decideOutcome. */
  failures: Failure[];
  phases: PhaseResult[];
  /** `false` when the coverage is partial (a failed unit phase, missing shards). */
  gateApplies: boolean;
  /** Keys added to the JSON report (`shards` after a merge). */
  extras?: Record<string, unknown>;
}

/**
 * Step 5 from the head coverage on (shared with `mode: merge`, whose head is the merged shards):
 * base, changed lines, report, components, HTML report; then the one outcome, rendered everywhere.
 */
export async function reportOnHead(
  config: Config,
  deps: PipelineDeps,
  octokit: Octokit | null,
  run: HeadRun,
): Promise<Outcome> {
  const { io } = deps;
  const { head, failures } = run;
  let report: FullReport | null = null;
  let provenance = emptyProvenance(config);
  let htmlReportUrl: string | null = null;
  if (head !== null) {
    const base = await restoreBase(config, io, deps.baselineStore);
    provenance = base.provenance;
    const changes = await readChanges(config, io, octokit);
    try {
      const built = buildReport({
        head,
        base: base.data,
        changes,
        thresholds: config.thresholds,
        failUnderFile: config.failUnderFile,
        maxDrop: config.maxDrop,
      });
      try {
        report = {
          ...applyComponents(built, config.components, base.data, Inputs.Components),
          ...run.extras,
        };
      } catch (error) {
        failures.push(describeSetupError(error, 'a component matches no file'));
      }
      if (report !== null) await logTable(io, logTableLines(report, head, { istanbulColumns: true }));
    } catch (error) {
      // A threshold the report cannot answer.
      failures.push(describeSetupError(error, 'the thresholds cannot be checked'));
    }
    if (report !== null && config.htmlReport) {
      htmlReportUrl = await publishHtmlReport(config, io, { head, report, changes, runUrl: deps.summaryUrl });
    }
  }
  const outcome = decideOutcome({ report, failures, phases: run.phases, gateApplies: run.gateApplies });
  return publish(config, deps, octokit, { outcome, head, phases: run.phases, provenance, htmlReportUrl });
}

/**
 * The log table in pieces of whole lines, the event loop turning between them (a million-file table
 * is never one string), then the blank line that ended it when it was logged as one text.
 */
async function logTable(io: ActionIo, lines: Iterable<string>): Promise<void> {
  await writeInTurns(lineBatches(lines), (piece) => io.info(piece));
  io.info('');
}

/** Renders the outcome into every channel (results.ts). */
async function publish(
  config: Config,
  deps: PipelineDeps,
  octokit: Octokit | null,
  run: {
    outcome: Outcome;
    head: CoverageData | null;
    phases: PhaseResult[];
    provenance: Provenance;
    htmlReportUrl?: string | null;
  },
): Promise<Outcome> {
  const ctx: RenderContext = {
    commentId: config.commentId,
    repoUrl: repoUrlOf(config),
    phases: run.phases,
    provenance: run.provenance,
    errors: [],
    summaryUrl: deps.summaryUrl,
    htmlReportUrl: run.htmlReportUrl ?? null,
  };
  return publishOutcome(
    config,
    { io: deps.io, octokit },
    {
      outcome: run.outcome,
      ctx,
      head: run.head,
      pullNumber: config.event.pullNumber,
      reportFile: { write: true },
    },
  );
}

/** A typed error (its message is for the user) as a failure; anything else is a bug and rethrown. */
function describeSetupError(error: unknown, title: string): Failure {
  if (error instanceof InputError) return { kind: 'invalid-input', title, message: error.message };
  if (error instanceof RunnerError) return { kind: 'setup-failed', title, message: error.message };
  throw error;
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
export function makeOctokit(
  config: Config,
  io: ActionIo,
  factory: OctokitFactory = createOctokit,
): Octokit | null {
  if (config.githubToken === '') {
    io.info('covgate: github-token is empty, so no PR comment or check run is posted');
    return null;
  }
  const timing =
    config.apiWriteIntervalMs === undefined ? {} : { writeIntervalMs: config.apiWriteIntervalMs };
  return factory(config.githubToken, config.event.apiUrl, io, timing);
}

/** `https://github.com/owner/repo`, for links to lines. */
export function repoUrlOf(config: Config): string | null {
  const { serverUrl, owner, repo } = config.event;
  return owner !== '' && repo !== '' ? `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}` : null;
}
