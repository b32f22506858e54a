import { describe, expect, it } from 'vitest';
import type { FullReport } from './analysis/types.js';
import { decideOutcome, describeFailures, nonGateMessages, redactOutcome, withFailure } from './outcome.js';

function report(over: Partial<FullReport> = {}): FullReport {
  return {
    totals: { lines: { covered: 9, total: 10, pct: 90 }, statements: null, functions: null, branches: null },
    files: [],
    base: null,
    delta: null,
    patch: null,
    thresholds: [],
    passed: true,
    fileChanges: [],
    patchBranches: null,
    patchNote: null,
    ...over,
  };
}

const missed = report({
  thresholds: [
    { name: 'branches', required: 90, actual: 88.09, ok: false },
    { name: 'lines', required: 80, actual: 90, ok: true },
  ],
  passed: false,
});

describe('decideOutcome', () => {
  it('passes only with a report and no failure', () => {
    const outcome = decideOutcome({ report: report(), failures: [], phases: [], gateApplies: true });
    expect([outcome.passed, outcome.title, outcome.failures]).toEqual([true, 'passed: lines 90%', []]);
  });

  it('never passes on no data', () => {
    const outcome = decideOutcome({ report: null, failures: [], phases: [], gateApplies: true });
    expect(outcome.passed).toBe(false);
    expect(outcome.title).toBe('no coverage report');
  });

  it('names the missed threshold with its numbers in the title', () => {
    const outcome = decideOutcome({ report: missed, failures: [], phases: [], gateApplies: true });
    expect(outcome.title).toBe('branches 88.09% < 90%');
    expect(outcome.failures[0]?.kind).toBe('threshold-missed');
    expect(describeFailures(outcome)).toMatch(/^coverage gate failed: branches 88.09% \(required 90%\)/);
    expect(nonGateMessages(outcome)).toEqual([]);
  });

  it('ignores the gate of partial coverage but keeps the phase failure first', () => {
    const unit = {
      kind: 'unit-phase-failed' as const,
      title: 'unit phase failed (exit 1)',
      message: 'unit phase failed (exit 1)',
    };
    const outcome = decideOutcome({ report: missed, failures: [unit], phases: [], gateApplies: false });
    expect(outcome.failures).toEqual([unit]);
    expect(outcome.title).toBe('unit phase failed (exit 1)');
  });

  it('adds a late failure (the report file could not be written) to a pass', () => {
    const passed = decideOutcome({ report: report(), failures: [], phases: [], gateApplies: true });
    const failed = withFailure(passed, {
      kind: 'write-failed',
      title: 'could not write the JSON report',
      message: 'x',
    });
    expect([failed.passed, failed.title, failed.report]).toEqual([
      false,
      'could not write the JSON report',
      passed.report,
    ]);
  });
});

describe('redactOutcome', () => {
  it('redacts before the title is cut: no half of a secret that straddles the 200-character cut', () => {
    const secret = 'Zq9xK2mW7pL4vB8nR3';
    const title = `${'x'.repeat(190)} ${secret}`;
    const failed = decideOutcome({
      report: null,
      failures: [{ kind: 'setup-failed', title, message: `bad ${secret}` }],
      phases: [],
      gateApplies: false,
    });
    // Cut first, the title keeps the secret's first characters, which a redactor cannot recognise.
    expect(failed.title).toContain(secret.slice(0, 8));
    const redacted = redactOutcome(failed, (t) => t.split(secret).join('***'));
    expect(redacted.title).toBe(`${'x'.repeat(190)} ***`);
    expect(redacted.failures[0]?.message).toBe('bad ***');
    expect(redactOutcome(failed, undefined)).toBe(failed);
  });
});
