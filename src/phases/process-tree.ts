/**
 * Stops every process a phase started, the way the Actions runner finds a job's processes: each
 * phase gets a unique value in an environment variable, which every process it forks inherits —
 * also those that leave its process group (`setsid`) or its parentage (double-forked daemons), which
 * a signal to the group alone would miss. On Linux they are found by scanning `/proc/<pid>/environ`;
 * elsewhere (no /proc) only the process group is signalled. A process that clears its environment
 * (`env -i`) escapes the scan, as it escapes the runner's.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

/** The variable that marks a phase's processes (the runner's own is RUNNER_TRACKING_ID). */
export const TRACKING_VARIABLE = 'COVGATE_PHASE_TRACKING_ID';

/** A fresh, unguessable tracking value for one phase. */
export function newTrackingId(): string {
  return `covgate-${randomUUID()}`;
}

/** What to stop: the phase's first process (leader of its own group) and its tracking value. */
export interface ProcessTree {
  pid: number;
  /** True when `pid` leads its own process group (not on Windows). */
  ownGroup: boolean;
  trackingId: string;
  /** Where to look for processes; `/proc` except in tests. */
  procRoot?: string;
}

/**
 * Pids of live processes whose environment holds `TRACKING_VARIABLE=trackingId` (a zombie's
 * environment reads empty, so the dead are not listed). Empty where there is no /proc. With
 * `since` (a start time in clock ticks, /proc/<pid>/stat field 22), processes that started earlier
 * — which the phase cannot have started — are skipped without reading their environment: reading
 * another process's environment waits for its memory lock, which a busy process may hold long.
 */
export async function findTrackedProcesses(
  trackingId: string,
  procRoot = '/proc',
  since: number | null = null,
): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir(procRoot);
  } catch {
    return [];
  }
  const needle = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}\0`);
  const found: number[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) return;
      try {
        if (since !== null && ((await readStartTime(entry, procRoot)) ?? since) < since) return;
        const environ = await readFile(`${procRoot}/${entry}/environ`);
        // Each entry ends with NUL; matching at the start or after a NUL avoids a suffix match.
        const at = environ.indexOf(needle);
        if (at === 0 || (at > 0 && environ[at - 1] === 0)) found.push(Number(entry));
      } catch {
        // exited while we looked, or not ours to read
      }
    }),
  );
  return found.sort((a, b) => a - b);
}

/** Start time of a process in clock ticks after boot (/proc/<pid>/stat field 22), or null. */
export async function readStartTime(pid: number | string, procRoot = '/proc'): Promise<number | null> {
  try {
    const stat = await readFile(`${procRoot}/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start with field 3, the state.
    const value = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isSafeInteger(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * SIGTERM to the group and to every tracked process, then — once `graceMs` has passed with any of
 * them still alive — SIGKILL, repeated until none is left (a daemon may fork while we kill).
 */
export async function stopProcessTree(tree: ProcessTree, graceMs: number): Promise<void> {
  const termed = new Set<number>();
  // Everything the phase started began after its first process did.
  const since = await readStartTime(tree.pid, tree.procRoot);
  const find = (): Promise<number[]> => findTrackedProcesses(tree.trackingId, tree.procRoot, since);
  const term = async (): Promise<number[]> => {
    const tracked = await find();
    for (const pid of tracked) if (!termed.has(pid) && signal(pid, 'SIGTERM')) termed.add(pid);
    return tracked;
  };
  const groupAlive = signal(groupTarget(tree), 'SIGTERM');
  let left = await term();
  const deadline = Date.now() + graceMs;
  while ((left.length > 0 || isGroupAlive(tree)) && Date.now() < deadline) {
    await sleep(Math.min(50, Math.max(1, deadline - Date.now())));
    left = await term();
  }
  if (!groupAlive && left.length === 0) return;
  signal(groupTarget(tree), 'SIGKILL');
  for (let round = 0; round < MAX_KILL_ROUNDS; round++) {
    const tracked = await find();
    if (tracked.length === 0) return;
    for (const pid of tracked) signal(pid, 'SIGKILL');
    await sleep(10);
  }
}

/** Rounds of scan-and-SIGKILL before giving up on a process that keeps forking. */
const MAX_KILL_ROUNDS = 100;

function groupTarget(tree: ProcessTree): number {
  return tree.ownGroup ? -tree.pid : tree.pid;
}

function isGroupAlive(tree: ProcessTree): boolean {
  return signal(groupTarget(tree), 0);
}

/** Sends a signal; false when there is no such process (or group) left. */
function signal(target: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, name);
    return true;
  } catch {
    return false;
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
