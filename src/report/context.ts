/**
 * What the renderers need besides the report: where the numbers came from and how the test phases
 * went. The pipeline fills it; the CLI fills what it knows.
 */

/** Test counts from JUnit XML. */
export interface TestResults {
  passed: number;
  failed: number;
  skipped: number;
  /**
   * Failed tests, in file order. `message` is the first line of the failure message; `line` is the
   * test file's line (from the XML, else from the failure text, as pytest's `tests/x.py:14:`).
   */
  failures: { name: string; file: string | null; message: string; line?: number }[];
  /** Why tests were skipped, one entry per distinct reason, most frequent first. */
  skipReasons?: { reason: string; count: number }[];
}

/** One test phase as it ran. */
export interface PhaseResult {
  name: 'unit' | 'full' | 'rest';
  command: string;
  /** Exit code, or `null` when killed by a signal or not run. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The phase did not run (an earlier phase failed). */
  skipped: boolean;
  durationMs: number;
  tests: TestResults | null;
  /** After `mode: merge`: the name of the shard (matrix leg) that ran this phase. */
  shard?: string;
}

/** Where the base numbers came from. */
export interface Provenance {
  headSha: string | null;
  /** The PR's base commit, when known. */
  baseSha: string | null;
  /** Commit of the baseline actually compared against. */
  baselineSha: string | null;
  /** True when the baseline is of `baseSha` itself; false when it is the newest of the base branch. */
  baselineExact: boolean;
  baselineSource: 'cache' | 'file' | 'none';
  /** A sentence for the reader, e.g. "no baseline: the cache service is not available". */
  note: string | null;
}

/** Everything the comment, job summary and annotations need beyond the report. */
export interface RenderContext {
  /** Key of the sticky comment (the `comment-id` input). */
  commentId: string;
  /** `https://github.com/owner/repo` for links to lines, or `null` offline. */
  repoUrl: string | null;
  phases: PhaseResult[];
  provenance: Provenance;
  /** Failures that are not thresholds, e.g. "unit phase failed (exit 1)". */
  errors: string[];
  /** Link to the job summary for "N more files", or `null`. */
  summaryUrl: string | null;
  /**
   * `mode: publish`: the numbers come from the pull request's own run (untrusted), so every channel
   * says so; the verdict was recomputed from the publishing step's thresholds.
   */
  reportedByPullRequest?: boolean;
  /** Link to the uploaded HTML report artifact (`html-report`), or absent/`null`. */
  htmlReportUrl?: string | null;
  /**
   * The run's verdict (outcome.ts) when one was decided; the renderers show it rather than work
   * one out. The CLI leaves it out: there the report's own `passed` is the verdict.
   */
  passed?: boolean;
}

/** The label of a published report, in the comment, the summary and the check run's title. */
export const REPORTED_BY_PR_LABEL = "numbers reported by the pull request's run";
