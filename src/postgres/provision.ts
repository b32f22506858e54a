/**
 * The facade main.ts and post.ts use: provision a private PostgreSQL server for the test phases,
 * and tear it down again. Either it returns a server that answered a query with the generated
 * credentials, or it throws with nothing left running and nothing left on disk.
 */
import { join } from 'node:path';
import type { PostgresConfig } from '../config.js';
import { InputError, RunnerError } from '../errors.js';
import { createBaseDir, resolveServerAccount } from './account.js';
import { chooseInstallation, findInstallations } from './binaries.js';
import {
  initCluster,
  readLogTail,
  readPostmasterPid,
  startServer,
  ToolError,
  writeServerConfig,
  type ToolContext,
} from './cluster.js';
import { createDatabaseAndCheck } from './readiness.js';
import { writeOwnerNonce } from './state.js';
import { teardownPostgres, type PostgresLog, type PostgresState } from './teardown.js';
import {
  buildDatabaseUrl,
  buildPgEnv,
  choosePort,
  findFreePort,
  LOOPBACK,
  maskSecret,
  type ConnectionTarget,
} from './address.js';

export { teardownPostgres, type PostgresLog, type PostgresState } from './teardown.js';

/** A running server, as handed to the test phases. */
export interface PostgresServer {
  /** `postgresql://user:pass@127.0.0.1:port/db`, user and password URL-encoded. */
  url: string;
  /** PGHOST (127.0.0.1), PGPORT, PGUSER, PGPASSWORD, PGDATABASE. */
  env: Record<string, string>;
  /** What post needs to stop it; JSON-safe. */
  state: PostgresState;
  version: number;
  port: number;
}

/** Options of one provisioning. */
export interface ProvisionOptions {
  /** Parent of the private directory (RUNNER_TEMP). */
  tempDir: string;
  /** Environment for finding binaries (PATH, PGBIN) and for the server tools. */
  env: NodeJS.ProcessEnv;
  log: PostgresLog;
  /** Budget for start-up until the first query is answered (initdb not included); default 60 s. */
  timeoutMs?: number;
  /** Extra postgresql.conf settings (e.g. `{ max_connections: '200' }`), applied after ours. */
  serverSettings?: Record<string, string>;
  /**
   * Called with what post needs to tear the server down: once before initdb (so a job cancelled
   * mid-start can still be cleaned up from the data directory alone) and again once it runs.
   */
  onState?: (state: PostgresState) => void;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const START_ATTEMPTS = 3;
const LOG_TAIL_LINES = 20;
const SERVER_LOG = 'server.log';

function checkOptions(cfg: PostgresConfig, settings: Record<string, string> | undefined): void {
  if (cfg.password === '' || /[\r\n]/.test(cfg.password)) {
    throw new InputError(
      'Invalid postgres-password: it must be one non-empty line (leave the input empty for a random one).',
    );
  }
  for (const name of Object.keys(settings ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
      throw new InputError(
        `Invalid PostgreSQL setting name '${name}'. Expected a name like max_connections.`,
      );
    }
  }
}

/** `2026-01-01 12:00:00.123 UTC [42] ` in front of server log lines: noise in a one-line error. */
const LOG_PREFIX = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] /;
const SERIOUS = /\b(FATAL|PANIC|ERROR)\b/i;
const TELLING = /invalid|could not|error|failed|denied|in use/i;

/**
 * One line that explains a failure: the last FATAL/PANIC/ERROR line of the tool output or server
 * log, with up to two telling lines before it (the FATAL "configuration file contains errors"
 * follows the line naming the bad setting); else the error's own message.
 */
function explainFailure(lines: string[], fallback: string): string {
  const clean = lines.map((line) => line.replace(LOG_PREFIX, '').trim()).filter(Boolean);
  let last = -1;
  clean.forEach((line, index) => {
    if (SERIOUS.test(line)) last = index;
  });
  if (last < 0) return fallback.trim();
  const before = clean.slice(Math.max(0, last - 2), last).filter((line) => TELLING.test(line));
  return [...before, clean[last]].join(' | ');
}

/** Longest Unix socket path (`sun_path` is 108 bytes on Linux, 104 on macOS), with room to spare. */
const MAX_SOCKET_PATH = 100;

/** The private directory for the socket, or '' (TCP only) when the socket path would be too long. */
function chooseSocketDir(baseDir: string, log: PostgresLog): string {
  if (Buffer.byteLength(join(baseDir, '.s.PGSQL.65535')) <= MAX_SOCKET_PATH) return baseDir;
  log.info(`PostgreSQL: ${baseDir} is too long a path for a Unix socket; the server listens on TCP only.`);
  return '';
}

