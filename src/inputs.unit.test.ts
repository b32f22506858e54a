import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inputs } from './constants.js';
import { InputError } from './errors.js';
import { parseConfig, splitList } from './inputs.js';

const workspace = mkdtempSync(join(tmpdir(), 'covgate-inputs-'));
writeFileSync(join(workspace, 'base.json'), '{}');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function configFrom(inputs: Record<string, string>, env: Record<string, string> = {}, event = {}) {
  return parseConfig({
    getInput: (name: Inputs) => inputs[name] ?? '',
    env: { GITHUB_WORKSPACE: workspace, ...env },
    cwd: '/',
    event,
  });
}

function problemsOf(inputs: Record<string, string>): string {
  try {
    configFrom(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const c = configFrom({ 'test-command': 'npm test' });
    expect(c).toMatchObject({
      mode: 'run',
      workingDirectory: workspace,
      repoRoot: workspace,
      postgres: undefined,
      databaseUrlEnv: ['DATABASE_URL', 'TEST_DATABASE_URL'],
      testCommand: 'npm test',
      unitCommand: undefined,
      phaseTimeoutMs: undefined,
      coverageGlobs: [
        'coverage/coverage-final.json',
        'coverage/lcov.info',
        'coverage/cobertura-coverage.xml',
        'coverage.xml',
      ],
      coverageGlobsExplicit: false,
      thresholds: [],
      comment: true,
      commentId: 'covgate',
      annotations: true,
      checkName: undefined,
    });
  });

  it('reads every input into its typed field', () => {
    const c = configFrom({
      postgres: 'true',
      'postgres-version': '15',
      'postgres-port': '6543',
      'postgres-password': 'pw',
      'database-url-env': 'A_URL\nB_URL',
      'unit-command': 'npm run unit',
      'rest-command': 'npm run rest',
      'phase-timeout-minutes': '1.5',
      'coverage-files': 'a/*.json, b/lcov.info',
      'base-coverage': 'base.json',
      'fail-under': 'lines=80, patch=90',
      'fail-under-file': '50',
      'max-drop': '0.5',
      include: 'src/**',
      exclude: 'src/gen/**, **/*.d.ts',
      comment: 'false',
      'check-name': 'coverage',
      annotations: 'FALSE',
    });
    expect(c.postgres).toEqual({
      version: 15,
      user: 'test_user',
      password: 'pw',
      database: 'test_db',
      port: 6543,
    });
    expect(c.databaseUrlEnv).toEqual(['A_URL', 'B_URL']);
    expect(c.phaseTimeoutMs).toBe(90_000);
    expect(c.coverageGlobs).toEqual(['a/*.json', 'b/lcov.info']);
    expect(c.coverageGlobsExplicit).toBe(true);
    expect(c.baseCoverage).toBe(join(workspace, 'base.json'));
    expect(c.thresholds).toEqual([
      { name: 'lines', required: 80 },
      { name: 'patch', required: 90 },
    ]);
    expect([c.failUnderFile, c.maxDrop, c.comment, c.annotations]).toEqual([50, 0.5, false, false]);
    expect(c.exclude).toEqual(['src/gen/**', '**/*.d.ts']);
  });

  it('generates a password when none is given', () => {
    const a = configFrom({ postgres: 'true', 'test-command': 't' }).postgres?.password ?? '';
    const b = configFrom({ postgres: 'true', 'test-command': 't' }).postgres?.password ?? '';
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a).not.toBe(b);
  });

  it('reports every problem at once, each naming the input and value', () => {
    const message = problemsOf({
      postgres: 'yes',
      'phase-timeout-minutes': 'ten',
      'fail-under': 'lines=eighty',
      'comment-id': 'a b',
      'database-url-env': 'DATABASE-URL',
      'working-directory': 'nope',
    });
    const lines = message.split('\n');
    expect(lines[0]).toBe('7 problems with the inputs:');
    expect(lines.slice(1)).toEqual([
      expect.stringContaining("Invalid working-directory 'nope'"),
      "- Invalid postgres 'yes'. Expected true or false.",
      expect.stringContaining("Invalid database-url-env name 'DATABASE-URL'"),
      expect.stringContaining('Missing test-command.'),
      expect.stringContaining("Invalid phase-timeout-minutes 'ten'"),
      expect.stringContaining("Invalid comment-id 'a b'"),
      expect.stringContaining("fail-under: 'lines=eighty' is not a percentage"),
    ]);
  });

  it('gives a single problem as one line', () => {
    expect(problemsOf({})).toBe(
      "Missing test-command. Give the full suite to run with coverage (e.g. 'npm test -- --coverage'), or coverage-files to only report on existing coverage reports.",
    );
  });

  it('accepts coverage-files alone, without any command', () => {
    const c = configFrom({ 'coverage-files': 'cov/lcov.info' });
    expect([c.unitCommand, c.testCommand, c.restCommand]).toEqual([undefined, undefined, undefined]);
    expect([c.coverageGlobs, c.coverageGlobsExplicit]).toEqual([['cov/lcov.info'], true]);
  });

  it('checks postgres inputs only when postgres is on', () => {
    expect(configFrom({ 'test-command': 't', 'postgres-port': 'x' }).postgres).toBeUndefined();
    expect(
      problemsOf({ postgres: 'true', 'test-command': 't', 'postgres-port': 'x', 'postgres-user': '1u' }),
    ).toMatch(/^2 problems with the inputs:\n- Invalid postgres-user '1u'.+\n- Invalid postgres-port 'x'/);
  });

  it('rejects rest-command without unit-command, and together with test-command', () => {
    expect(problemsOf({ 'rest-command': 'r' })).toContain('needs unit-command too');
    expect(problemsOf({ 'unit-command': 'u', 'rest-command': 'r', 'test-command': 't' })).toContain(
      'remove test-command',
    );
  });

  it('names a missing base-coverage file with its resolved path', () => {
    expect(problemsOf({ 'test-command': 't', 'base-coverage': 'gone.json' })).toBe(
      `Invalid base-coverage 'gone.json': ${join(workspace, 'gone.json')} does not exist. Give a file path relative to working-directory.`,
    );
  });

  it('publish mode needs report-file and refuses commands', () => {
    const message = problemsOf({ mode: 'publish', 'test-command': 'rm -rf /' });
    expect(message).toContain("Invalid test-command 'rm -rf /' with mode 'publish'");
    expect(message).toContain('Missing report-file.');
    const c = configFrom({ mode: 'publish', 'report-file': 'base.json' });
    expect([c.mode, c.reportFile]).toEqual(['publish', join(workspace, 'base.json')]);
  });

  it('rejects an unknown mode and report-file in run mode', () => {
    expect(problemsOf({ mode: 'post' })).toContain("Invalid mode 'post'.");
    expect(problemsOf({ 'test-command': 't', 'report-file': 'r.json' })).toContain(
      "Invalid report-file 'r.json': it is only read with mode 'publish'",
    );
  });

  it('reads the pull_request event', () => {
    const event = {
      pull_request: {
        number: 7,
        head: { sha: 'h1', repo: { full_name: 'fork/app' } },
        base: { sha: 'b1', ref: 'main', repo: { full_name: 'org/app' } },
      },
      repository: { default_branch: 'main' },
    };
    const env = { GITHUB_REPOSITORY: 'org/app', GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'merge' };
    expect(configFrom({ 'test-command': 't' }, env, event).event).toEqual({
      eventName: 'pull_request',
      owner: 'org',
      repo: 'app',
      pullNumber: 7,
      headSha: 'h1',
      headRepository: 'fork/app',
      headBranch: undefined,
      baseSha: 'b1',
      baseRef: 'main',
      pushedBranch: undefined,
      defaultBranch: 'main',
      fromFork: true,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
    });
  });

  it('reads push and workflow_run events', () => {
    const push = configFrom(
      { 'test-command': 't' },
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/release',
        GITHUB_SHA: 's1',
        GITHUB_API_URL: 'http://x',
      },
    ).event;
    expect([push.pushedBranch, push.baseRef, push.headSha, push.pullNumber, push.apiUrl]).toEqual([
      'release',
      'release',
      's1',
      undefined,
      'http://x',
    ]);
    const run = configFrom(
      { mode: 'publish', 'report-file': 'base.json' },
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_SHA: 'default-branch-sha' },
      { workflow_run: { head_sha: 'pr-head', pull_requests: [] } },
    ).event;
    expect([run.headSha, run.pullNumber]).toEqual(['pr-head', undefined]);
  });
});

