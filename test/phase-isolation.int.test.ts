/**
 * The trust boundary between the PR's tests and covgate, through the built bundles: a phase gets
 * none of covgate's secrets and cannot write covgate's state or outputs; post acts only on state
 * that proves covgate made it, so forged state removes nothing and runs nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';

const TOKEN = 'ghs_covgateIsolationTestToken0123456789';
const SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret-value',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example/runtime-url-secret',
  ACTIONS_CACHE_URL: 'https://cache.example/cache-url-secret',
  ACTIONS_RESULTS_URL: 'https://results.example/results-url-secret',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/oidc-url-secret',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-secret',
  GITHUB_TOKEN: TOKEN,
};

let root: string;
let workspace: string;
/** A directory of the user's that forged state names for removal. */
let victim: string;
/** Fake server binaries that record being run. */
let evilBin: string;
let ranMarker: string;
let job: ActionJob | undefined;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'covgate-isolation-'));
  workspace = join(root, 'workspace');
  victim = join(root, 'victim');
  evilBin = join(root, 'evil-bin');
  ranMarker = join(root, 'evil-ran');
  for (const dir of [workspace, victim, join(victim, 'data'), evilBin]) mkdirSync(dir);
  writeFileSync(join(victim, 'precious.txt'), 'keep me');
  for (const tool of ['pg_ctl', 'initdb', 'postgres', 'pg_config']) {
    writeFileSync(join(evilBin, tool), `#!/bin/sh\necho "${tool} $*" >> ${ranMarker}\n`, { mode: 0o755 });
  }
});
afterAll(async () => {
  await job?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

function warningsOf(step: StepResult): string[] {
  return step.commands.filter((c) => c.command === 'warning').map((c) => c.message);
}

describe('a phase', () => {
  it('gets no input, token or runtime secret, and cannot write covgate’s state or outputs', async () => {
    const forged = JSON.stringify({
      dataDir: join(victim, 'data'),
      baseDir: victim,
      binDir: evilBin,
      runAs: null,
      port: 5432,
      pid: null,
    });
    const command = [
      'env > env-dump.txt',
      `echo 'covgate-postgres=${forged}' >> "$GITHUB_STATE"`,
      'echo "passed=true" >> "$GITHUB_OUTPUT"',
      'echo "$GITHUB_STATE" > state-path.txt',
      "printf 'SF:a.js\\nDA:1,1\\nDA:2,0\\nend_of_record\\n' > lcov.info",
    ].join(' && ');
    job = await createActionJob({
      workspace,
      inputs: {
        'github-token': TOKEN,
        'test-command': command,
        'coverage-files': 'lcov.info',
        'fail-under': '90',
      },
      env: { ...SECRETS, FROM_WORKFLOW: 'visible' },
    });
    const main = await job.run('main');
    expect(main.exitCode, main.stdout + main.stderr).toBe(1); // 50% < 90%: covgate's verdict, not the phase's
    expect(main.outputs.passed).toBe('false');
    expect(main.outputs.lines).toBe('50');

    const dump = readFileSync(join(workspace, 'env-dump.txt'), 'utf8');
    expect(dump).toContain('FROM_WORKFLOW=visible');
    expect(dump.split('\n').filter((line) => /^INPUT_/i.test(line))).toEqual([]);
    for (const secret of [TOKEN, ...Object.values(SECRETS)]) expect(dump).not.toContain(secret);
    expect(dump).not.toMatch(/^ACTIONS_(RUNTIME|CACHE|RESULTS|ID_TOKEN_REQUEST)_/m);
    // Its GITHUB_STATE was a throwaway file, gone after the phase; covgate's state has no forgery.
    const phaseState = readFileSync(join(workspace, 'state-path.txt'), 'utf8').trim();
    expect(phaseState).not.toBe('');
    expect(existsSync(phaseState)).toBe(false);
    expect(main.files.state).not.toContain('covgate-postgres');
    expect(main.files.output).not.toMatch(/^passed=true$/m);

    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(warningsOf(post)).toEqual([]);
    expect(readFileSync(join(victim, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(ranMarker)).toBe(false);
  });
});

describe('post with forged state', () => {
  let decoy: ChildProcess;

  beforeAll(() => {
    // A live process whose command line names "postgres" and the forged data directory, as the
    // server post would stop: the old post ran the forged pg_ctl against it.
    decoy = spawn(
      process.execPath,
      ['-e', 'setInterval(() => {}, 1000)', 'postgres', '-D', join(victim, 'data')],
      {
        stdio: 'ignore',
      },
    );
  });
  afterAll(() => {
    decoy.kill('SIGKILL');
  });

  it('warns once per forgery, removes nothing, runs nothing, stops nothing', async () => {
    const runnerTemp = join(root, 'runner-temp');
    // A directory where covgate would make its own, with an owner nonce — but not the state's.
    const placed = join(runnerTemp, 'covgate', 'covgate-pg-Forged');
    mkdirSync(join(placed, 'data'), { recursive: true });
    writeFileSync(join(placed, '.covgate-owner'), 'b'.repeat(32));
    writeFileSync(join(placed, 'data', 'precious.txt'), 'keep me too');
    const postJob = await createActionJob({ workspace, env: { RUNNER_TEMP: runnerTemp } });
    try {
      const pid = decoy.pid ?? 0;
      const base = { runAs: null, port: 5432, pid, nonce: 'a'.repeat(32) };
      const inPlace = { baseDir: placed, dataDir: join(placed, 'data') };
      const forged: [string, string][] = [
        [
          'covgate-postgres',
          JSON.stringify({ ...base, baseDir: victim, dataDir: join(victim, 'data'), binDir: evilBin }),
        ],
        ['covgate-postgres', JSON.stringify({ ...base, ...inPlace, binDir: '/usr/lib/postgresql/15/bin' })],
        ['covgate-postgres', JSON.stringify({ ...base, ...inPlace, nonce: 'b'.repeat(32), binDir: evilBin })],
        ['covgate-postgres', 'rm -rf /'],
        [
          'covgate-baseline',
          JSON.stringify({ file: '/etc/passwd', sha: 'f'.repeat(40), branch: 'main', commentId: 'covgate' }),
        ],
      ];
      const messages: string[] = [];
      for (const [name, text] of forged) {
        const post = await postJob.run('post', { [`STATE_${name}`]: text });
        expect(post.exitCode).toBe(0);
        messages.push(...warningsOf(post));
      }
      const ignored = (why: string): string =>
        `covgate: ignored the saved PostgreSQL state (${why}); nothing was stopped or removed`;
      expect(messages).toEqual([
        ignored(`${victim} is not a directory covgate creates`),
        ignored(`${placed} does not hold the owner nonce main wrote there`),
        ignored(`${evilBin} is not a PostgreSQL installation covgate found`),
        ignored('it is not JSON'),
        'covgate: ignored the saved baseline state (its file is not the one covgate writes); no baseline saved',
      ]);
      expect(readFileSync(join(victim, 'precious.txt'), 'utf8')).toBe('keep me');
      expect(readFileSync(join(placed, 'data', 'precious.txt'), 'utf8')).toBe('keep me too');
      expect(existsSync(ranMarker)).toBe(false);
      expect(decoy.exitCode).toBeNull();
      expect(() => process.kill(pid, 0)).not.toThrow();
    } finally {
      await postJob.cleanup();
    }
  });
});
