/**
 * THE TABLE: every way a run can end × every channel the user can enable, in-process. Each row is a
 * real main step (real input parsing, real bash phases, the real REST client against the local fake
 * GitHub API, a real c8 report made once in beforeAll); the assertions read each channel — the
 * sticky comment, the check run, the job summary, the outputs, the JSON report file and the step's
 * failure — and require them to tell one and the same verdict.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { C8, copyCoveredProject, PROJECT_PATH, REST_TESTS, UNIT_TESTS } from './support/covered-project.js';
import { createRecordingIo, runMainInProcess, type InProcessResult } from './support/in-process.js';
import { hasTool, PYTHON } from './support/tools.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
/** The PR rewrites `unused` (src/math.js 18-20), which no test calls: line 19 is uncovered. */
const DIFF = `diff --git a/src/math.js b/src/math.js
--- a/src/math.js
+++ b/src/math.js
@@ -18,3 +18,3 @@ export function divide(a, b) {
-export function unused(y) {
-  return y > 0 ? 'positive' : 'not positive';
-}
+export function unused(x) {
+  return x > 0 ? 'positive' : 'not positive';
+}
`;
export const PR_EVENT = {
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
  repository: { default_branch: 'main' },
};

interface C8Totals {
  lines: { pct: number };
  branches: { pct: number };
}

let reportDir: string;
let c8: C8Totals;
let project: { dir: string; remove: () => Promise<void> };
let api: FakeGitHubApi;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  // One real c8 run of the fixture project; rows copy its report instead of re-running it.
  const made = await copyCoveredProject();
  // Clover too: its <coverage> root is not Cobertura's (a row below).
  execFileSync('bash', ['-c', `${C8} --reporter=clover node --test ${UNIT_TESTS} ${REST_TESTS}`], {
    cwd: made.dir,
    env: { ...process.env, PATH: PROJECT_PATH },
    stdio: 'ignore',
  });
  reportDir = mkdtempSync(join(tmpdir(), 'covgate-c8-'));
  execFileSync('cp', [
    `${made.dir}/coverage/coverage-final.json`,
    `${made.dir}/coverage/coverage-summary.json`,
    `${made.dir}/coverage/clover.xml`,
    reportDir,
  ]);
  c8 = (JSON.parse(readFileSync(join(reportDir, 'coverage-summary.json'), 'utf8')) as { total: C8Totals })
    .total;
  await made.remove();
});
afterAll(() => rmSync(reportDir, { recursive: true, force: true }));

beforeEach(async () => {
  project = await copyCoveredProject();
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [{ number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: DIFF }],
  });
  cleanups.push(project.remove, () => api.close());
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The phase command that "writes" c8's report, as the test command would. */
const WRITE_REPORT = (): string => `mkdir -p coverage && cp ${reportDir}/coverage-final.json coverage/`;

async function runPr(inputs: Record<string, string>, apiUrl = api.url): Promise<InProcessResult> {
  const run = await runMainInProcess({
    dir: project.dir,
    inputs: { 'check-name': 'coverage', ...inputs },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: apiUrl, PATH: PROJECT_PATH },
    event: PR_EVENT,
  });
  cleanups.push(run.cleanup);
  return run;
}

interface ReportFile {
  totals: { lines: { pct: number } } | null;
  passed: boolean;
  failure: { kind: string; title: string } | null;
  phases: { name: string; skipped: boolean }[];
}

function readReport(run: InProcessResult): ReportFile {
  return JSON.parse(readFileSync(run.io.outputs['report-json'] ?? '', 'utf8')) as ReportFile;
}

interface Row {
  path: string;
  inputs: () => Record<string, string>;
  passed: boolean;
  /** The check run's title: what failed, or "Passed: …". */
  title: () => string;
  kind: string | null;
  /** Does the run still have coverage numbers? */
  hasReport: boolean;
  /** A phrase the comment, the summary and the step's error all contain. */
  says: string;
}

