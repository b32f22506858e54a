/**
 * The pytest project test/fixtures/python-app driven end to end through the built bundles with
 * real pytest-cov and real PostgreSQL (`postgres: true`, psycopg2): covgate's `total` equals
 * coverage.py's TOTAL, its log table equals `coverage report -m` of the same run line for line,
 * its partial lines equal coverage.py's missing branches, and `unit-command` + `rest-command`
 * merged equal one full run in every file and metric. Runs where /usr/bin/python3 has pytest-cov
 * and psycopg2 (Debian's python3-pytest-cov, python3-psycopg2); elsewhere it prints one line and
 * skips, unless COVGATE_REQUIRE_TOOLS=1 makes a missing tool a failure. python-app.int.test.ts
 * checks the same from the committed recordings.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/analysis/types.js';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';
import { hasPythonTools, PYTHON_APP, type CoveragePyJson } from './support/python-app.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const live = hasPythonTools();
if (!live) {
  if (process.env.COVGATE_REQUIRE_TOOLS === '1') {
    throw new Error('COVGATE_REQUIRE_TOOLS=1 but /usr/bin/python3 lacks pytest_cov or psycopg2');
  }
  console.log(
    'python-app-live: skipped, /usr/bin/python3 has no pytest_cov/psycopg2 (recordings are checked instead)',
  );
}

const PYTEST = '/usr/bin/python3 -m pytest -q -p no:cacheprovider --cov=app --cov-branch --cov-report=xml';
const COVERAGE = '/usr/bin/python3 -m coverage';

let workspace = '';
const jobs: ActionJob[] = [];
/** The JSON report of the one full run, reused as the reference of the split run. */
let fullRunReport: Report | null = null;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'covgate-pyapp-'));
  await cp(PYTHON_APP, workspace, {
    recursive: true,
    filter: (src) => !src.includes('/recorded') && !src.endsWith('record.mjs'),
  });
});
afterEach(async () => {
  for (const job of jobs.splice(0)) {
    if (job.state['covgate-postgres'] !== undefined) await job.run('post').catch(() => undefined);
    await job.cleanup();
  }
  // The kept server's post step still runs in its workspace (a step needs its cwd).
  if (serverJob?.workspace !== workspace) await rm(workspace, { recursive: true, force: true });
});

/**
 * The full run's job, whose server the split run reuses (one initdb per file, not two): its post
 * step runs once the split run is done, or in afterAll when that test did not run.
 */
let serverJob: { job: ActionJob; env: Record<string, string>; workspace: string } | null = null;
afterAll(async () => {
  await serverJob?.job.run('post');
  await serverJob?.job.cleanup();
  if (serverJob) await rm(serverJob.workspace, { recursive: true, force: true });
});

/**
 * Runs main, then post, of a job with `postgres: true` in the workspace. With `keepServer` the post
 * step waits (see serverJob); with `dbEnv` (what such a job exported) the job provisions nothing and
 * its tests use that server, like a later job step would.
 */
async function runMain(
  inputs: Record<string, string>,
  options: { keepServer?: boolean; dbEnv?: Record<string, string> } = {},
): Promise<StepResult> {
  const job = await createActionJob({
    workspace,
    inputs: {
      postgres: options.dbEnv === undefined ? 'true' : 'false',
      'postgres-port': '55433',
      comment: 'false',
      'github-token': '',
      ...inputs,
    },
    env: { PATH: `${PG_BIN}:${process.env.PATH ?? ''}`, PYTHONDONTWRITEBYTECODE: '1', ...options.dbEnv },
    timeoutMs: 180_000,
  });
  const main = await job.run('main');
  if (options.keepServer === true && main.exportedEnv.DATABASE_URL !== undefined) {
    serverJob = { job, env: main.exportedEnv, workspace };
    return main;
  }
  jobs.push(job);
  const post = await job.run('post');
  expect(post.exitCode, post.stdout).toBe(0);
  return main;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

describe.runIf(live)('python-app through dist/ with real pytest-cov and PostgreSQL', () => {
  it("one full run: total, the log table and partial lines are coverage.py's own", async () => {
    const main = await runMain(
      {
        'test-command': `${PYTEST} --junitxml=junit.xml && ${COVERAGE} report -m > coverage-report.txt && ${COVERAGE} json -o coverage.json`,
        'junit-files': 'junit.xml',
        'fail-under': 'lines=85, total=85',
      },
      { keepServer: true },
    );
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const own = await readJson<CoveragePyJson>(join(workspace, 'coverage.json'));
    const t = own.totals;
    // The integration tests reached PostgreSQL: nothing was skipped for want of a database.
    expect(main.summary).toMatch(/12 passed, 0 failed, 0 skipped/);

    const table = await readFile(join(workspace, 'coverage-report.txt'), 'utf8');
    expect(table.split('\n').length).toBeGreaterThan(6);
    expect(main.stdout).toContain(table);

    expect(main.outputs.total).toBe(String(Math.floor(t.percent_covered * 100) / 100));
    const report = await readJson<Report & { totals: { total: { covered: number; total: number } } }>(
      main.outputs['report-json'] ?? '',
    );
    expect(report.totals.total).toMatchObject({
      covered: t.covered_lines + t.covered_branches,
      total: t.num_statements + t.num_branches,
    });
    expect(main.outputs['suggested-fail-under']).toBe('lines=90, total=85');
    fullRunReport = report;

    for (const file of report.files) {
      const mine = (file.partialLines ?? []).flatMap((p) => (p.missing ?? []).map((d) => `${p.line}->${d}`));
      const theirs = (own.files[file.path]?.missing_branches ?? [])
        .filter(([from]) => !(own.files[file.path]?.missing_lines ?? []).includes(from))
        .map(([from, to]) => `${from}->${to < 0 ? 'exit' : to}`);
      expect(mine, file.path).toEqual(theirs);
    }
  }, 240_000);

  it('unit-command + rest-command with --cov-branch equal one run in every file and metric', async () => {
    let oneReport = fullRunReport;
    if (oneReport === null) {
      const one = await runMain({ 'test-command': PYTEST });
      expect(one.exitCode, one.stdout + one.stderr).toBe(0);
      oneReport = await readJson<Report>(one.outputs['report-json'] ?? '');
    }

    // On the full run's server when it is still up (the integration tests must reach it: a skipped
    // one would change the totals below); then that job's post step must tear it down cleanly.
    const shared = serverJob;
    const split = await runMain(
      { 'unit-command': `${PYTEST} -m unit`, 'rest-command': `${PYTEST} -m "not unit"` },
      { dbEnv: shared?.env },
    );
    expect(split.exitCode, split.stdout + split.stderr).toBe(0);
    if (shared !== null) {
      serverJob = null;
      try {
        const post = await shared.job.run('post');
        expect(post.exitCode, post.stdout).toBe(0);
        expect(post.stdout).toContain('PostgreSQL: stopped the server');
      } finally {
        await shared.job.cleanup();
        await rm(shared.workspace, { recursive: true, force: true });
      }
    }
    const splitReport = await readJson<Report>(split.outputs['report-json'] ?? '');
    expect(splitReport.totals).toEqual(oneReport.totals);
    expect(splitReport.files).toEqual(oneReport.files);
    expect(split.stdout).not.toContain('lower bound');
  }, 300_000);
});
