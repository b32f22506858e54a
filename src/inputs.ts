/**
 * The one place that reads the action's inputs and the GitHub context, into a validated `Config`.
 *
 * Every input is checked before anything runs, and all problems are reported together in one
 * InputError (one line each: the input, the value, the fix) — fixing inputs one failed run at a
 * time is the kind of paper cut this avoids.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseComponents } from './analysis/components.js';
import { parseFailUnder, parsePercent } from './analysis/gate.js';
import { DEFAULT_COVERAGE_GLOBS, type Config, type PostgresConfig } from './config.js';
import { Inputs } from './constants.js';
import { InputError } from './errors.js';
import { checkGlobsInside } from './glob-scope.js';
import { readEventContext } from './event-context.js';
import { generatePassword, validatePostgresInputs } from './postgres/validation.js';
import { readRunnerInput } from './runner-env.js';
import { checkShardInputs, readShardCount } from './shard/shard-inputs.js';
import { resolveShardName } from './shard/shard-name.js';

/** Where inputs come from: the runner's INPUT_* variables in the action, plain data in tests. */
export interface InputSource {
  /** The input's value, trimmed; '' when unset. */
  getInput(name: Inputs): string;
  env: Record<string, string | undefined>;
  /** Directory the action was started in (the runner starts it in GITHUB_WORKSPACE). */
  cwd: string;
  /** Parsed event payload (GITHUB_EVENT_PATH), `{}` when there is none. */
  event: Record<string, unknown>;
}

/** Reads the inputs and context the runner gave this process. Throws InputError listing every problem. */
export function readConfig(): Config {
  return parseConfig({
    getInput: (name) => readRunnerInput(name),
    env: process.env,
    cwd: process.cwd(),
    event: readEventPayload(process.env.GITHUB_EVENT_PATH),
  });
}

