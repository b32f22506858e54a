/**
 * Names the runner and action.yml know: inputs, outputs and the state handed from main to post.
 * One place, so that a typo is a compile error and action.yml can be checked against it.
 */

/** Action inputs (action.yml `inputs:`). */
export enum Inputs {
  GithubToken = 'github-token',
  WorkingDirectory = 'working-directory',
  Postgres = 'postgres',
  PostgresVersion = 'postgres-version',
  PostgresUser = 'postgres-user',
  PostgresPassword = 'postgres-password',
  PostgresDb = 'postgres-db',
  PostgresPort = 'postgres-port',
  DatabaseUrlEnv = 'database-url-env',
  UnitCommand = 'unit-command',
  TestCommand = 'test-command',
  RestCommand = 'rest-command',
  PhaseTimeoutMinutes = 'phase-timeout-minutes',
  JunitFiles = 'junit-files',
  CoverageFiles = 'coverage-files',
  BaseCoverage = 'base-coverage',
  BaselineBranches = 'baseline-branches',
  FailUnder = 'fail-under',
  FailUnderFile = 'fail-under-file',
  MaxDrop = 'max-drop',
  Include = 'include',
  Exclude = 'exclude',
  Comment = 'comment',
  CommentId = 'comment-id',
  CheckName = 'check-name',
  Annotations = 'annotations',
  Mode = 'mode',
  ReportFile = 'report-file',
  ShardName = 'shard-name',
  ShardFiles = 'shard-files',
  ShardCount = 'shard-count',
  Components = 'components',
  HtmlReport = 'html-report',
  HtmlRetentionDays = 'html-retention-days',
}

/** Action outputs (action.yml `outputs:`). */
export enum Outputs {
  Lines = 'lines',
  Statements = 'statements',
  Functions = 'functions',
  Branches = 'branches',
  Patch = 'patch',
  Delta = 'delta',
  Passed = 'passed',
  DatabaseUrl = 'database-url',
  CommentUrl = 'comment-url',
  ReportJson = 'report-json',
  ShardFile = 'shard-file',
  HtmlDir = 'html-dir',
  Total = 'total',
  SuggestedFailUnder = 'suggested-fail-under',
}

/** State saved by main (`saveState`) and read by post (`STATE_<name>`). */
export enum State {
  /** JSON of the PostgresState to tear down; empty when no server was started. */
  Postgres = 'covgate-postgres',
  /** JSON of the BaselineSave job for post; empty when this run saves no baseline. */
  Baseline = 'covgate-baseline',
}

/** Sub-directory of RUNNER_TEMP that holds everything covgate writes. */
export const WORK_DIR_NAME = 'covgate';

/** Where the unit phase's coverage reports are set aside in "no test twice" mode. */
export const UNIT_COVERAGE_DIR_NAME = 'unit-coverage';

/** File name of the JSON report behind the `report-json` output. */
export const REPORT_FILE_NAME = 'report.json';

/** Sub-directory of covgate's work dir where the HTML report is written (the `html-dir` output). */
export const HTML_DIR_NAME = 'html';

/** Grace period between SIGTERM and SIGKILL when a phase times out. */
export const KILL_GRACE_MS = 5_000;

/** Sub-directory of RUNNER_TEMP where the cache-backed baseline store keeps its file (same path in every run). */
export const BASELINE_DIR_NAME = 'covgate-baseline';

/** Sub-directory of covgate's work directory where `mode: shard` writes its shard file. */
export const SHARD_DIR_NAME = 'shard';
