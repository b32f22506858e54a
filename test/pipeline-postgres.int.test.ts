/**
 * `postgres: true` through the built bundles: main provisions a real server and the phases reach it
 * through the exported variables; post (with the STATE_* main saved) stops it and leaves nothing —
 * also when the tests failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { C8, copyCoveredProject, PROJECT_PATH, UNIT_TESTS } from './support/covered-project.js';
import { createActionJob, type ActionJob } from './support/runner.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';
let project: { dir: string; remove: () => Promise<void> };
let job: ActionJob | undefined;

beforeEach(async () => {
  project = await copyCoveredProject();
});
afterEach(async () => {
  // Never leave a server behind, even when an assertion failed before post ran.
  if (job !== undefined && job.state['covgate-postgres'] !== undefined)
    await job.run('post').catch(() => undefined);
  await job?.cleanup();
  job = undefined;
  await project.remove();
});

function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const DB_PROBE =
  "env | grep -E '^(DATABASE_URL|APP_DB_URL|TEST_DATABASE_URL|PG(HOST|PORT|USER|PASSWORD|DATABASE))=' | sort > db-env.txt && " +
  'psql -tAc "select current_user || \'@\' || current_database()" > whoami.txt && ' +
  'psql "$APP_DB_URL" -tAc "create table t (n int); insert into t values (42); select n from t" > query.txt';

describe('postgres: true', () => {
  it('hands the server to the phases and later steps, and post tears it down', async () => {
    job = await createActionJob({
      workspace: project.dir,
      inputs: {
        postgres: 'true',
        'postgres-port': '55432',
        'database-url-env': 'DATABASE_URL, APP_DB_URL',
        'unit-command': DB_PROBE,
        'test-command': `${C8} node --test ${UNIT_TESTS}`,
      },
      env: { PATH: `${PG_BIN}:${PROJECT_PATH}` },
    });
    const main = await job.run('main');
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(readFileSync(`${project.dir}/whoami.txt`, 'utf8')).toBe('test_user@test_db\n');
    expect(readFileSync(`${project.dir}/query.txt`, 'utf8')).toBe('CREATE TABLE\nINSERT 0 1\n42\n');

    const url = main.outputs['database-url'] ?? '';
    const password = decodeURIComponent(new URL(url).password);
    const port = Number(new URL(url).port);
    expect(url).toMatch(/^postgresql:\/\/test_user:.+@127\.0\.0\.1:\d+\/test_db$/);
    const phaseEnv = Object.fromEntries(
      readFileSync(`${project.dir}/db-env.txt`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(phaseEnv).toEqual({
      APP_DB_URL: url,
      DATABASE_URL: url,
      PGDATABASE: 'test_db',
      PGHOST: '127.0.0.1',
      PGPASSWORD: password,
      PGPORT: String(port),
      PGUSER: 'test_user',
    });
    // Later steps get the same through GITHUB_ENV, written in the runner's heredoc format.
    expect(main.exportedEnv).toEqual(phaseEnv);
    const blocks = main.files.env.match(/^[A-Z_]+<<(ghadelimiter_[0-9a-f-]+)\n[^]*?\n\1$/gm) ?? [];
    expect(blocks.join('\n') + '\n').toBe(main.files.env);
    // The password is registered as a secret before anything else could print it.
    const stdoutLines = main.stdout.split('\n');
    const maskLine = stdoutLines.findIndex((l) => l === `::add-mask::${password}`);
    expect(maskLine).toBeGreaterThanOrEqual(0);
    expect(stdoutLines.filter((l) => l.includes(password))).toEqual([`::add-mask::${password}`]);
    expect(main.stderr).not.toContain(password);

    const state = JSON.parse(main.state['covgate-postgres'] ?? '{}') as {
      pid: number;
      baseDir: string;
      dataDir: string;
    };
    expect(isAlive(state.pid)).toBe(true);
    // Saved twice: before initdb (for a job cancelled mid-start; no port yet) and once it ran.
    const saved = [...main.files.state.matchAll(/^covgate-postgres<<(\S+)\n(.*)\n\1$/gm)].map(
      (m) => JSON.parse(m[2] ?? '') as typeof state & { port: number },
    );
    expect(saved.map((s) => [s.dataDir, s.port, s.pid])).toEqual([
      [state.dataDir, 0, null],
      [state.dataDir, port, state.pid],
    ]);
    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(isAlive(state.pid)).toBe(false);
    expect(existsSync(state.baseDir)).toBe(false);
    expect(await isListening(port)).toBe(false);
    expect(post.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });

  it('tears the server down after a failed test phase too, with GITHUB_ENV on a full disk', async () => {
    job = await createActionJob({
      workspace: project.dir,
      inputs: { postgres: 'true', 'test-command': 'psql -tAc "select 1" > psql.txt && exit 5' },
      env: { PATH: `${PG_BIN}:${PROJECT_PATH}` },
    });
    // /dev/full: every write fails with ENOSPC, as GITHUB_ENV does on a full runner disk.
    const main = await job.run('main', { GITHUB_ENV: '/dev/full' });
    expect(main.exitCode).toBe(1);
    // The phase still got the server (its variables are handed over directly, not through GITHUB_ENV).
    expect(readFileSync(join(project.dir, 'psql.txt'), 'utf8')).toBe('1\n');
    const errors = main.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.split('\n')).toEqual([
      'full phase failed (exit 5)',
      expect.stringMatching(
        /^covgate could not write PG[A-Z]+ to \/dev\/full \(GITHUB_ENV\): no space left on device \(ENOSPC\); free disk space on the runner; later steps of the job do not get the database variables$/,
      ),
    ]);
    expect(main.stdout).not.toMatch(/\n\s+at /);
    expect(main.outputs.passed).toBe('false');
    const state = JSON.parse(main.state['covgate-postgres'] ?? '{}') as { pid: number; baseDir: string };
    const post = await job.run('post');
    expect(post.exitCode).toBe(0);
    expect(isAlive(state.pid)).toBe(false);
    expect(existsSync(state.baseDir)).toBe(false);
  });
});
