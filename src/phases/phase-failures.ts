/**
 * Phase failures as the verdict states them: a short title for the check run ("unit phase failed
 * (exit 1)") and a message that names the likely fix. Exit codes of common runners are translated
 * (pytest's 5 is "no tests collected"), and a phase that failed although every test passed is
 * almost always the test command's own coverage threshold, which covgate's `fail-under` replaces.
 */
import type { Failure, FailureKind } from '../outcome.js';
import type { PhaseResult } from '../report/context.js';
import { describePhaseFailure } from './run.js';
import type { PhasesOutcome } from './test-phases.js';

/** pytest's documented exit codes (other than 1, "tests failed"). */
const PYTEST_EXITS: Record<number, string> = {
  2: 'test execution was interrupted',
  3: 'pytest had an internal error',
  4: 'pytest was called wrongly (a usage error: check the options and paths)',
  5: 'no tests collected (does the marker expression select anything?)',
};

const OWN_THRESHOLD_HINT =
  "every test passed, so the test command's own coverage threshold probably failed " +
  '(pytest-cov --cov-fail-under, Jest coverageThreshold, c8 --check-coverage, Vitest thresholds); ' +
  "covgate's fail-under replaces it: remove it from the command and set fail-under instead";

/** "unit phase failed (exit 1)", "full phase timed out", "full phase killed by SIGKILL". */
export function titleOfPhaseFailure(phase: PhaseResult): string {
  const label = `${phase.name} phase`;
  if (phase.timedOut) return `${label} timed out`;
  if (phase.signal !== null) return `${label} killed by ${phase.signal}`;
  if (phase.exitCode === null) return `${label} could not start`;
  return `${label} failed (exit ${phase.exitCode})`;
}

/** What the exit code most likely means, or `null` when it says nothing beyond "failed". */
export function explainPhaseFailure(phase: PhaseResult): string | null {
  if (phase.skipped || phase.timedOut || phase.signal !== null || phase.exitCode === null) return null;
  if (phase.exitCode === 0) return null;
  const pytest = /(^|[\s/;&|(])(py\.test|pytest)(\s|$)|-m\s+pytest\b/.test(phase.command);
  const pytestMeaning = pytest ? PYTEST_EXITS[phase.exitCode] : undefined;
  if (pytestMeaning !== undefined) return `pytest exit ${phase.exitCode}: ${pytestMeaning}`;
  const tests = phase.tests;
  if (tests !== null && tests.failed === 0 && tests.passed > 0) return OWN_THRESHOLD_HINT;
  return null;
}

/** The phases' failures, in order, with their kinds; other lines (JUnit, set-aside coverage) after. */
export function collectPhaseFailures(tests: PhasesOutcome): Failure[] {
  const byMessage = new Map<string, PhaseResult>();
  for (const phase of tests.phases) {
    const message = describePhaseFailure(phase);
    if (message !== null) byMessage.set(message, phase);
  }
  return tests.failures.map((message): Failure => {
    const phase = byMessage.get(message);
    if (phase !== undefined) {
      const hint = explainPhaseFailure(phase);
      return {
        kind: `${phase.name}-phase-failed` as FailureKind,
        title: titleOfPhaseFailure(phase),
        message: hint === null ? message : `${message}: ${hint}`,
      };
    }
    // The rest-command check ("unit-command must write coverage") is about a missing report.
    if (message.startsWith('rest-command is set')) {
      return { kind: 'no-coverage-report', title: 'no coverage report from the unit phase', message };
    }
    return { kind: 'test-results-unreadable', title: 'unreadable test results', message };
  });
}
