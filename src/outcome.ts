/**
 * The verdict of one run, decided once. Every terminal path — a phase that failed, no coverage
 * report, an unreadable one, a missed threshold, a pass — ends in one `Outcome`, and every channel
 * (comment, check run, job summary, annotations, outputs, JSON report, the step's exit) only renders
 * it. Nothing else computes `passed`. Pure: no I/O.
 */
import type { FullReport, ThresholdResult } from './analysis/types.js';
import type { PhaseResult } from './report/context.js';
import { redactDeep } from './redact.js';
import { describeGateFailure } from './report/gate-message.js';

/** What ended the run; `passed` when nothing failed. Public: it is `failure.kind` in the JSON report. */
export type FailureKind =
  | 'unit-phase-failed'
  | 'full-phase-failed'
  | 'rest-phase-failed'
  | 'test-results-unreadable'
  | 'no-coverage-report'
  | 'unreadable-report'
  | 'invalid-input'
  | 'threshold-missed'
  | 'write-failed'
  /** The run could not be set up (PostgreSQL did not start). */
  | 'setup-failed'
  /** A failure named by an earlier run's report (publish mode) of an older covgate. */
  | 'run-failed'
  /** mode merge: a shard is missing, failed, duplicated or of another commit. */
  | 'shard-failed';

/** Every FailureKind, to validate reports read back in publish mode. */
export const FAILURE_KINDS: readonly FailureKind[] = [
  'unit-phase-failed',
  'full-phase-failed',
  'rest-phase-failed',
  'test-results-unreadable',
  'no-coverage-report',
  'unreadable-report',
  'invalid-input',
  'threshold-missed',
  'write-failed',
  'setup-failed',
  'run-failed',
  'shard-failed',
];

/** One reason the run failed. */
export interface Failure {
  kind: FailureKind;
  /** Short, for the check run's title: "unit phase failed (exit 1)", "branches 88.09% < 90%". */
  title: string;
  /** The whole sentence, with the fix, for the step's error, the comment and the summary. */
  message: string;
}

/** The verdict and everything the channels need to say it. */
export interface Outcome {
  passed: boolean;
  /** One line naming what failed (the first failure's title), or "passed: lines 91.2%". */
  title: string;
  /** In the order they happened: phases first, then coverage, then the gate. */
  failures: Failure[];
  /** The coverage report, or `null` when none could be read. */
  report: FullReport | null;
  phases: PhaseResult[];
}

/** Check-run titles are one line; GitHub cuts long ones, so we do it where it reads well. */
const TITLE_MAX = 200;

/**
 * Decides the run's verdict. The gate counts only when `gateApplies` (after a failed unit phase the
 * coverage is partial and its thresholds would only add noise). No report and no failure is never a
 * pass: it becomes "no coverage report".
 */
export function decideOutcome(args: {
  report: FullReport | null;
  failures: readonly Failure[];
  phases: readonly PhaseResult[];
  gateApplies: boolean;
}): Outcome {
  const failures = [...args.failures];
  const { report } = args;
  if (report !== null && args.gateApplies) {
    const message = describeGateFailure(report);
    if (message !== null) failures.push({ kind: 'threshold-missed', title: titleOfGate(report), message });
  }
  if (report === null && failures.length === 0) {
    failures.push({
      kind: 'no-coverage-report',
      title: 'no coverage report',
      message: 'No coverage report was read, so there is nothing to check the thresholds against.',
    });
  }
  const passed = failures.length === 0;
  return {
    passed,
    title: passed ? titleOfPass(report) : capTitle(failures.map((f) => f.title).join('; ')),
    failures,
    report,
    phases: [...args.phases],
  };
}

/** A copy of `outcome` with one more failure (e.g. the JSON report could not be written). */
export function withFailure(outcome: Outcome, failure: Failure): Outcome {
  return decideOutcome({
    report: outcome.report,
    failures: [...outcome.failures, failure],
    phases: outcome.phases,
    gateApplies: false,
  });
}

/**
 * `outcome` with its failures and phases redacted of the run's secrets, the title rebuilt from the
 * redacted titles: done before any renderer shortens a message, since half a secret is not found.
 */
export function redactOutcome(outcome: Outcome, redact: ((text: string) => string) | undefined): Outcome {
  if (redact === undefined) return outcome;
  const failures = redactDeep(outcome.failures, redact);
  return {
    ...outcome,
    failures,
    title: outcome.passed ? outcome.title : capTitle(failures.map((f) => f.title).join('; ')),
    phases: redactDeep(outcome.phases, redact),
  };
}

/** "branches 88.09% < 90%; patch 50% < 80%". */
function titleOfGate(report: FullReport): string {
  const failed = report.thresholds.filter((t) => !t.ok);
  return failed.length === 0 ? 'coverage gate failed' : failed.map(describeMissed).join('; ');
}

function describeMissed(t: ThresholdResult): string {
  if (t.name === 'max-drop') {
    return t.actual === null
      ? `line coverage drop unknown (max ${t.required})`
      : `lines dropped ${t.actual} points > ${t.required}`;
  }
  return `${t.name} ${t.actual === null ? 'unknown' : `${t.actual}%`} < ${t.required}%`;
}

function titleOfPass(report: FullReport | null): string {
  if (report === null) return 'passed';
  const patch = report.patch?.pct != null ? `, patch ${report.patch.pct}%` : '';
  return `passed: lines ${report.totals.lines.pct}%${patch}`;
}

function capTitle(title: string): string {
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`;
}

/** The failures' messages, one per line: what the step fails with. */
export function describeFailures(outcome: Outcome): string {
  return outcome.failures.map((f) => f.message).join('\n');
}

/** Messages of the failures that are not the gate's (those the renderers list after thresholds). */
export function nonGateMessages(outcome: Outcome): string[] {
  return outcome.failures.filter((f) => f.kind !== 'threshold-missed').map((f) => f.message);
}
