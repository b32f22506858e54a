/**
 * The trust check of the state main hands to post. Post removes a directory recursively and runs
 * pg_ctl, so a forged state (the PR's tests could export `STATE_covgate-postgres` through
 * GITHUB_ENV) must not choose what is removed or run. Post accepts a state only when:
 *
 * - its directory is one covgate creates — `covgate-pg-XXXXXX` directly under covgate's work dir
 *   or the system temp dir, a real directory, not a link — and holds the owner file main wrote
 *   there with the random nonce the state carries;
 * - its binaries are those of an installation covgate discovers (binaries.ts), checked only after
 *   the directory passed, so that nothing is executed for a forged state;
 * - every other field has the shape main writes.
 */
import { randomBytes } from 'node:crypto';
import { lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { PostgresInstallation } from './binaries.js';
import type { PostgresState } from './teardown.js';

/** Name of the owner file in the private directory; holds the nonce. */
export const OWNER_FILE = '.covgate-owner';

const BASE_DIR_NAME = /^covgate-pg-[A-Za-z0-9]{6}$/;
const NONCE = /^[0-9a-f]{32}$/;
const ACCOUNT = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Writes a fresh nonce into `baseDir` (just created by covgate) and returns it for the state. */
export async function writeOwnerNonce(baseDir: string): Promise<string> {
  const nonce = randomBytes(16).toString('hex');
  await writeFile(join(baseDir, OWNER_FILE), nonce, { mode: 0o600, flag: 'wx' });
  return nonce;
}

/** What the check needs from the runner. */
export interface StateCheckDeps {
  /** Directories covgate creates its private directory in (work dir, system temp dir). */
  parents: string[];
  /** The installations covgate would discover now. */
  findInstallations: () => Promise<PostgresInstallation[]>;
}

/** The verified state, or why it was refused; `gone` when its directory no longer exists. */
export type StateCheck = { ok: true; state: PostgresState } | { ok: false; gone: boolean; reason: string };

/** Checks the JSON text of a saved state (see the file comment). Never throws. */
export async function verifyPostgresState(saved: string, deps: StateCheckDeps): Promise<StateCheck> {
  const refuse = (reason: string, gone = false): StateCheck => ({ ok: false, gone, reason });
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return refuse('it is not JSON');
  }
  const state = readShape(value);
  if (typeof state === 'string') return refuse(state);
  const { baseDir } = state;
  const parents = deps.parents.map((p) => resolve(p));
  if (!BASE_DIR_NAME.test(basename(baseDir)) || !parents.includes(dirname(baseDir))) {
    return refuse(`${baseDir} is not a directory covgate creates`);
  }
  if (state.dataDir !== join(baseDir, 'data'))
    return refuse(`${state.dataDir} is not the data directory of ${baseDir}`);
  const info = await lstat(baseDir).catch(() => null);
  if (info === null) return refuse(`${baseDir} no longer exists`, true);
  if (!info.isDirectory()) return refuse(`${baseDir} is not a directory`);
  const owner = await readFile(join(baseDir, OWNER_FILE), 'utf8').catch(() => '');
  if (owner !== state.nonce) return refuse(`${baseDir} does not hold the owner nonce main wrote there`);
  const installed = await deps.findInstallations();
  const binDir = await realpath(state.binDir).catch(() => state.binDir);
  if (!installed.some((i) => i.binDir === binDir)) {
    return refuse(`${state.binDir} is not a PostgreSQL installation covgate found`);
  }
  return { ok: true, state };
}

/** The state's fields, checked for the shape main writes; else the reason. */
function readShape(value: unknown): PostgresState | string {
  if (typeof value !== 'object' || value === null) return 'it is not an object';
  const v = value as Record<string, unknown>;
  const { dataDir, baseDir, binDir, runAs, port, pid, nonce } = v;
  const absolute = (p: unknown): p is string => typeof p === 'string' && isAbsolute(p) && resolve(p) === p;
  if (!absolute(baseDir) || !absolute(dataDir) || !absolute(binDir))
    return 'a path in it is not a plain absolute path';
  // Never root: pg_ctl is run as this account.
  if (runAs !== null && (typeof runAs !== 'string' || !ACCOUNT.test(runAs) || runAs === 'root')) {
    return 'runAs is not an unprivileged account name';
  }
  if (!Number.isSafeInteger(port) || (port as number) < 0 || (port as number) > 65535)
    return 'port is not a port';
  if (pid !== null && (!Number.isSafeInteger(pid) || (pid as number) <= 0)) return 'pid is not a process id';
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) return 'it has no owner nonce';
  return { dataDir, baseDir, binDir, runAs, port: port as number, pid: pid as number | null, nonce };
}
