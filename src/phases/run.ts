/**
 * Runs one test phase the way a workflow `run:` step would: `bash -e -o pipefail -c <command>` in the
 * working directory, with the workflow's environment plus the database variables, output streamed
 * live, inside a log group. The command is the user's own input (never PR data).
 *
 * The phase runs in its own process group, and every process it starts carries its tracking value
 * (process-tree.ts), so that a timeout (or the job being cancelled) stops all of them — test runners
 * fork workers, servers and databases, some of them daemons, that a plain `kill(pid)` would orphan.
 */
import { spawn } from 'node:child_process';
import { KILL_GRACE_MS } from '../constants.js';
import { newTrackingId, stopProcessTree, TRACKING_VARIABLE } from './process-tree.js';
import type { PhaseResult } from '../report/context.js';
import { formatDuration } from '../report/format.js';

/** What to run. */
export interface PhaseSpec {
  name: PhaseResult['name'];
  command: string;
  /** Absolute directory to run in. */
  cwd: string;
  /** The complete environment of the command. */
  env: Record<string, string | undefined>;
  /** Kill the whole process tree after this long; `undefined` for no limit. */
  timeoutMs?: number | undefined;
  /** Time between SIGTERM and SIGKILL on timeout. */
  killGraceMs?: number | undefined;
}

/** The part of the action's log a phase uses. */
export interface PhaseLog {
  info(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

const EXIT_COMMAND_NOT_FOUND = 127;

/** Runs a phase and reports how it ended; never throws for a failing command. */
export async function runPhase(spec: PhaseSpec, log: PhaseLog): Promise<PhaseResult> {
  return log.group(`${spec.name} phase: ${firstLine(spec.command)}`, async () => {
    const started = Date.now();
    const end = await spawnPhase(spec, log);
    const durationMs = Date.now() - started;
    const result: PhaseResult = {
      name: spec.name,
      command: spec.command,
      exitCode: end.exitCode,
      signal: end.signal,
      timedOut: end.timedOut,
      skipped: false,
      durationMs,
      tests: null,
    };
    const failure = describePhaseFailure(result);
    log.info(`${spec.name} phase ${failure === null ? 'passed' : 'failed'} in ${formatDuration(durationMs)}`);
    if (end.spawnError !== null) log.info(`could not start bash: ${end.spawnError}`);
    return result;
  });
}

/** A PhaseResult for a phase that did not run because an earlier one failed. */
export function skippedPhase(name: PhaseResult['name'], command: string): PhaseResult {
  return {
    name,
    command,
    exitCode: null,
    signal: null,
    timedOut: false,
    skipped: true,
    durationMs: 0,
    tests: null,
  };
}

/**
 * The one-line reason a phase failed, e.g. "unit phase failed (exit 3)", or `null` when it passed or
 * was skipped.
 */
export function describePhaseFailure(phase: PhaseResult): string | null {
  if (phase.skipped || phase.exitCode === 0) return null;
  const label = `${phase.name} phase`;
  if (phase.timedOut) {
    return `${label} ran longer than phase-timeout-minutes and its whole process tree was killed`;
  }
  if (phase.signal !== null) return `${label} was killed by signal ${phase.signal}`;
  if (phase.exitCode === EXIT_COMMAND_NOT_FOUND) {
    return `${label} failed (exit 127): command not found — a program in "${firstLine(phase.command)}" is not installed or not on PATH`;
  }
  if (phase.exitCode === null) return `${label} could not be started (is bash installed?)`;
  return `${label} failed (exit ${phase.exitCode})`;
}

function firstLine(command: string): string {
  const line = command.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

interface PhaseEnd {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError: string | null;
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

async function spawnPhase(spec: PhaseSpec, log: PhaseLog): Promise<PhaseEnd> {
  const ownGroup = process.platform !== 'win32';
  const trackingId = newTrackingId();
  const grace = spec.killGraceMs ?? KILL_GRACE_MS;
  // Set once the phase is spawned (the signal handler below is installed before that).
  const phase: { pid?: number | undefined } = {};
  let timedOut = false;
  let stopping: Promise<void> = Promise.resolve();
  const stop = (): void => {
    if (phase.pid === undefined) return;
    stopping = stopProcessTree({ pid: phase.pid, ownGroup, trackingId }, grace);
  };
  // When the job is cancelled the runner signals us; pass it on to the phase's group, then die.
  // Listening before the spawn: a signal that arrived between the two would kill us the default
  // way and leave the phase running (its processes would outlive the job, holding the log open).
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    void stopping.finally(() => process.kill(process.pid, signal));
  };
  for (const s of FORWARDED_SIGNALS) process.once(s, onSignal);
  const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', spec.command], {
    cwd: spec.cwd,
    env: { ...spec.env, [TRACKING_VARIABLE]: trackingId },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: ownGroup,
  });
  phase.pid = child.pid;
  const cancelTimer =
    spec.timeoutMs === undefined
      ? undefined
      : setLongTimeout(() => {
          timedOut = true;
          log.info(
            `${spec.name} phase: time limit of ${formatDuration(spec.timeoutMs ?? 0)} reached, stopping its process tree`,
          );
          stop();
        }, spec.timeoutMs);
  try {
    const end = await new Promise<PhaseEnd>((resolve) => {
      child.once('error', (error) =>
        resolve({ exitCode: null, signal: null, timedOut: false, spawnError: error.message }),
      );
      child.once('exit', (code, signal) => resolve({ exitCode: code, signal, timedOut, spawnError: null }));
    });
    await stopping;
    return { ...end, timedOut };
  } finally {
    cancelTimer?.();
    for (const s of FORWARDED_SIGNALS) process.removeListener(s, onSignal);
  }
}

/** setTimeout's longest delay (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `fn` after `ms`, however long, in steps a timer can take; returns a cancel function. */
export function setLongTimeout(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout;
  const arm = (left: number): void => {
    timer = setTimeout(
      () => (left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : fn()),
      Math.min(left, MAX_TIMER_MS),
    );
  };
  arm(ms);
  return () => clearTimeout(timer);
}
