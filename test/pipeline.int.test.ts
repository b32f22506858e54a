/**
 * The main step end to end: dist/main run as a process with a runner's environment, real bash
 * commands in a real project directory. What the user sees (exit code, the ::error:: line, outputs,
 * the job summary) and what the commands did (marker files) are the assertions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';

let project: { dir: string; remove: () => Promise<void> };
let job: ActionJob | undefined;

beforeEach(async () => {
  project = await copyCoveredProject();
});
afterEach(async () => {
  await job?.cleanup();
  job = undefined;
  await project.remove();
});

async function runMain(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<StepResult> {
  job = await createActionJob({ workspace: project.dir, inputs, env: { PATH: PROJECT_PATH, ...env } });
  return job.run('main');
}

function errorsOf(step: StepResult): string[] {
  return step.commands
    .filter((c) => c.command === 'error' && Object.keys(c.properties).length === 0)
    .map((c) => c.message);
}

function file(name: string): string {
  return readFileSync(`${project.dir}/${name}`, 'utf8');
}

/** The totals c8 itself printed (json-summary reporter) for the project's last covered run. */
function c8Totals(): Record<string, { pct: number }> {
  return (JSON.parse(file('coverage/coverage-summary.json')) as { total: Record<string, { pct: number }> })
    .total;
}

/** Alive and not a zombie (an unreaped zombie is a dead process). */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const FULL =
  'echo full >> order.log && c8 --reporter=json --reporter=json-summary node --test test/unit/*.test.mjs test/integration/*.test.mjs';

describe('test phases', () => {
  it('runs the unit phase, then the full phase, and reports c8’s own numbers', async () => {
    const step = await runMain({
      'unit-command': 'echo unit >> order.log && node --test test/unit/*.test.mjs',
      'test-command': FULL,
    });
    expect(step.exitCode, step.stdout + step.stderr).toBe(0);
    expect(file('order.log')).toBe('unit\nfull\n');
    const c8 = c8Totals();
    expect(step.outputs).toMatchObject({
      lines: String(c8.lines?.pct),
      statements: String(c8.statements?.pct),
      functions: String(c8.functions?.pct),
      branches: String(c8.branches?.pct),
      passed: 'true',
      patch: '',
      delta: '',
    });
    expect(step.stdout).toContain('::group::unit phase: echo unit >> order.log');
    expect(step.stdout).toContain('::group::full phase: echo full >> order.log');
    // Each phase's group shows how long it took.
    expect(step.stdout).toMatch(/unit phase passed in \d+(\.\d)? m?s/);
    const report = JSON.parse(readFileSync(step.outputs['report-json'] ?? '', 'utf8')) as {
      totals: Record<string, { pct: number } | null>;
      passed: boolean;
    };
    expect(report.passed).toBe(true);
    expect(report.totals.lines?.pct).toBe(c8.lines?.pct);
  });

  it('stops after a failed unit phase: the full phase never runs', async () => {
    const step = await runMain({ 'unit-command': 'exit 3', 'test-command': 'touch full-ran && ' + FULL });
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)).toEqual(['unit phase failed (exit 3)']);
    expect(existsSync(`${project.dir}/full-ran`)).toBe(false);
    expect(step.outputs.passed).toBe('false');
    expect(step.summary).toContain('unit phase failed (exit 3)');
    expect(step.summary).toContain('No coverage report was read: the full phase did not run.');
  });

  it('fails a failed full phase with its own message and still reports the coverage it wrote', async () => {
    const step = await runMain({ 'test-command': `${FULL} && exit 4` });
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)).toEqual(['full phase failed (exit 4)']);
    expect(step.outputs.lines).toBe(String(c8Totals().lines?.pct));
    expect(step.outputs.passed).toBe('false');
  });

  it('says "command not found" for exit 127', async () => {
    const step = await runMain({ 'unit-command': 'covgate-no-such-tool --run', 'test-command': FULL });
    expect(errorsOf(step)).toEqual([
      'unit phase failed (exit 127): command not found — a program in "covgate-no-such-tool --run" is not installed or not on PATH',
    ]);
    expect(step.stderr + step.stdout).toContain('covgate-no-such-tool: command not found');
  });

  it('reports a phase killed by a signal', async () => {
    const step = await runMain({ 'test-command': 'kill -KILL $$' });
    expect(errorsOf(step)).toEqual(['full phase was killed by signal SIGKILL']);
  });

  it('kills the whole process tree on timeout, grandchildren that ignore SIGTERM included', async () => {
    const command =
      `node -e "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)" & echo $! > grandchild.pid; ` +
      'sleep 300';
    const started = Date.now();
    const step = await runMain(
      { 'test-command': command, 'phase-timeout-minutes': '0.03' },
      { COVGATE_KILL_GRACE_MS: '100' },
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(errorsOf(step)).toEqual([
      'full phase ran longer than phase-timeout-minutes and its whole process tree was killed',
    ]);
    const grandchild = Number(file('grandchild.pid'));
    expect(grandchild).toBeGreaterThan(0);
    expect(isAlive(grandchild)).toBe(false);
    expect(step.stdout).toContain('full phase: time limit of 1.8 s reached, stopping its process tree');
  });

  it('stops the phase’s process tree when the job is cancelled (SIGTERM to the action)', async () => {
    job = await createActionJob({
      workspace: project.dir,
      inputs: { 'test-command': 'sleep 300 & echo $! > grandchild.pid; sleep 300' },
      env: { PATH: PROJECT_PATH },
    });
    const pidFile = `${project.dir}/grandchild.pid`;
    const step = await job.run('main', {}, (pid) => {
      const poll = setInterval(() => {
        if (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '') {
          clearInterval(poll);
          process.kill(pid, 'SIGTERM');
        }
      }, 50);
    });
    expect(step.signal).toBe('SIGTERM');
    expect(isAlive(Number(file('grandchild.pid')))).toBe(false);
  });

  it('gives the phases the workflow environment and runs them in working-directory', async () => {
    const step = await runMain(
      {
        'working-directory': 'test',
        'test-command': 'pwd > where.txt; echo "$FROM_WORKFLOW" > env.txt',
        'coverage-files': '../missing.json',
      },
      { FROM_WORKFLOW: 'hello from env:' },
    );
    expect(file('test/where.txt').trim()).toBe(`${project.dir}/test`);
    expect(file('test/env.txt')).toBe('hello from env:\n');
    expect(errorsOf(step)[0]).toMatch(
      /^The full phase wrote no coverage report: coverage-files \(\.\.\/missing\.json\) matched nothing/,
    );
  });

  it('names the globs searched and what coverage/ holds when the full phase wrote no report', async () => {
    const step = await runMain({ 'test-command': 'mkdir -p coverage && echo x > coverage/other.txt' });
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)).toEqual([
      `The full phase wrote no coverage report: the default coverage-files (coverage/coverage-final.json, coverage/lcov.info, coverage/cobertura-coverage.xml, coverage.xml) matched nothing in ${project.dir}; coverage/ holds coverage/other.txt. Make the test command write a report: pytest-cov \`--cov=PACKAGE --cov-report=xml\` (coverage.xml), Jest \`--coverage\` (coverage/coverage-final.json), Vitest \`run --coverage\` with @vitest/coverage-v8, c8 \`--reporter=json\` (coverage/coverage-final.json); or point coverage-files at the report.`,
    ]);
  });
});

