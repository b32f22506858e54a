/**
 * The post step's half: stop the server (fast, then immediate, then SIGKILL as a last resort) and
 * remove its private directory. Never throws; safe to run twice or for a server already gone.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { findAccount } from './account.js';
import { readPostmasterPid, stopServer, type ToolContext } from './cluster.js';

/** What main hands to post (JSON-safe; saved with core.saveState). */
export interface PostgresState {
  dataDir: string;
  baseDir: string;
  binDir: string;
  /** The account the server runs as when main ran as root, else null. */
  runAs: string | null;
  port: number;
  pid: number | null;
  /** Random value main wrote into `baseDir` (state.ts): post's proof that covgate made it. */
  nonce: string;
}

/** Where teardown reports to. */
export interface PostgresLog {
  info(msg: string): void;
  warning(msg: string): void;
}

/** True while `pid` is a live process (a zombie nobody reaped counts as gone). */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** True when `pid` is a postgres process for `dataDir` (guards against a recycled pid). */
async function isOurServer(pid: number, dataDir: string): Promise<boolean> {
  if (!(await isAlive(pid))) return false;
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
    return cmdline.includes('postgres') && cmdline.includes(dataDir);
  } catch {
    return process.platform !== 'linux';
  }
}

/** Pids whose parent is `pid` (Linux /proc; empty elsewhere): the server's backends and workers. */
async function listChildren(pid: number): Promise<number[]> {
  const children: number[] = [];
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return children;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return children;
}

/** SIGKILLs the postmaster and its children; true when the postmaster is gone afterwards. */
async function killServer(pid: number): Promise<boolean> {
  const children = await listChildren(pid);
  for (const target of [pid, ...children]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone between the check and the kill
    }
  }
  return waitGone(pid, 5000);
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (await isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return true;
}

/**
 * Stops the server described by `state` and removes its directory. `stopped`: no server process of
 * this run is left; `removed`: the directory is gone. Problems are logged as warnings, not thrown.
 */
export async function teardownPostgres(
  state: PostgresState,
  log: PostgresLog,
): Promise<{ stopped: boolean; removed: boolean }> {
  const pid = (await readPostmasterPid(state.dataDir)) ?? state.pid;
  let stopped = pid === null || !(await isOurServer(pid, state.dataDir));
  // A state saved before the server started has no port yet (port 0).
  const where = state.port > 0 ? ` on port ${state.port}` : ` of ${state.dataDir}`;
  if (stopped) {
    log.info(`PostgreSQL: no server running for ${state.dataDir}.`);
  } else if (pid !== null) {
    const account = state.runAs ? ((await findAccount(state.runAs)) ?? null) : null;
    const cwd = existsSync(state.baseDir) ? state.baseDir : '/';
    const ctx: ToolContext = { binDir: state.binDir, account, env: process.env, cwd };
    for (const mode of ['fast', 'immediate'] as const) {
      if ((await stopServer(ctx, state.dataDir, mode)) && (await waitGone(pid, 5000))) {
        log.info(`PostgreSQL: stopped the server${where} (pg_ctl stop -m ${mode}).`);
        stopped = true;
        break;
      }
    }
    if (!stopped) {
      stopped = await killServer(pid);
      if (stopped) log.warning(`PostgreSQL: pg_ctl could not stop the server; killed process ${pid}.`);
      else log.warning(`PostgreSQL: could not stop the server (process ${pid})${where}.`);
    }
  }
  try {
    await rm(state.baseDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    log.warning(`PostgreSQL: could not remove ${state.baseDir}: ${(error as Error).message}`);
  }
  const removed = !existsSync(state.baseDir);
  if (removed) log.info(`PostgreSQL: removed ${state.baseDir}.`);
  return { stopped, removed };
}