describe('phase limits and file globs', () => {
  it('refuses a timeout beyond 5 days, keeps a tiny one above 0 ms, reads COVGATE_KILL_GRACE_MS', () => {
    expect(problemsOf({ 'test-command': 't', 'phase-timeout-minutes': '40000' })).toBe(
      "Invalid phase-timeout-minutes '40000'. Expected at most 7200 (5 days, the longest a job may run on any runner), e.g. 30, or leave it empty for no limit.",
    );
    expect(problemsOf({ 'test-command': 't', 'phase-timeout-minutes': 'Infinity' })).toMatch(
      /^Invalid phase-timeout-minutes 'Infinity'\. Expected a number of minutes greater than 0/,
    );
    expect(configFrom({ 'test-command': 't', 'phase-timeout-minutes': '7200' }).phaseTimeoutMs).toBe(
      432_000_000,
    );
    expect(configFrom({ 'test-command': 't', 'phase-timeout-minutes': '1e-9' }).phaseTimeoutMs).toBe(1);
    expect(configFrom({ 'test-command': 't' }, { COVGATE_KILL_GRACE_MS: '100' }).killGraceMs).toBe(100);
    expect(configFrom({ 'test-command': 't' }).killGraceMs).toBeUndefined();
    expect(() => configFrom({ 'test-command': 't' }, { COVGATE_KILL_GRACE_MS: '-5' })).toThrow(
      "Invalid COVGATE_KILL_GRACE_MS '-5'. Expected whole milliseconds from 0 to 600000, or leave it unset for 5000.",
    );
    const paced = configFrom({ 'test-command': 't' }, { COVGATE_API_WRITE_INTERVAL_MS: '0' });
    expect(paced.apiWriteIntervalMs).toBe(0);
    expect(configFrom({ 'test-command': 't' }).apiWriteIntervalMs).toBeUndefined();
    expect(() => configFrom({ 'test-command': 't' }, { COVGATE_API_WRITE_INTERVAL_MS: '1.5' })).toThrow(
      "Invalid COVGATE_API_WRITE_INTERVAL_MS '1.5'. Expected whole milliseconds from 0 to 600000, or leave it unset for 1000.",
    );
  });

  it('refuses coverage-files and junit-files that reach outside the workspace, one line each', () => {
    const message = problemsOf({
      'test-command': 't',
      'coverage-files': 'coverage/lcov.info, /**/*.info',
      'junit-files': '../../**/*.xml',
    });
    expect(message.split('\n')).toEqual([
      '2 problems with the inputs:',
      `- Invalid coverage-files '/**/*.info': it reaches outside the workspace ${workspace}. Give globs relative to working-directory that stay inside the repository.`,
      `- Invalid junit-files '../../**/*.xml': it reaches outside the workspace ${workspace}. Give globs relative to working-directory that stay inside the repository.`,
    ]);
    const temp = join(workspace, '..');
    const ok = configFrom(
      { 'test-command': 't', 'coverage-files': `${temp}/shards/*.info` },
      { RUNNER_TEMP: temp },
    );
    expect(ok.coverageGlobs).toEqual([`${temp}/shards/*.info`]);
  });
});