describe('inputs', () => {
  it('refuses a missing test-command in one line, before running anything', async () => {
    const step = await runMain({ 'unit-command': 'touch unit-ran' });
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)).toEqual([
      "Missing test-command. Give the full suite to run with coverage (e.g. 'npm test -- --coverage'), or coverage-files to only report on existing coverage reports.",
    ]);
    expect(existsSync(`${project.dir}/unit-ran`)).toBe(false);
    expect(step.stdout + step.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports all input problems together', async () => {
    const step = await runMain({
      'test-command': 'touch ran',
      postgres: 'maybe',
      'fail-under': 'lines=200',
      'phase-timeout-minutes': '-1',
      comment: 'yes',
    });
    expect(step.exitCode).toBe(1);
    const [message] = errorsOf(step);
    expect(message?.split('\n')).toEqual([
      '4 problems with the inputs:',
      "- Invalid postgres 'maybe'. Expected true or false.",
      "- Invalid phase-timeout-minutes '-1'. Expected a number of minutes greater than 0, e.g. 30, or leave it empty for no limit.",
      "- fail-under: 'lines=200' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. lines=85",
      "- Invalid comment 'yes'. Expected true or false.",
    ]);
    expect(existsSync(`${project.dir}/ran`)).toBe(false);
  });
});

describe('runner file commands', () => {
  it('writes outputs in the runner’s heredoc format', async () => {
    const step = await runMain({ 'test-command': FULL, 'fail-under': 'lines=99' });
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)[0]).toMatch(
      /^coverage gate failed: lines \d+(\.\d+)?% \(required 99%\) — most uncovered lines: \S+\.js \(\d[\d, -]*\)/,
    );
    const blocks = step.files.output.match(/^[a-z-]+<<(ghadelimiter_[0-9a-f-]+)\n[^]*?\n\1$/gm) ?? [];
    expect(blocks.join('\n') + '\n').toBe(step.files.output);
    expect(Object.keys(step.outputs).sort()).toEqual(
      [
        'branches',
        'comment-url',
        'delta',
        'functions',
        'lines',
        'passed',
        'patch',
        'report-json',
        'statements',
        'suggested-fail-under',
        'total',
      ].sort(),
    );
    expect(step.outputs.passed).toBe('false');
  });
});