const ROWS: Row[] = [
  {
    path: 'passed',
    inputs: () => ({ 'test-command': WRITE_REPORT(), 'fail-under': 'lines=50' }),
    passed: true,
    title: () => `Passed: lines ${c8.lines.pct}%, patch 50%`,
    kind: null,
    hasReport: true,
    says: 'Coverage check passed',
  },
  {
    path: 'threshold missed',
    inputs: () => ({ 'test-command': WRITE_REPORT(), 'fail-under': 'branches=100' }),
    passed: false,
    title: () => `branches ${c8.branches.pct}% < 100%`,
    kind: 'threshold-missed',
    hasReport: true,
    says: 'branches',
  },
  {
    path: 'unit phase failed',
    inputs: () => ({ 'unit-command': 'exit 1', 'test-command': WRITE_REPORT() }),
    passed: false,
    title: () => 'unit phase failed (exit 1)',
    kind: 'unit-phase-failed',
    hasReport: false,
    says: 'unit phase failed (exit 1)',
  },
  {
    path: 'full phase failed after writing coverage',
    inputs: () => ({ 'test-command': `${WRITE_REPORT()} && exit 4` }),
    passed: false,
    title: () => 'full phase failed (exit 4)',
    kind: 'full-phase-failed',
    hasReport: true,
    says: 'full phase failed (exit 4)',
  },
  {
    path: 'full phase timed out',
    inputs: () => ({ 'test-command': 'sleep 20', 'phase-timeout-minutes': '0.003' }),
    passed: false,
    title: () => 'full phase timed out',
    kind: 'full-phase-failed',
    hasReport: false,
    says: 'phase-timeout-minutes',
  },
  {
    path: 'no coverage report',
    inputs: () => ({ 'test-command': 'true' }),
    passed: false,
    title: () => 'no coverage report',
    kind: 'no-coverage-report',
    hasReport: false,
    says: 'wrote no coverage report',
  },
  {
    path: 'explicit coverage-files that match nothing',
    inputs: () => ({ 'test-command': WRITE_REPORT(), 'coverage-files': 'out/cov.json' }),
    passed: false,
    title: () => 'no coverage report',
    kind: 'no-coverage-report',
    hasReport: false,
    says: 'out/cov.json',
  },
  {
    path: 'unreadable report',
    inputs: () => ({ 'test-command': "mkdir -p coverage && echo '{' > coverage/coverage-final.json" }),
    passed: false,
    title: () => 'unreadable coverage report',
    kind: 'unreadable-report',
    hasReport: false,
    says: 'invalid JSON',
  },
  {
    // Jest and c8 write `{}` when their coverage include matched nothing: 0 of 0 lines is no data.
    path: 'a report of no file',
    inputs: () => ({ 'test-command': "mkdir -p coverage && echo '{}' > coverage/coverage-final.json" }),
    passed: false,
    title: () => 'unreadable coverage report',
    kind: 'unreadable-report',
    hasReport: false,
    says: 'coverage/coverage-final.json holds the coverage of no file',
  },
  {
    path: 'a Clover report given as coverage-files',
    inputs: () => ({
      'test-command': `mkdir -p coverage && cp ${reportDir}/clover.xml coverage/`,
      'coverage-files': 'coverage/clover.xml',
    }),
    passed: false,
    title: () => 'unreadable coverage report',
    kind: 'unreadable-report',
    hasReport: false,
    says: 'this is a Clover report (clover.xml), which covgate does not read',
  },
];

describe('every path × every channel', () => {
  it.each(ROWS)('$path', async (row) => {
    const run = await runPr(row.inputs());
    // The step: fails exactly when the outcome failed, with the phrase.
    expect(run.outcome?.passed).toBe(row.passed);
    if (row.passed) expect(run.failed).toBeNull();
    else expect(run.failed).toContain(row.says);
    // Check run: one, on the head commit, conclusion and title naming what failed.
    expect(api.state.checkRuns).toHaveLength(1);
    const [check] = api.state.checkRuns;
    expect(check?.head_sha).toBe(HEAD);
    expect(check?.conclusion).toBe(row.passed ? 'success' : 'failure');
    expect(check?.output.title).toBe(row.title());
    // Sticky comment: one, with the verdict and the reason.
    const comments = api.state.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    const heading = row.passed ? '### ✅ Coverage check passed' : '### ❌ Coverage check failed';
    expect(comments[0]?.body).toContain(heading);
    expect(comments[0]?.body).toContain(row.says);
    expect(check?.output.summary).toBe(comments[0]?.body);
    // Job summary: same verdict and reason.
    expect(run.io.summary).toContain(heading);
    expect(run.io.summary).toContain(row.says);
    // Outputs: passed, the numbers when there are any, comment-url and report-json always.
    expect(run.io.outputs.passed).toBe(String(row.passed));
    expect(run.io.outputs.lines).toBe(row.hasReport ? String(c8.lines.pct) : '');
    expect(run.io.outputs['comment-url']).toBe(comments[0]?.html_url);
    // JSON report file: the same verdict, and why.
    const report = readReport(run);
    expect(report.passed).toBe(row.passed);
    expect(report.failure?.kind ?? null).toBe(row.kind);
    expect(report.totals?.lines.pct ?? null).toBe(row.hasReport ? c8.lines.pct : null);
    if (!row.passed) expect(report.failure?.title).toBe(row.title());
  });

  it('PostgreSQL that cannot be provisioned: the check run and comment still say so', async () => {
    const run = await runPr({ postgres: 'true', 'postgres-version': '99', 'test-command': 'touch ran' });
    expect(run.failed).toMatch(/99/);
    expect(existsSync(join(project.dir, 'ran'))).toBe(false);
    const [check] = api.state.checkRuns;
    expect([check?.conclusion, check?.output.title]).toEqual([
      'failure',
      'PostgreSQL could not be provisioned',
    ]);
    expect(api.state.comments.get(7)?.[0]?.body).toContain('### ❌ Coverage check failed');
    expect(api.state.comments.get(7)?.[0]?.body).toContain('No test phase ran');
    expect(run.io.outputs.passed).toBe('false');
    expect(readReport(run).failure?.kind).toMatch(/^(invalid-input|setup-failed)$/);
  });

  it('fails invalid inputs in one line, sets passed=false and posts nothing', async () => {
    const run = await runPr({ 'test-command': 'true', 'fail-under': 'lines=150' });
    expect(run.outcome).toBeNull();
    expect(run.failed).toMatch(/fail-under/);
    expect(run.failed?.split('\n')).toHaveLength(1);
    expect(run.io.outputs).toEqual({ passed: 'false' });
    expect(api.requests).toHaveLength(0);
  });
});