describe('splitList', () => {
  it('splits on commas and newlines and drops blanks', () => {
    expect(splitList(' a, b\n\nc ,')).toEqual(['a', 'b', 'c']);
  });
});

describe('shard, merge and components inputs', () => {
  it('names a shard from the matrix JSON the action.yml default passes, else from the job', () => {
    const matrix = JSON.stringify({ shard: 2, node: 24 }, null, 2);
    expect(
      configFrom({ mode: 'shard', 'test-command': 't', 'shard-name': matrix }, { GITHUB_JOB: 'test' }),
    ).toMatchObject({ mode: 'shard', shardName: 'test (2, 24)', shardCount: undefined });
    expect(
      configFrom({ mode: 'shard', 'test-command': 't', 'shard-name': 'null' }, { GITHUB_JOB: 'e2e' })
        .shardName,
    ).toBe('e2e');
  });

  it('reads merge inputs and requires shard-files and shard-count, and no commands', () => {
    expect(configFrom({ mode: 'merge', 'shard-files': 'shards/*.json', 'shard-count': '3' })).toMatchObject({
      mode: 'merge',
      shardFiles: ['shards/*.json'],
      shardCount: 3,
    });
    const problems = problemsOf({ mode: 'merge', 'test-command': 'npm test', 'shard-count': '0' });
    expect(problems).toContain("Invalid test-command 'npm test' with mode 'merge'");
    expect(problems).toContain('Missing shard-files.');
    expect(problems).toContain("Invalid shard-count '0'. Expected the number of matrix legs");
    expect(problemsOf({ mode: 'merge', 'shard-files': 'x' })).toContain("Invalid shard-count ''");
    expect(problemsOf({ mode: 'shards' })).toContain("Invalid mode 'shards'.");
  });

  it('says where a misplaced input belongs instead of ignoring it', () => {
    const leg = problemsOf({ mode: 'shard', 'test-command': 't', 'fail-under': '80', 'check-name': 'c' });
    expect(leg).toContain(
      "Invalid fail-under '80' with mode 'shard': a leg reports and gates nothing; move it to the mode 'merge' job.",
    );
    expect(leg).toContain("Invalid check-name 'c' with mode 'shard'");
    const merge = problemsOf({
      mode: 'merge',
      'shard-files': 's/*',
      'shard-count': '2',
      'coverage-files': 'x',
    });
    expect(merge).toContain("Invalid coverage-files 'x' with mode 'merge': the legs ran the tests");
    expect(problemsOf({ 'test-command': 't', 'shard-count': '3' })).toBe(
      "Invalid shard-count '3' with mode 'run': it is only read with mode 'merge'; remove it.",
    );
  });

  it('parses components and reports a bad line with the others', () => {
    const c = configFrom({
      'test-command': 't',
      components: 'api: services/api/** | lines=85\nweb: apps/web/**',
    });
    expect(c.components.map((x) => x.name)).toEqual(['api', 'web']);
    const problems = problemsOf({ 'test-command': 't', components: 'api services', 'fail-under': 'x' });
    expect(problems).toMatch(/^2 problems with the inputs:/);
    expect(problems).toContain("components line 1 'api services' has no 'name:'");
  });
});
