/**
 * What the renderers need besides the report: where the numbers came from and how the test phases
 * went. The pipeline fills it; the CLI fills what it knows.
 */

/** Test counts from JUnit XML. */
export interface TestResults {
  passed: number;
  failed: number;
  skipped: number;
  /** Failed tests, in file order. `message` is the first line of the failure message. */
  failures: { name: string; file: string | null; message: string }[];
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
   * The run's verdict (outcome.ts) when one was decided; the renderers show it rather than work
   * one out. The CLI leaves it out: there the report's own `passed` is the verdict.
   */
  passed?: boolean;
}
