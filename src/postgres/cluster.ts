/**
 * The server's life cycle through the stock tools: initdb creates the cluster, pg_ctl starts and
 * stops it. Every tool runs from argument arrays (no shell), as the server account when we are root.
 */
import { execFile } from 'node:child_process';
import { appendFile, chown, open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerAccount } from './account.js';

const exe = process.platform === 'win32' ? '.exe' : '';

/** How a tool is run. */
export interface ToolContext {
  binDir: string;
  account: ServerAccount | null;
  env: NodeJS.ProcessEnv;
  /** Working directory the account can enter (the private directory). */
  cwd: string;
}

/** A failed tool run: its combined output, for the error message. */
export class ToolError extends Error {
  constructor(
    readonly tool: string,
    readonly output: string,
  ) {
    super(`${tool} failed: ${output.trim().split('\n').pop() ?? ''}`);
  }
}

/**
 * The environment for the server tools: the caller's, minus libpq/server variables (PGPORT,
 * PGDATA … would override what we pass) and with English messages so the log is predictable.
 */
function buildToolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) if (!key.startsWith('PG')) clean[key] = value;
  clean.LC_MESSAGES = 'C';
  return clean;
}

/** Runs one server tool; resolves to stdout+stderr, rejects with ToolError. */
function runTool(ctx: ToolContext, tool: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      join(ctx.binDir, tool + exe),
      args,
      {
        cwd: ctx.cwd,
        env: buildToolEnv(ctx.env),
        timeout: timeoutMs,
        ...(ctx.account ? { uid: ctx.account.uid, gid: ctx.account.gid } : {}),
      },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (error) fail(new ToolError(tool, output || error.message));
        else done(output);
      },
    );
  });
}

/** What initdb needs. */
export interface InitOptions {
  dataDir: string;
  user: string;
  password: string;
}

/**
 * Creates the cluster: `user` as superuser, scram-sha-256 for every connection, UTF-8. The password
 * goes through a 0600 file that is deleted right after, never through a command line. `--no-sync`:
 * a throwaway cluster need not survive a power cut, and flushing costs most of initdb's time.
 */
export async function initCluster(ctx: ToolContext, opts: InitOptions): Promise<void> {
  const pwfile = join(ctx.cwd, 'pwfile');
  const handle = await open(pwfile, 'wx', 0o600);
  try {
    await handle.writeFile(`${opts.password}\n`);
    await handle.close();
    if (ctx.account) await chown(pwfile, ctx.account.uid, ctx.account.gid);
    const args = ['-D', opts.dataDir, '-U', opts.user, '--auth=scram-sha-256', `--pwfile=${pwfile}`];
    args.push('-E', 'UTF8', '--no-sync');
    // C.UTF-8 sorts and case-maps the same on every glibc/musl runner; macOS keeps its own locale.
    const locale = process.platform === 'linux' ? ['--locale=C.UTF-8'] : [];
    try {
      await runTool(ctx, 'initdb', [...args, ...locale], 120_000);
    } catch (error) {
      if (locale.length === 0 || !(error instanceof ToolError) || !/locale/i.test(error.output)) throw error;
      await rm(opts.dataDir, { recursive: true, force: true });
      await runTool(ctx, 'initdb', [...args, '--no-locale'], 120_000);
    }
  } finally {
    await handle.close().catch(() => undefined);
    await rm(pwfile, { force: true });
  }
}

/** Quotes a postgresql.conf value: '...' with embedded quotes and backslashes doubled. */
function quoteConfValue(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Settings of a throwaway test server. */
export interface ServerSettings {
  port: number;
  /** Directory for the Unix socket (ignored on Windows). */
  socketDir: string;
  /** Extra `name = value` settings, after ours (so they win). */
  extra?: Record<string, string>;
}

const CONF_NAME = 'covgate.conf';

/**
 * Writes our settings to `covgate.conf` in the data directory, included from postgresql.conf:
 * loopback only, private socket, and durability off (a test database is thrown away anyway).
 */
export async function writeServerConfig(
  dataDir: string,
  settings: ServerSettings,
  account: ServerAccount | null,
  firstTime: boolean,
): Promise<void> {
  const lines: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(settings.port),
    unix_socket_directories: process.platform === 'win32' ? '' : settings.socketDir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    cluster_name: 'covgate',
    ...settings.extra,
  };
  const text = Object.entries(lines)
    .map(([name, value]) => `${name} = ${quoteConfValue(value)}`)
    .join('\n');
  const file = join(dataDir, CONF_NAME);
  await writeFile(file, `# Written by covgate: a throwaway test server.\n${text}\n`, { mode: 0o600 });
  if (account) await chown(file, account.uid, account.gid);
  if (firstTime) await appendFile(join(dataDir, 'postgresql.conf'), `\ninclude '${CONF_NAME}'\n`);
}

/** Starts the server and waits (pg_ctl -w) until it reports ready; rejects with ToolError. */
export async function startServer(
  ctx: ToolContext,
  dataDir: string,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const seconds = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
  await runTool(
    ctx,
    'pg_ctl',
    ['start', '-D', dataDir, '-l', logFile, '-w', '-t', seconds, '-s'],
    timeoutMs + 5000,
  );
}

/** Stops the server with pg_ctl (`fast` or `immediate`); true when pg_ctl says it stopped. */
export async function stopServer(
  ctx: ToolContext,
  dataDir: string,
  mode: 'fast' | 'immediate',
): Promise<boolean> {
  try {
    await runTool(ctx, 'pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '10', '-s'], 15_000);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's pid from postmaster.pid, or null when there is none. */
export async function readPostmasterPid(dataDir: string): Promise<number | null> {
  try {
    const first = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '';
    const pid = Number(first.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The last `count` non-empty lines of the server log (empty when there is no log). */
export async function readLogTail(logFile: string, count: number): Promise<string[]> {
  try {
    const lines = (await readFile(logFile, 'utf8')).split('\n').filter((line) => line.trim() !== '');
    return lines.slice(-count);
  } catch {
    return [];
  }
}
