/**
 * Who runs the server, and where its private directory lives. initdb and pg_ctl refuse to run as
 * root, so on root runners (self-hosted, container jobs) the server runs as an unprivileged system
 * account that must own the directory and be able to reach it through every parent directory.
 */
import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { RunnerError } from '../errors.js';

const execFileAsync = promisify(execFile);

/** An unprivileged account the server runs as when we are root. */
export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

/** Accounts tried in order; `postgres` is what distribution packages create. */
const ACCOUNT_NAMES = ['postgres', 'nobody'];

/** Looks an account up by name: /etc/passwd, else `id` (post looks up the saved name again). */
export async function findAccount(name: string): Promise<ServerAccount | undefined> {
  try {
    const passwd = await readFile('/etc/passwd', 'utf8');
    for (const line of passwd.split('\n')) {
      const [user, , uid, gid] = line.split(':');
      if (user === name && uid && gid) return { name, uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // No readable /etc/passwd: ask `id`, which also sees NSS accounts.
  }
  try {
    const uid = await execFileAsync('id', ['-u', name]);
    const gid = await execFileAsync('id', ['-g', name]);
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/** Returns `null` when we are not root (the server runs as us), else the account to run it as. */
export async function resolveServerAccount(): Promise<ServerAccount | null> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  for (const name of ACCOUNT_NAMES) {
    const account = await findAccount(name);
    if (account && account.uid !== 0) return account;
  }
  throw new RunnerError(
    "Running as root, and initdb refuses root, but there is no unprivileged 'postgres' account to run " +
      "PostgreSQL as. Create one before this step (e.g. 'useradd --system postgres') or run the job as a non-root user.",
  );
}

/** True when the account may enter `dir` and each of its parents (owner, group or other x bit). */
export async function isTraversable(dir: string, account: ServerAccount): Promise<boolean> {
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current);
    const bit = info.uid === account.uid ? 0o100 : info.gid === account.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Creates the private directory (data dir, socket, log) of one run under `tempDir`. As root, when
 * the server account cannot reach `tempDir` (RUNNER_TEMP under a 0700 home), a dedicated directory
 * under the system temp directory is used instead; the account owns the directory either way.
 */
export async function createBaseDir(
  tempDir: string,
  account: ServerAccount | null,
  env: NodeJS.ProcessEnv,
  log: { info(msg: string): void },
): Promise<string> {
  await mkdir(tempDir, { recursive: true });
  let parent = resolve(tempDir);
  if (account && !(await isTraversable(parent, account))) {
    const fallback = resolve(env.TMPDIR || '/tmp');
    if (!(await isTraversable(fallback, account))) {
      throw new RunnerError(
        `The '${account.name}' account PostgreSQL runs as cannot reach ${parent} nor ${fallback}; ` +
          'make RUNNER_TEMP or TMPDIR a directory whose parents are world-searchable (chmod o+x).',
      );
    }
    log.info(
      `PostgreSQL: the '${account.name}' account cannot reach ${parent} (a parent is not searchable); ` +
        `using a private directory under ${fallback} instead.`,
    );
    parent = fallback;
  }
  const baseDir = await mkdtemp(join(parent, 'covgate-pg-'));
  try {
    await chmod(baseDir, 0o700);
    if (account) await chown(baseDir, account.uid, account.gid);
  } catch (error) {
    await rm(baseDir, { recursive: true, force: true });
    throw error;
  }
  return baseDir;
}
