/**
 * Finds the PostgreSQL server binaries installed on the runner: where GitHub's images and the usual
 * package managers put them. A directory counts only when it has all of initdb, pg_ctl and postgres
 * (Debian's `pg_config` from libpq-dev points at a bin directory even when no server is installed).
 */
import { execFile } from 'node:child_process';
import { access, readdir, realpath } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { InputError, RunnerError } from '../errors.js';

const execFileAsync = promisify(execFile);

/** One usable server installation. */
export interface PostgresInstallation {
  /** Major version (10 and later; older servers lack scram-sha-256 and are skipped). */
  version: number;
  /** Absolute, symlink-free directory holding initdb, pg_ctl and postgres. */
  binDir: string;
}

/** Parent directories whose `<major>/bin` or `postgresql@<major>/bin` children are scanned. */
export interface SearchRoots {
  /** `/usr/lib/postgresql` (Debian, Ubuntu), `C:\Program Files\PostgreSQL` (Windows). */
  versioned: string[];
  /** Homebrew `opt` directories holding `postgresql@<major>`. */
  homebrew: string[];
}

/** Where real runners keep server binaries. */
const DEFAULT_SEARCH_ROOTS: SearchRoots = {
  versioned: ['/usr/lib/postgresql', 'C:\\Program Files\\PostgreSQL'],
  homebrew: ['/opt/homebrew/opt', '/usr/local/opt'],
};

const exe = process.platform === 'win32' ? '.exe' : '';
const REQUIRED = ['initdb', 'pg_ctl', 'postgres'];
const MIN_VERSION = 10;

async function hasServerBinaries(dir: string): Promise<boolean> {
  try {
    await Promise.all(REQUIRED.map((name) => access(join(dir, name + exe))));
    return true;
  } catch {
    return false;
  }
}

/** Reads the major version a bin directory's pg_ctl reports ("pg_ctl (PostgreSQL) 15.8 ..."). */
async function readMajorVersion(binDir: string): Promise<number | undefined> {
  try {
    const { stdout } = await execFileAsync(join(binDir, 'pg_ctl' + exe), ['--version'], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function listVersionedDirs(roots: SearchRoots): Promise<{ dir: string; version: number }[]> {
  const found: { dir: string; version: number }[] = [];
  const scan = async (root: string, pattern: RegExp): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(root);
    } catch {
      return;
    }
    for (const name of names) {
      const match = pattern.exec(name);
      if (match) found.push({ dir: join(root, name, 'bin'), version: Number(match[1]) });
    }
  };
  await Promise.all([
    ...roots.versioned.map((root) => scan(root, /^(\d+)$/)),
    ...roots.homebrew.map((root) => scan(root, /^postgresql@(\d+)$/)),
  ]);
  return found;
}

async function readPgConfigBinDir(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('pg_config', ['--bindir'], { env, timeout: 10_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Directories of PATH entries that hold an `initdb`, resolved through symlinks to the real one. */
async function listPathDirs(env: NodeJS.ProcessEnv): Promise<string[]> {
  const entries = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  const dirs = await Promise.all(
    entries.map(async (entry) => {
      try {
        return dirname(await realpath(join(entry, 'initdb' + exe)));
      } catch {
        return undefined;
      }
    }),
  );
  return dirs.filter((dir): dir is string => dir !== undefined);
}

/**
 * Lists the usable installations, newest first, one per major version. Earlier sources win for the
 * same major: PGBIN, `pg_config --bindir`, the versioned roots, then PATH.
 */
export async function findInstallations(
  env: NodeJS.ProcessEnv,
  roots: SearchRoots = DEFAULT_SEARCH_ROOTS,
): Promise<PostgresInstallation[]> {
  const [pgConfigDir, versioned, pathDirs] = await Promise.all([
    readPgConfigBinDir(env),
    listVersionedDirs(roots),
    listPathDirs(env),
  ]);
  const candidates: { dir: string; version?: number }[] = [
    ...(env.PGBIN ? [{ dir: env.PGBIN }] : []),
    ...(pgConfigDir ? [{ dir: pgConfigDir }] : []),
    ...versioned,
    ...pathDirs.map((dir) => ({ dir })),
  ];
  const resolved = await Promise.all(
    candidates.map(async ({ dir, version }) => {
      if (!(await hasServerBinaries(dir))) return undefined;
      const binDir = await realpath(dir).catch(() => dir);
      return { binDir, version: version ?? (await readMajorVersion(binDir)) };
    }),
  );
  const byVersion = new Map<number, PostgresInstallation>();
  for (const item of resolved) {
    if (!item || item.version === undefined || item.version < MIN_VERSION) continue;
    if (!byVersion.has(item.version))
      byVersion.set(item.version, { version: item.version, binDir: item.binDir });
  }
  return [...byVersion.values()].sort((a, b) => b.version - a.version);
}

/** Describes installations for an error message: "16 (/usr/lib/postgresql/16/bin), 14 (...)". */
function describeInstallations(list: PostgresInstallation[]): string {
  return list.map((item) => `${item.version} (${item.binDir})`).join(', ');
}

/**
 * Picks the installation to run: the wanted major, or the newest when `wanted` is undefined.
 * Throws InputError when the wanted major is missing, RunnerError when there is no server at all.
 */
export function chooseInstallation(
  list: PostgresInstallation[],
  wanted: number | undefined,
): PostgresInstallation {
  if (list.length === 0) {
    throw new RunnerError(
      'No PostgreSQL server binaries (initdb, pg_ctl, postgres) found via PGBIN, pg_config --bindir, ' +
        '/usr/lib/postgresql/<major>/bin or PATH. GitHub-hosted Ubuntu images ship them ' +
        '(/usr/lib/postgresql/<major>/bin, e.g. 14, 16 or 18) and Windows images set PGBIN; elsewhere install ' +
        "them before this step (e.g. 'sudo apt-get install -y postgresql') or set PGBIN to their bin directory.",
    );
  }
  const newest = list[0];
  if (wanted === undefined && newest) return newest;
  const match = list.find((item) => item.version === wanted);
  if (match) return match;
  throw new InputError(
    `postgres-version '${String(wanted)}' is not installed on this runner; installed: ` +
      `${describeInstallations(list)}. Set postgres-version to one of these or leave it empty for the newest.`,
  );
}
