import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failStep, readRunnerInput, setRunnerOutput } from '../src/runner-env.js';

/** What one call writes to stdout, and the exit code it leaves. */
function capture(fn: () => void): { out: string; exitCode: typeof process.exitCode } {
  const chunks: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  const before = process.exitCode;
  try {
    fn();
    return { out: chunks.join(''), exitCode: process.exitCode };
  } finally {
    write.mockRestore();
    process.exitCode = before;
  }
}

afterEach(() => vi.unstubAllEnvs());

describe('runner-env (what the main entry uses instead of @actions/core)', () => {
  it('reads inputs exactly as core.getInput does', () => {
    vi.stubEnv('INPUT_TEST-COMMAND', '  npm test -- --coverage \n');
    vi.stubEnv('INPUT_FAIL_UNDER', '80');
    vi.stubEnv('INPUT_MODE', '');
    for (const name of ['test-command', 'fail under', 'mode', 'coverage-files', 'Test-Command']) {
      expect(readRunnerInput(name)).toBe(core.getInput(name));
    }
    expect(readRunnerInput('test-command')).toBe('npm test -- --coverage');
  });

  it('fails the step with the same bytes and exit code as core.setFailed', () => {
    const message = "2 problems with the inputs:\r\n- Invalid mode '100%'.\n- ::warning::x %0A";
    const ours = capture(() => failStep(message));
    const theirs = capture(() => core.setFailed(message));
    expect(ours).toEqual(theirs);
    expect(ours.out).toBe(
      "::error::2 problems with the inputs:%0D%0A- Invalid mode '100%25'.%0A- ::warning::x %250A\n",
    );
    expect(ours.exitCode).toBe(1);
  });

  it('sets an output exactly as core.setOutput does, with and without GITHUB_OUTPUT', () => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    const ours = capture(() => setRunnerOutput('passed', 'false'));
    expect(ours).toEqual(capture(() => core.setOutput('passed', 'false')));
    expect(ours.out).toBe('\n::set-output name=passed::false\n');

    const file = join(mkdtempSync(join(tmpdir(), 'covgate-runner-env-')), 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    setRunnerOutput('passed', 'false');
    core.setOutput('passed', 'false');
    // Each heredoc has its own random delimiter; the rest is the same.
    const text = readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'D');
    expect(text).toBe('passed<<D\nfalse\nD\npassed<<D\nfalse\nD\n');
    vi.stubEnv('GITHUB_OUTPUT', join(file, 'missing'));
    expect(() => setRunnerOutput('passed', 'false')).toThrow(/^Missing file at path: /);
  });
});