/** Starts the server, moving to a fresh port when another process grabbed ours meanwhile. */
async function startOnFreePort(
  ctx: ToolContext,
  state: PostgresState,
  start: { wanted: number; logFile: string; extra: Record<string, string> | undefined; deadline: number },
  log: PostgresLog,
): Promise<void> {
  let { port, changed } = await choosePort(start.wanted);
  const socketDir = chooseSocketDir(ctx.cwd, log);
  for (let attempt = 1; ; attempt += 1) {
    state.port = port;
    if (changed) log.info(`PostgreSQL: port ${start.wanted} is taken; using free port ${port} instead.`);
    const settings = { port, socketDir, extra: start.extra };
    await writeServerConfig(state.dataDir, settings, ctx.account, attempt === 1);
    try {
      await startServer(ctx, state.dataDir, start.logFile, Math.max(1000, start.deadline - Date.now()));
      return;
    } catch (error) {
      const tail = (await readLogTail(start.logFile, 5)).join('\n');
      if (attempt >= START_ATTEMPTS || !/could not bind|address already in use/i.test(tail)) throw error;
      port = await findFreePort();
      changed = true;
    }
  }
}

/**
 * Cleans up after a failed start (stop what runs, remove the directory) and throws the one-line
 * RunnerError; the server log's tail goes to the log first, the password masked everywhere.
 */
async function abandon(
  state: PostgresState,
  failure: { error: unknown; password: string; version: number; log: PostgresLog },
): Promise<never> {
  const { error, password, log } = failure;
  const logFile = join(state.baseDir, SERVER_LOG);
  const tail = (await readLogTail(logFile, LOG_TAIL_LINES)).map((line) => maskSecret(line, password));
  const toolLines = error instanceof ToolError ? error.output.split('\n') : [];
  const message = error instanceof Error ? error.message : String(error);
  const reason = maskSecret(explainFailure([...toolLines, ...tail], message), password);
  if (tail.length > 0) log.info(`PostgreSQL server log (last ${tail.length} lines):\n${tail.join('\n')}`);
  await teardownPostgres(state, { info: () => undefined, warning: (msg) => log.warning(msg) });
  const where = state.port ? ` on ${LOOPBACK}:${state.port}` : '';
  const oneLine = reason.replace(/\s+/g, ' ').slice(0, 500);
  throw new RunnerError(`PostgreSQL ${failure.version} did not start${where}: ${oneLine}`);
}

/**
 * Provisions a fresh PostgreSQL cluster under `opts.tempDir` for `cfg`, listening on 127.0.0.1
 * only, with `cfg.database` created and a query answered over TCP with the credentials.
 * Throws InputError (version not installed) or RunnerError (no binaries, start-up failure, with the
 * server log's tail); on any failure nothing is left running and the directory is removed.
 */
export async function provisionPostgres(
  cfg: PostgresConfig,
  opts: ProvisionOptions,
): Promise<PostgresServer> {
  const began = Date.now();
  const { log } = opts;
  const deadlineBudget = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  checkOptions(cfg, opts.serverSettings);
  const install = chooseInstallation(await findInstallations(opts.env), cfg.version);
  const account = await resolveServerAccount();
  const baseDir = await createBaseDir(opts.tempDir, account, opts.env, log);
  const nonce = await writeOwnerNonce(baseDir);
  if (account) {
    log.info(
      `PostgreSQL: running as root and initdb refuses root, so the server runs as the '${account.name}' ` +
        `system user, which owns ${baseDir}.`,
    );
  }
  const dataDir = join(baseDir, 'data');
  const logFile = join(baseDir, SERVER_LOG);
  const ctx: ToolContext = { binDir: install.binDir, account, env: opts.env, cwd: baseDir };
  const state: PostgresState = {
    dataDir,
    baseDir,
    binDir: install.binDir,
    runAs: account?.name ?? null,
    port: 0,
    pid: null,
    nonce,
  };
  opts.onState?.({ ...state });
  try {
    await initCluster(ctx, { dataDir, user: cfg.user, password: cfg.password });
    const deadline = Date.now() + deadlineBudget;
    const start = { wanted: cfg.port, logFile, extra: opts.serverSettings, deadline };
    await startOnFreePort(ctx, state, start, log);
    state.pid = await readPostmasterPid(dataDir);
    opts.onState?.({ ...state });
    const target: ConnectionTarget = {
      host: LOOPBACK,
      port: state.port,
      user: cfg.user,
      password: cfg.password,
      database: cfg.database,
    };
    await createDatabaseAndCheck(target, deadline);
    const seconds = ((Date.now() - began) / 1000).toFixed(2);
    log.info(
      `PostgreSQL ${install.version} (${install.binDir}) ready on ${LOOPBACK}:${state.port}, ` +
        `database ${cfg.database}, user ${cfg.user}, in ${seconds} s.`,
    );
    return {
      url: buildDatabaseUrl(target),
      env: buildPgEnv(target),
      state,
      version: install.version,
      port: state.port,
    };
  } catch (error) {
    return abandon(state, { error, password: cfg.password, version: install.version, log });
  }
}
