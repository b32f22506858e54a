import { describe, expect, it } from 'vitest';
import type { PhaseResult } from '../report/context.js';
import { describePhaseFailure, skippedPhase } from './run.js';

function phase(over: Partial<PhaseResult>): PhaseResult {
  return { ...skippedPhase('unit', 'npm test'), skipped: false, exitCode: 0, ...over };
}

describe('describePhaseFailure', () => {
  it('is null for a passed or skipped phase', () => {
    expect(describePhaseFailure(phase({ exitCode: 0 }))).toBeNull();
    expect(describePhaseFailure(skippedPhase('full', 'npm test'))).toBeNull();
  });

  it('gives the exit code', () => {
    expect(describePhaseFailure(phase({ exitCode: 3 }))).toBe('unit phase failed (exit 3)');
    expect(describePhaseFailure(phase({ name: 'rest', exitCode: 1 }))).toBe('rest phase failed (exit 1)');
  });

  it('explains exit 127 as a missing command, naming the command', () => {
    expect(describePhaseFailure(phase({ exitCode: 127, command: 'pytest -m unit\nmore' }))).toBe(
      'unit phase failed (exit 127): command not found — a program in "pytest -m unit" is not installed or not on PATH',
    );
  });

  it('tells a timeout from a signal', () => {
    expect(describePhaseFailure(phase({ exitCode: null, signal: 'SIGTERM', timedOut: true }))).toBe(
      'unit phase ran longer than phase-timeout-minutes and its whole process tree was killed',
    );
    expect(describePhaseFailure(phase({ exitCode: null, signal: 'SIGSEGV' }))).toBe(
      'unit phase was killed by signal SIGSEGV',
    );
    expect(describePhaseFailure(phase({ exitCode: null, signal: null }))).toBe(
      'unit phase could not be started (is bash installed?)',
    );
  });
});