describe('mode: publish renders the run’s outcome the same', () => {
  it.each(
    ROWS.filter((r) => ['unit phase failed', 'threshold missed', 'no coverage report'].includes(r.path)),
  )('$path', async (row) => {
    const original = await runPr(row.inputs());
    const comment = api.state.comments.get(7)?.[0]?.body;
    const check = api.state.checkRuns[0];
    await api.close();
    api = await startFakeGitHubApi({
      owner: 'octo-org',
      repo: 'octo-repo',
      pulls: [
        { number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: DIFF },
      ],
    });
    const published = await runMainInProcess({
      dir: project.dir,
      inputs: {
        mode: 'publish',
        'report-file': original.io.outputs['report-json'] ?? '',
        'check-name': 'coverage',
        // The publishing step's own thresholds decide its verdict (never the file's).
        'fail-under': row.inputs()['fail-under'] ?? '',
      },
      env: { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_API_URL: api.url },
      event: {
        workflow_run: {
          head_sha: HEAD,
          head_branch: 'feature',
          head_repository: { full_name: 'octo-org/octo-repo' },
          pull_requests: [],
        },
      },
    });
    cleanups.push(published.cleanup);
    expect(published.outcome?.passed).toBe(false);
    // The same comment and check, plus the label that says whose numbers they are.
    const label = "numbers reported by the pull request's run";
    const republished = api.state.comments.get(7)?.[0]?.body ?? '';
    const unlabelled = republished
      .split('\n')
      .filter((l) => !l.includes(label))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
    expect(unlabelled).toBe(comment);
    const [again] = api.state.checkRuns;
    expect([again?.conclusion, again?.output.title]).toEqual([
      check?.conclusion,
      `${check?.output.title} (${label})`,
    ]);
    expect(published.io.outputs.passed).toBe('false');
    expect(published.io.outputs['report-json']).toBe(original.io.outputs['report-json']);
  });
});

describe('messages that name the fix', () => {
  it('names the report the phase wrote elsewhere and the coverage-files value that reads it', async () => {
    const moved = `mkdir -p out/js && cp ${reportDir}/coverage-final.json out/js/ && printf 'TN:\\n' > out/js/lcov.info`;
    const run = await runPr({ 'test-command': moved });
    expect(run.failed).toContain(
      'the phase wrote out/js/coverage-final.json, out/js/lcov.info. To read them set coverage-files: out/js/coverage-final.json',
    );
    expect(api.state.checkRuns[0]?.output.title).toBe('no coverage report');
    const fixed = await runPr({ 'test-command': moved, 'coverage-files': 'out/js/coverage-final.json' });
    expect(fixed.outcome?.passed).toBe(true);
    expect(fixed.io.outputs.lines).toBe(String(c8.lines.pct));
  });

  it('a phase that fails with every test passing: the command’s own threshold, replaced by fail-under', async () => {
    const run = await runPr({
      'test-command':
        'c8 --check-coverage --lines 100 --reporter=json node --test --test-reporter=junit ' +
        `--test-reporter-destination=junit.xml ${UNIT_TESTS}`,
      'junit-files': 'junit.xml',
    });
    expect(run.failed).toMatch(
      /^full phase failed \(exit 1\): every test passed, so the test command's own coverage threshold probably failed .*c8 --check-coverage.*covgate's fail-under replaces it/,
    );
    expect(run.outcome?.phases[0]?.tests).toMatchObject({ failed: 0 });
    expect(api.state.checkRuns[0]?.output.title).toBe('full phase failed (exit 1)');
  });

  // Live where pytest is installed (CI), and always with pytest's recorded answer to a marker that
  // selects nothing (its output and exit code, replayed by a shell function of the same name).
  const pytests = [
    { source: 'live pytest', skip: !hasTool('pytest-cov'), command: `${PYTHON} -m pytest` },
    {
      source: 'recorded pytest',
      skip: false,
      command: "pytest() { printf '\\n1 deselected in 0.00s\\n'; return 5; }; pytest",
    },
  ];
  for (const { source, skip, command } of pytests) {
    it.skipIf(skip)(`translates pytest’s exit 5 in every channel (${source})`, async () => {
      const run = await runPr({
        'unit-command': `${command} -q -p no:cacheprovider -m smoke`,
        'test-command': 'true',
      });
      const expected =
        'unit phase failed (exit 5): pytest exit 5: no tests collected (does the marker expression select anything?)';
      expect(run.failed).toBe(expected);
      expect(api.state.comments.get(7)?.[0]?.body).toContain('pytest exit 5: no tests collected');
      expect(api.state.checkRuns[0]?.output.title).toBe('unit phase failed (exit 5)');
    });
  }
});

