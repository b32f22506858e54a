/**
 * "No test twice" and test results, end to end through dist/main with real c8 + node:test runs:
 * the merged unit + rest coverage must equal one covered run of everything, metric by metric and
 * file by file, and equal the numbers c8 itself prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/analysis/types.js';
import type { PhaseResult } from '../src/report/context.js';
import { C8, copyCoveredProject, PROJECT_PATH, REST_TESTS, UNIT_TESTS } from './support/covered-project.js';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';

const cleanups: (() => Promise<void>)[] = [];
let project: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  project = await copyCoveredProject();
  cleanups.push(project.remove);
});
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function runMain(dir: string, inputs: Record<string, string>): Promise<StepResult> {
  const job: ActionJob = await createActionJob({ workspace: dir, inputs, env: { PATH: PROJECT_PATH } });
  cleanups.push(() => job.cleanup());
  return job.run('main');
}

type Published = Report & { context: { phases: PhaseResult[] } };

function reportOf(step: StepResult): Published {
  return JSON.parse(readFileSync(step.outputs['report-json'] ?? '', 'utf8')) as Published;
}

/** node:test flags for spec output on stdout plus a JUnit file (Node 20 does not create junit/ itself). */
function junit(name: string): string {
  return `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=junit/${name}.xml`;
}

describe('no test twice (rest-command)', () => {
  it('merges unit + rest coverage to exactly what one covered run of everything gives', async () => {
    const single = await copyCoveredProject();
    cleanups.push(single.remove);
    const once = await runMain(single.dir, {
      'test-command': `${C8} node --test ${UNIT_TESTS} ${REST_TESTS}`,
    });
    expect(once.exitCode, once.stdout).toBe(0);

    const split = await runMain(project.dir, {
      'unit-command': `mkdir -p junit && ${C8} node --test ${junit('unit')} ${UNIT_TESTS}`,
      'rest-command': `${C8} node --test ${junit('rest')} ${REST_TESTS}`,
      'junit-files': 'junit/*.xml',
    });
    expect(split.exitCode, split.stdout).toBe(0);

    const a = reportOf(once);
    const b = reportOf(split);
    expect(b.totals).toEqual(a.totals);
    expect(b.files).toEqual(a.files);
    for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
      expect(split.outputs[metric]).toBe(once.outputs[metric]);
    }
    // …and both equal what c8 printed for the single run.
    const c8 = JSON.parse(readFileSync(`${single.dir}/coverage/coverage-summary.json`, 'utf8')) as {
      total: Record<string, { covered: number; total: number; pct: number }>;
    };
    for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
      const { covered, total, pct } = c8.total[metric] ?? { covered: -1, total: -1, pct: -1 };
      expect(a.totals[metric]).toEqual({ covered, total, pct });
    }
    // No test ran twice: the unit phase ran the 2 unit tests, the rest phase only the other 3.
    const [unit, rest] = b.context.phases;
    expect([unit?.name, unit?.tests?.passed]).toEqual(['unit', 2]);
    expect([rest?.name, rest?.tests?.passed]).toEqual(['rest', 3]);
    expect(split.stdout).toContain('::group::rest phase: c8 --experimental-monocart');
  });

  it('still reports the unit phase’s coverage when it fails, and skips the rest phase', async () => {
    writeFileSync(
      `${project.dir}/test/unit/broken.test.mjs`,
      "import { test } from 'node:test';\ntest('x', () => { throw new Error('nope'); });\n",
    );
    const step = await runMain(project.dir, {
      'unit-command': `${C8} node --test ${UNIT_TESTS}`,
      'rest-command': `touch rest-ran && ${C8} node --test ${REST_TESTS}`,
    });
    expect(step.exitCode).toBe(1);
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'unit phase failed (exit 1)',
    ]);
    expect(() => readFileSync(`${project.dir}/rest-ran`)).toThrow();
    // The unit phase's own numbers, as c8 printed them (its coverage-final.json was set aside).
    const c8 = JSON.parse(readFileSync(`${project.dir}/coverage/coverage-summary.json`, 'utf8')) as {
      total: { lines: { pct: number } };
    };
    expect(step.outputs.lines).toBe(String(c8.total.lines.pct));
    const phases = reportOf(step).context.phases;
    expect(phases.map((p) => [p.name, p.skipped])).toEqual([
      ['unit', false],
      ['rest', true],
    ]);
  });

  it('asks for coverage from the unit phase when rest-command is set', async () => {
    const step = await runMain(project.dir, {
      'unit-command': `node --test ${UNIT_TESTS}`,
      'rest-command': `touch rest-ran && ${C8} node --test ${REST_TESTS}`,
    });
    expect(step.exitCode).toBe(1);
    expect(step.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^rest-command is set, so unit-command must write coverage, but none of coverage\/coverage-final\.json, .* exists in .* after the unit phase/,
    );
    expect(() => readFileSync(`${project.dir}/rest-ran`)).toThrow();
  });
});

describe('JUnit results', () => {
  it('counts tests per phase and annotates failed ones', async () => {
    writeFileSync(
      `${project.dir}/test/integration/fails.test.mjs`,
      "import { test } from 'node:test';\ntest('checks the total', () => { throw new Error('total was 3, expected 4'); });\ntest.skip('later', () => {});\n",
    );
    const step = await runMain(project.dir, {
      'unit-command': `mkdir -p junit && node --test ${junit('unit')} ${UNIT_TESTS}`,
      'test-command': `${C8} node --test ${junit('full')} ${UNIT_TESTS} ${REST_TESTS}`,
      'junit-files': 'junit/*.xml',
    });
    expect(step.exitCode).toBe(1);
    const phases = reportOf(step).context.phases;
    expect(phases.map((p) => [p.name, p.tests?.passed, p.tests?.failed, p.tests?.skipped])).toEqual([
      ['unit', 2, 0, 0],
      ['full', 5, 1, 1],
    ]);
    const annotation = step.commands.find((c) => c.command === 'error' && c.properties.title !== undefined);
    expect(annotation).toEqual({
      command: 'error',
      properties: { title: 'full phase: checks the total failed' },
      message: 'total was 3, expected 4',
    });
    expect(step.summary).toContain('checks the total');
  });

  it('a JUnit file the parser rejects is one warning each; the coverage report still goes out', async () => {
    const bad = `echo '<testsuites><testcase>' > junit/bad.xml && echo '<!DOCTYPE x [<!ELEMENT>]><testsuites/>' > junit/dtd.xml`;
    const step = await runMain(project.dir, {
      'test-command': `mkdir -p junit && ${bad} && ${C8} node --test ${UNIT_TESTS}`,
      'junit-files': 'junit/*.xml',
    });
    expect(step.exitCode, step.stdout + step.stderr).toBe(0);
    const warnings = step.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      new RegExp(`^JUnit file ${project.dir}/junit/bad\\.xml is not valid XML \\(line \\d+: .+\\)`),
    );
    expect(warnings[1]).toMatch(
      new RegExp(`^JUnit file ${project.dir}/junit/dtd\\.xml cannot be read \\(.+\\)`),
    );
    expect(step.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(step.outputs.passed).toBe('true');
    expect(Number(step.outputs.lines)).toBeGreaterThan(0);
    expect(reportOf(step).context.phases[0]?.tests).toBeNull();
    expect(step.summary).toContain('Coverage');
  });
});
