import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findTrackedProcesses,
  newTrackingId,
  readStartTime,
  stopProcessTree,
  TRACKING_VARIABLE,
} from './process-tree.js';
import { setLongTimeout } from './run.js';

/** Alive and not a zombie. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('findTrackedProcesses', () => {
  it('finds exactly the entries whose environment holds the tracking value', async () => {
    const proc = mkdtempSync(join(tmpdir(), 'covgate-proc-'));
    try {
      const add = (pid: string, environ: string): void => {
        mkdirSync(join(proc, pid));
        writeFileSync(join(proc, pid, 'environ'), environ);
      };
      add('10', `PATH=/bin\0${TRACKING_VARIABLE}=covgate-1\0`);
      add('11', `${TRACKING_VARIABLE}=covgate-1\0`);
      add('12', `${TRACKING_VARIABLE}=covgate-12\0`); // another value that starts alike
      add('13', `X_${TRACKING_VARIABLE}=covgate-1\0`); // a suffix of another name
      add('14', ''); // a zombie
      mkdirSync(join(proc, 'self'));
      expect(await findTrackedProcesses('covgate-1', proc)).toEqual([10, 11]);
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  it('skips, without reading their environment, processes older than the phase', async () => {
    const proc = mkdtempSync(join(tmpdir(), 'covgate-proc-'));
    try {
      const add = (pid: string, start: number, environ: string): void => {
        mkdirSync(join(proc, pid));
        // Field 22 (start time) is the 20th after the command name, which may hold spaces.
        writeFileSync(join(proc, pid, 'stat'), `${pid} (a b) S ${'0 '.repeat(18)}${start} 0 0`);
        writeFileSync(join(proc, pid, 'environ'), environ);
      };
      add('20', 500, `${TRACKING_VARIABLE}=covgate-2\0`);
      add('21', 499, `${TRACKING_VARIABLE}=covgate-2\0`); // older than the phase: a stale copy of the env
      expect(await readStartTime(20, proc)).toBe(500);
      expect(await findTrackedProcesses('covgate-2', proc, 500)).toEqual([20]);
      expect(await findTrackedProcesses('covgate-2', proc)).toEqual([20, 21]);
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  it('is empty without /proc', async () => {
    expect(await findTrackedProcesses('x', '/no/such/proc')).toEqual([]);
  });
});

describe.runIf(process.platform === 'linux')('stopProcessTree', () => {
  it('kills a setsid daemon that ignores SIGTERM, after the grace period', async () => {
    const trackingId = newTrackingId();
    const dir = mkdtempSync(join(tmpdir(), 'covgate-tree-'));
    const pidFile = join(dir, 'daemon.pid');
    // The leader double-forks a daemon into its own session, then exits: only the marker finds it.
    const script = `( setsid sh -c 'trap "" TERM; echo $$ > ${pidFile}; exec sleep 300' & ) ; sleep 300`;
    const leader = spawn('bash', ['-c', script], {
      env: { ...process.env, [TRACKING_VARIABLE]: trackingId },
      detached: true,
      stdio: 'ignore',
    });
    try {
      await vi.waitFor(() => expect(readFileSync(pidFile, 'utf8').trim()).not.toBe(''), { timeout: 5000 });
      const daemon = Number(readFileSync(pidFile, 'utf8'));
      expect(await findTrackedProcesses(trackingId)).toContain(daemon);
      const started = Date.now();
      await stopProcessTree({ pid: leader.pid ?? 0, ownGroup: true, trackingId }, 100);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(isAlive(daemon)).toBe(false);
      expect(await findTrackedProcesses(trackingId)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('setLongTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits longer than setTimeout can (2^31 - 1 ms) instead of firing at once', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    setLongTimeout(fn, 2 ** 31 + 5_000);
    vi.advanceTimersByTime(1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 ** 31 - 2);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const cancel = setLongTimeout(fn, 10);
    cancel();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
  });
});
