/**
 * Every process a phase starts dies when the phase times out or the job is cancelled — daemons
 * included: a `setsid` child out of the phase's process group and a double-forked daemon that
 * ignores SIGTERM. dist/main runs as a process; the kill grace period is cut to 100 ms.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionJob, type ActionJob, type StepResult } from './support/runner.js';

let workspace: string;
let job: ActionJob | undefined;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'covgate-procs-'));
});
afterEach(async () => {
  await job?.cleanup();
  job = undefined;
  rmSync(workspace, { recursive: true, force: true });
});

/** Alive and not a zombie (an unreaped zombie is a dead process). */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Starts a setsid child and a double-forked daemon (both ignore SIGTERM, both out of the phase's
 * process group, the daemon also out of its parentage), writes their pids, then waits.
 */
const SPAWN_DAEMONS = [
  `setsid sh -c 'trap "" TERM; echo $$ > setsid.pid; exec sleep 300' &`,
  `( setsid sh -c 'trap "" TERM; echo $$ > daemon.pid; exec sleep 300' & ) ;`,
  'sleep 300',
].join(' ');

function pidsIn(): number[] {
  return ['setsid.pid', 'daemon.pid'].map((f) => Number(readFileSync(join(workspace, f), 'utf8')));
}

function errorsOf(step: StepResult): string[] {
  return step.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

const env = { COVGATE_KILL_GRACE_MS: '100' };

describe.runIf(process.platform === 'linux')('phase process tracking', () => {
  it('a timeout kills the setsid child and the double-forked daemon', async () => {
    job = await createActionJob({
      workspace,
      env,
      inputs: { 'test-command': SPAWN_DAEMONS, 'phase-timeout-minutes': '0.02' },
    });
    const started = Date.now();
    const step = await job.run('main');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(errorsOf(step)[0]).toBe(
      'full phase ran longer than phase-timeout-minutes and its whole process tree was killed',
    );
    const pids = pidsIn();
    expect(pids.every((pid) => pid > 0)).toBe(true);
    expect(pids.map(isAlive)).toEqual([false, false]);
  });

  it('cancelling the job (SIGTERM to the action) kills them too', async () => {
    job = await createActionJob({ workspace, env, inputs: { 'test-command': SPAWN_DAEMONS } });
    const step = await job.run('main', {}, (pid) => {
      const poll = setInterval(() => {
        const ready = ['setsid.pid', 'daemon.pid'].every((f) => {
          const file = join(workspace, f);
          return existsSync(file) && readFileSync(file, 'utf8').trim() !== '';
        });
        if (ready) {
          clearInterval(poll);
          process.kill(pid, 'SIGTERM');
        }
      }, 50);
    });
    expect(step.signal).toBe('SIGTERM');
    expect(pidsIn().map(isAlive)).toEqual([false, false]);
  });

  it('refuses hostile limits and globs in one input error, before running anything', async () => {
    job = await createActionJob({
      workspace,
      env: { COVGATE_KILL_GRACE_MS: 'soon' },
      inputs: {
        'test-command': 'touch ran',
        'phase-timeout-minutes': '40000',
        'coverage-files': '/**/*.info',
        'junit-files': '../../../**/*.xml',
      },
    });
    const step = await job.run('main');
    expect(step.exitCode).toBe(1);
    expect(errorsOf(step)[0]?.split('\n')).toEqual([
      '4 problems with the inputs:',
      "- Invalid phase-timeout-minutes '40000'. Expected at most 7200 (5 days, the longest a job may run on any runner), e.g. 30, or leave it empty for no limit.",
      "- Invalid COVGATE_KILL_GRACE_MS 'soon'. Expected whole milliseconds from 0 to 600000, or leave it unset for 5000.",
      `- Invalid coverage-files '/**/*.info': it reaches outside the workspace ${workspace}. Give globs relative to working-directory that stay inside the repository.`,
      `- Invalid junit-files '../../../**/*.xml': it reaches outside the workspace ${workspace}. Give globs relative to working-directory that stay inside the repository.`,
    ]);
    expect(existsSync(join(workspace, 'ran'))).toBe(false);
  });
});