/** Builds and validates the Config from an input source. Throws one InputError for all problems. */
export function parseConfig(source: InputSource): Config {
  const problems: string[] = [];
  const input = (name: Inputs): string => source.getInput(name).trim();
  const optional = (name: Inputs): string | undefined => input(name) || undefined;
  const check = <T>(fallback: T, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
      return fallback;
    }
  };

  const mode = input(Inputs.Mode) || 'run';
  const modes = ['run', 'publish', 'shard', 'merge'] as const;
  const knownMode = modes.find((m) => m === mode);
  if (knownMode === undefined) {
    problems.push(
      `Invalid mode '${mode}'. Expected 'run' (the pipeline), 'publish' (post a report-file), 'shard' (a matrix leg) or 'merge' (merge shard-files).`,
    );
  }
  const repoRoot = resolve(source.env.GITHUB_WORKSPACE || source.cwd);
  const workingDirectory = resolve(repoRoot, input(Inputs.WorkingDirectory) || '.');
  if (!isDirectory(workingDirectory)) {
    problems.push(
      `Invalid working-directory '${input(Inputs.WorkingDirectory)}': ${workingDirectory} is not a directory. ` +
        'Give a path relative to the repository root (check out the code first).',
    );
  }
  const inDir = (name: Inputs): string | undefined => {
    const value = optional(name);
    if (value === undefined) return undefined;
    const path = isAbsolute(value) ? value : resolve(workingDirectory, value);
    if (!isFile(path)) {
      problems.push(
        `Invalid ${name} '${value}': ${path} does not exist. Give a file path relative to working-directory.`,
      );
    }
    return path;
  };

  const usesPostgres = readBoolean(input, Inputs.Postgres, problems);
  const postgres = usesPostgres ? readPostgres(input, problems) : undefined;
  const databaseUrlEnv = splitList(input(Inputs.DatabaseUrlEnv) || 'DATABASE_URL,TEST_DATABASE_URL');
  for (const name of databaseUrlEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      problems.push(
        `Invalid database-url-env name '${name}'. Expected environment variable names (letters, digits, '_'), comma separated.`,
      );
    }
  }

  const commands = {
    unitCommand: optional(Inputs.UnitCommand),
    testCommand: optional(Inputs.TestCommand),
    restCommand: optional(Inputs.RestCommand),
  };
  const coverageInput = splitList(input(Inputs.CoverageFiles));
  if (mode === 'publish') checkPublish(commands, optional(Inputs.ReportFile), problems);
  else if (mode !== 'merge')
    checkRun(commands, coverageInput.length > 0, optional(Inputs.ReportFile), problems);
  problems.push(...checkShardInputs(mode, input));
  const shardCount =
    mode === 'merge' ? check(undefined, () => readShardCount(input(Inputs.ShardCount))) : undefined;

  const timeout = optional(Inputs.PhaseTimeoutMinutes);
  const minutes = timeout === undefined ? undefined : Number(timeout);
  if (minutes !== undefined && !(Number.isFinite(minutes) && minutes > 0)) {
    problems.push(
      `Invalid phase-timeout-minutes '${timeout}'. Expected a number of minutes greater than 0, e.g. 30, or leave it empty for no limit.`,
    );
  } else if (minutes !== undefined && minutes > MAX_PHASE_TIMEOUT_MINUTES) {
    problems.push(
      `Invalid phase-timeout-minutes '${timeout}'. Expected at most ${MAX_PHASE_TIMEOUT_MINUTES} (5 days, the longest a job may run on any runner), e.g. 30, or leave it empty for no limit.`,
    );
  }
  const killGraceMs = readEnvMs(source.env, 'COVGATE_KILL_GRACE_MS', 5000, problems);
  const apiWriteIntervalMs = readEnvMs(source.env, 'COVGATE_API_WRITE_INTERVAL_MS', 1000, problems);
  const junitGlobs = splitList(input(Inputs.JunitFiles));
  const insideRoots = [repoRoot, ...(source.env.RUNNER_TEMP ? [resolve(source.env.RUNNER_TEMP)] : [])];
  problems.push(...checkGlobsInside(Inputs.CoverageFiles, coverageInput, workingDirectory, insideRoots));
  problems.push(...checkGlobsInside(Inputs.JunitFiles, junitGlobs, workingDirectory, insideRoots));
  problems.push(
    ...checkGlobsInside(
      Inputs.ShardFiles,
      splitList(input(Inputs.ShardFiles)),
      workingDirectory,
      insideRoots,
    ),
  );

  const commentId = input(Inputs.CommentId) || 'covgate';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
    problems.push(
      `Invalid comment-id '${commentId}'. Expected up to 64 letters, digits, '.', '_' or '-' (it keys the comment and the baseline cache).`,
    );
  }

  const config: Config = {
    mode: knownMode ?? 'run',
    githubToken: input(Inputs.GithubToken),
    workingDirectory,
    repoRoot,
    postgres,
    databaseUrlEnv,
    ...commands,
    phaseTimeoutMs:
      minutes !== undefined && minutes > 0 ? Math.max(1, Math.round(minutes * 60_000)) : undefined,
    killGraceMs,
    apiWriteIntervalMs,
    junitGlobs,
    coverageGlobs: coverageInput.length > 0 ? coverageInput : [...DEFAULT_COVERAGE_GLOBS],
    coverageGlobsExplicit: coverageInput.length > 0,
    baseCoverage: inDir(Inputs.BaseCoverage),
    baselineBranches: splitList(input(Inputs.BaselineBranches)),
    thresholds: check([], () => parseFailUnder(input(Inputs.FailUnder), Inputs.FailUnder)),
    failUnderFile: check(undefined, () =>
      percentOrUndefined(input(Inputs.FailUnderFile), Inputs.FailUnderFile),
    ),
    maxDrop: check(undefined, () => percentOrUndefined(input(Inputs.MaxDrop), Inputs.MaxDrop)),
    include: splitList(input(Inputs.Include)),
    exclude: splitList(input(Inputs.Exclude)),
    comment: readBoolean(input, Inputs.Comment, problems, true),
    commentId,
    checkName: optional(Inputs.CheckName),
    annotations: readBoolean(input, Inputs.Annotations, problems, true),
    reportFile: mode === 'publish' ? inDir(Inputs.ReportFile) : undefined,
    shardName: check('shard', () =>
      resolveShardName(input(Inputs.ShardName), source.env.GITHUB_JOB, Inputs.ShardName),
    ),
    shardFiles: splitList(input(Inputs.ShardFiles)),
    shardCount,
    components: check([], () => parseComponents(source.getInput(Inputs.Components), Inputs.Components)),
    htmlReport: readHtmlReport(input, mode, problems),
    htmlRetentionDays: readRetentionDays(input(Inputs.HtmlRetentionDays), problems),
    event: readEventContext(source.env, source.event),
  };
  if (problems.length === 1) throw new InputError(problems[0]);
  if (problems.length > 1) {
    throw new InputError(
      `${problems.length} problems with the inputs:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  return config;
}

/** Longest phase-timeout-minutes: 5 days, the job limit of self-hosted runners (hosted: 6 hours). */
const MAX_PHASE_TIMEOUT_MINUTES = 7200;

/**
 * COVGATE_KILL_GRACE_MS: how long a stopped phase's processes get between SIGTERM and SIGKILL
 * (default KILL_GRACE_MS). A tuning knob outside action.yml, used by tests to stay fast.
 */
/** A millisecond knob from the environment (COVGATE_KILL_GRACE_MS, COVGATE_API_WRITE_INTERVAL_MS). */
function readEnvMs(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  problems: string[],
): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > 600_000) {
    problems.push(
      `Invalid ${name} '${raw}'. Expected whole milliseconds from 0 to 600000, or leave it unset for ${fallback}.`,
    );
    return undefined;
  }
  return ms;
}

/** Splits a comma- or newline-separated input into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

interface Commands {
  unitCommand: string | undefined;
  testCommand: string | undefined;
  restCommand: string | undefined;
}

function checkRun(
  c: Commands,
  hasCoverageFiles: boolean,
  reportFile: string | undefined,
  problems: string[],
): void {
  if (c.testCommand === undefined && c.restCommand === undefined && !hasCoverageFiles) {
    problems.push(
      "Missing test-command. Give the full suite to run with coverage (e.g. 'npm test -- --coverage'), or coverage-files to only report on existing coverage reports.",
    );
  }
  if (c.restCommand !== undefined && c.unitCommand === undefined) {
    problems.push(
      `Invalid rest-command '${c.restCommand}': it runs the tests that are not in the unit phase, so it needs unit-command too.`,
    );
  }
  if (c.restCommand !== undefined && c.testCommand !== undefined) {
    problems.push(
      `Both test-command '${c.testCommand}' and rest-command are set. With rest-command the full suite is unit-command + rest-command; remove test-command.`,
    );
  }
  if (reportFile !== undefined) {
    problems.push(
      `Invalid report-file '${reportFile}': it is only read with mode 'publish'; remove it or set mode: publish.`,
    );
  }
}

function checkPublish(c: Commands, reportFile: string | undefined, problems: string[]): void {
  for (const [name, value] of [
    [Inputs.UnitCommand, c.unitCommand],
    [Inputs.TestCommand, c.testCommand],
    [Inputs.RestCommand, c.restCommand],
  ] as const) {
    if (value !== undefined) {
      problems.push(
        `Invalid ${name} '${value}' with mode 'publish': that mode never runs commands (it posts a report made by an earlier run); remove it.`,
      );
    }
  }
  if (reportFile === undefined) {
    problems.push(
      "Missing report-file. mode 'publish' posts the JSON report of an earlier run: give its path.",
    );
  }
}

function readPostgres(input: (name: Inputs) => string, problems: string[]): PostgresConfig {
  const raw = {
    version: input(Inputs.PostgresVersion),
    user: input(Inputs.PostgresUser) || 'test_user',
    port: input(Inputs.PostgresPort) || '5432',
    db: input(Inputs.PostgresDb) || 'test_db',
  };
  problems.push(...validatePostgresInputs(raw));
  return {
    version: raw.version === '' ? undefined : Number(raw.version),
    user: raw.user,
    password: input(Inputs.PostgresPassword) || generatePassword(),
    database: raw.db,
    port: Number(raw.port),
  };
}

/** YAML 1.2 core-schema booleans, like core.getBooleanInput, but collected instead of thrown. */
function readBoolean(
  input: (name: Inputs) => string,
  name: Inputs,
  problems: string[],
  fallback = false,
): boolean {
  const value = input(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  problems.push(`Invalid ${name} '${value}'. Expected true or false.`);
  return fallback;
}

/** `html-report`; `mode: publish` has no per-line coverage to render, so it says where to set it. */
function readHtmlReport(input: (name: Inputs) => string, mode: string, problems: string[]): boolean {
  const on = readBoolean(input, Inputs.HtmlReport, problems);
  if (on && mode === 'publish') {
    problems.push(
      "Invalid html-report 'true' with mode 'publish': the JSON report has no per-line coverage to render. Set html-report in the job that runs the tests (mode: run).",
    );
  }
  return on;
}

/** Artifact retention: whole days, 1–90 (GitHub's range); '' leaves it to the repository setting. */
function readRetentionDays(value: string, problems: string[]): number | undefined {
  if (value === '') return undefined;
  const days = Number(value);
  if (Number.isInteger(days) && days >= 1 && days <= 90) return days;
  problems.push(
    `Invalid html-retention-days '${value}'. Expected whole days from 1 to 90, or leave it empty for the repository's retention setting.`,
  );
  return undefined;
}

function percentOrUndefined(value: string, name: Inputs): number | undefined {
  return value === '' ? undefined : parsePercent(value, name);
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Link to this run's page (where the job summary is), or `null` outside a runner. */
export function readSummaryUrl(env: Record<string, string | undefined> = process.env): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  if (!repo || !runId) return null;
  return `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${runId}`;
}
