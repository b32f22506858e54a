import { describe, expect, it } from 'vitest';
import type { PhaseResult } from '../report/context.js';
import { collectPhaseFailures, explainPhaseFailure, titleOfPhaseFailure } from './phase-failures.js';
import { describePhaseFailure } from './run.js';

function phase(over: Partial<PhaseResult>): PhaseResult {
  return {
    name: 'full',
    command: 'npm test',
    exitCode: 1,
    signal: null,
    timedOut: false,
    skipped: false,
    durationMs: 10,
    tests: null,
    ...over,
  };
}

describe('phase failures', () => {
  it('translates pytest exit 5 only for pytest commands', () => {
    expect(explainPhaseFailure(phase({ command: 'pytest -m "smoke" --cov=app', exitCode: 5 }))).toBe(
      'pytest exit 5: no tests collected (does the marker expression select anything?)',
    );
    expect(explainPhaseFailure(phase({ command: 'python -m pytest tests', exitCode: 4 }))).toMatch(
      /usage error/,
    );
    expect(explainPhaseFailure(phase({ command: 'npx jest', exitCode: 5 }))).toBeNull();
  });

  it('blames the command’s own coverage threshold when every test passed', () => {
    const tests = { passed: 12, failed: 0, skipped: 1, failures: [] };
    const hint = explainPhaseFailure(phase({ command: 'npx jest --coverage', tests }));
    expect(hint).toContain('--cov-fail-under, Jest coverageThreshold, c8 --check-coverage');
    expect(hint).toContain("covgate's fail-under replaces it");
    expect(explainPhaseFailure(phase({ tests: { ...tests, failed: 1 } }))).toBeNull();
    // No JUnit results: nothing is known about the tests, so nothing is claimed.
    expect(explainPhaseFailure(phase({}))).toBeNull();
  });

  it('titles each way a phase ends', () => {
    expect(titleOfPhaseFailure(phase({ name: 'unit', exitCode: 1 }))).toBe('unit phase failed (exit 1)');
    expect(titleOfPhaseFailure(phase({ timedOut: true, exitCode: null, signal: 'SIGTERM' }))).toBe(
      'full phase timed out',
    );
    expect(titleOfPhaseFailure(phase({ exitCode: null, signal: 'SIGKILL' }))).toBe(
      'full phase killed by SIGKILL',
    );
  });

  it('keeps the order and kinds of the phases’ failures and the other lines', () => {
    const unit = phase({ name: 'unit', command: 'pytest -m unit', exitCode: 5 });
    const failures = collectPhaseFailures({
      phases: [unit],
      failures: [describePhaseFailure(unit) ?? '', 'junit.xml: not valid XML'],
      stoppedEarly: true,
      unitCoverageFiles: [],
    });
    expect(failures).toEqual([
      {
        kind: 'unit-phase-failed',
        title: 'unit phase failed (exit 5)',
        message:
          'unit phase failed (exit 5): pytest exit 5: no tests collected (does the marker expression select anything?)',
      },
      {
        kind: 'test-results-unreadable',
        title: 'unreadable test results',
        message: 'junit.xml: not valid XML',
      },
    ]);
  });
});