describe('disk full', () => {
  it('names the file, removes it, still posts and sets every output', async () => {
    // report.json is a link to /dev/full: every write to it fails with ENOSPC, as on a full disk.
    const run = await runMainInProcess({
      dir: project.dir,
      inputs: { 'check-name': 'coverage', 'test-command': WRITE_REPORT() },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url, PATH: PROJECT_PATH },
      event: PR_EVENT,
      beforeRun: async (workDir) => {
        await mkdir(workDir, { recursive: true });
        await symlink('/dev/full', join(workDir, 'report.json'));
      },
    });
    cleanups.push(run.cleanup);
    const file = join(run.io.workDir, 'report.json');
    expect(run.failed).toBe(
      `covgate could not write the JSON report ${file}: no space left on device (ENOSPC); free disk space on the runner; report-json is empty`,
    );
    expect(existsSync(file)).toBe(false);
    expect(run.io.outputs).toMatchObject({ passed: 'false', 'report-json': '', lines: String(c8.lines.pct) });
    expect(api.state.checkRuns[0]?.output.title).toBe('could not write the JSON report');
    expect(api.state.comments.get(7)?.[0]?.body).toContain('no space left on device');
  });

  it('a job summary that cannot be written is one warning; the verdict stands', async () => {
    const io = createRecordingIo(join(mkdtempSync(join(tmpdir(), 'covgate-summary-')), 'covgate'), {
      PATH: PROJECT_PATH,
    });
    io.appendSummary = (markdown) => appendFile('/dev/full', markdown);
    const run = await runMainInProcess({
      dir: project.dir,
      inputs: { 'test-command': WRITE_REPORT(), 'github-token': '' },
      seams: { io },
    });
    cleanups.push(run.cleanup);
    expect(run.failed).toBeNull();
    expect(io.outputs.passed).toBe('true');
    expect(io.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^covgate could not write the job summary \(GITHUB_STEP_SUMMARY\): ENOSPC/),
    ]);
    await rm(dirname(io.workDir), { recursive: true, force: true });
  });
});

describe('never stale, never lost', () => {
  it('turns the green comment red when the next run has no report (one comment, updated)', async () => {
    const green = await runPr({ 'test-command': WRITE_REPORT() });
    expect(green.outcome?.passed).toBe(true);
    const red = await runPr({ 'test-command': 'rm -rf coverage' });
    expect(red.outcome?.passed).toBe(false);
    const comments = api.state.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('### ❌ Coverage check failed');
    expect(comments[0]?.body).not.toContain('Coverage check passed');
    expect(api.state.checkRuns.map((c) => c.conclusion)).toEqual(['success', 'failure']);
  });

  it('a fork PR with check-name: the refused check run’s annotations become workflow commands, one warning', async () => {
    await api.close();
    api = await startFakeGitHubApi({
      owner: 'octo-org',
      repo: 'octo-repo',
      readOnly: true,
      pulls: [
        { number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: DIFF },
      ],
    });
    const run = await runPr({ 'test-command': WRITE_REPORT() });
    expect(run.outcome?.passed).toBe(true);
    const annotations = run.io.warnings.filter((w) => w.target?.file !== undefined);
    expect(annotations.map((a) => [a.target?.file, a.target?.startLine])).toEqual([['src/math.js', 19]]);
    const others = run.io.warnings.filter((w) => w.target?.file === undefined).map((w) => w.message);
    expect(others).toHaveLength(1);
    expect(others[0]).toMatch(/could not post the PR comment nor the check run.*checks: write/);
    expect(run.io.outputs.passed).toBe('true');
  });
});
