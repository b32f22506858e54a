/**
 * The validated settings of one covgate run. `inputs.ts` builds it from the action inputs and the
 * GitHub context; `cli.ts` builds the subset it needs from flags. Nothing else reads inputs.
 */
import type { ComponentSpec } from './analysis/components.js';
import type { MetricName } from './coverage/model.js';

/** A minimum for one total metric, coverage.py's TOTAL (`total`) or patch coverage, in percent (0–100). */
export interface Threshold {
  name: MetricName | 'total' | 'patch';
  /** Required percentage, up to two decimals. */
  required: number;
}

/** PostgreSQL provisioning settings (`postgres: true`). */
export interface PostgresConfig {
  /** Wanted major version, or `undefined` for the newest installed. */
  version: number | undefined;
  user: string;
  /** The password; random when the input was empty. Always registered with setSecret. */
  password: string;
  database: string;
  /** Preferred port; a free one is used when it is taken. */
  port: number;
}

/** What the PR / push event says about the code under test. */
export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  /** PR number on pull_request events, else `undefined`. */
  pullNumber: number | undefined;
  /** Commit whose coverage this is (the PR head SHA on pull_request events). */
  headSha: string;
  /** `owner/name` of the repository the head commit is on (a fork's for fork PRs), when the event says. */
  headRepository: string | undefined;
  /** Branch of the head commit (the PR's head ref, or workflow_run.head_branch), when the event says. */
  headBranch: string | undefined;
  /** Base commit of the PR, when there is one. */
  baseSha: string | undefined;
  /** Base branch of the PR (`main`), or the pushed branch on push events. */
  baseRef: string | undefined;
  /** Branch that was pushed (push events), else `undefined`. */
  pushedBranch: string | undefined;
  defaultBranch: string | undefined;
  /** True when the PR comes from a fork (the token is read-only). */
  fromFork: boolean;
  serverUrl: string;
  apiUrl: string;
}

/** Every setting of the action, validated. */
export interface Config {
  /**
   * `run` runs the pipeline; `publish` posts a report made by an earlier run; `shard` runs the
   * phases of one matrix leg and writes a shard file; `merge` merges shard files, then reports.
   */
  mode: 'run' | 'publish' | 'shard' | 'merge';
  githubToken: string;
  /** Absolute directory where phases run and relative paths resolve. */
  workingDirectory: string;
  /** Absolute repository root (GITHUB_WORKSPACE): report paths are relative to it. */
  repoRoot: string;
  /** PostgreSQL settings, or `undefined` when `postgres` is false. */
  postgres: PostgresConfig | undefined;
  /** Env var names that receive the database URL. */
  databaseUrlEnv: string[];
  unitCommand: string | undefined;
  testCommand: string | undefined;
  restCommand: string | undefined;
  /** Phase time limit in milliseconds, or `undefined` for none. */
  phaseTimeoutMs: number | undefined;
  /**
   * Time a timed-out or cancelled phase's processes get between SIGTERM and SIGKILL, in ms;
   * `undefined` for the default (KILL_GRACE_MS). From COVGATE_KILL_GRACE_MS.
   */
  killGraceMs?: number | undefined;
  /**
   * Pause between GitHub API writes, in ms; `undefined` for GitHub's advice (1 s). From
   * COVGATE_API_WRITE_INTERVAL_MS: tests against a local fake API set 0.
   */
  apiWriteIntervalMs?: number | undefined;
  junitGlobs: string[];
  /** Coverage report globs; the default list when the input was empty. */
  coverageGlobs: string[];
  /** True when `coverage-files` was given explicitly. */
  coverageGlobsExplicit: boolean;
  /** A base report file that overrides the stored baseline. */
  baseCoverage: string | undefined;
  /** Branches whose pushes save a baseline; empty means the default branch. */
  baselineBranches: string[];
  thresholds: Threshold[];
  /** Minimum line coverage of every file, or `undefined`. */
  failUnderFile: number | undefined;
  /** Largest allowed drop of total lines vs base in points, or `undefined`. */
  maxDrop: number | undefined;
  include: string[];
  exclude: string[];
  comment: boolean;
  commentId: string;
  checkName: string | undefined;
  annotations: boolean;
  /** With mode publish: the JSON report to post. */
  reportFile: string | undefined;
  /** With mode shard: the leg's name (`shard-name`, else its matrix values, else the job id). */
  shardName: string;
  /** With mode merge: globs of the shard files, relative to working-directory. */
  shardFiles: string[];
  /** With mode merge: how many shards must be there; `undefined` in the other modes. */
  shardCount: number | undefined;
  /** Monorepo components (`components`), in input order; empty when not set. */
  components: ComponentSpec[];
  /** Render the HTML report, upload it as an artifact and link it (`html-report`). */
  htmlReport: boolean;
  /** Days the HTML artifact is kept (`html-retention-days`); `undefined` = the repository's setting. */
  htmlRetentionDays: number | undefined;
  event: EventContext;
}

/** The coverage globs used when `coverage-files` is empty. */
export const DEFAULT_COVERAGE_GLOBS = [
  'coverage/coverage-final.json',
  'coverage/lcov.info',
  'coverage/cobertura-coverage.xml',
  'coverage.xml',
];
