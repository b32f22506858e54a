// Provisions real PostgreSQL servers with the binaries on this machine and checks what the test
// phases and the post step rely on. Every server gets its own directory and port.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresConfig } from '../src/config.js';
import { findFreePort } from '../src/postgres/address.js';
import {
  provisionPostgres,
  teardownPostgres,
  type PostgresServer,
  type PostgresState,
} from '../src/postgres/provision.js';
import {
  captureLog,
  childrenOf,
  isRunning,
  makeTempDir,
  probe,
  processesMentioning,
  query,
} from './support/postgres.js';

const execFileAsync = promisify(execFile);

const password = "p@ss:w/rd %?#&'x";

describe('a provisioned server', () => {
  let tempDir: string;
  let port: number;
  let server: PostgresServer;
  const log = captureLog();
  const cfg: PostgresConfig = {
    version: undefined,
    user: 'App_User',
    password,
    database: 'app-test_db',
    port: 0,
  };

  beforeAll(async () => {
    tempDir = await makeTempDir();
    port = await findFreePort();
    server = await provisionPostgres({ ...cfg, port }, { tempDir, env: process.env, log });
  });
  afterAll(async () => {
    await teardownPostgres(server.state, captureLog());
    await rm(tempDir, { recursive: true, force: true });
  });

  it('hands out an encoded URL and the libpq variables for the preferred port', () => {
    expect(server.port).toBe(port);
    expect(server.url).toBe(
      `postgresql://App_User:${encodeURIComponent(password)}@127.0.0.1:${port}/app-test_db`,
    );
    expect(server.env).toEqual({
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGUSER: 'App_User',
      PGPASSWORD: password,
      PGDATABASE: 'app-test_db',
    });
    expect(server.state.port).toBe(port);
    expect(server.state.baseDir.startsWith(join(tempDir, 'covgate-pg-'))).toBe(true);
    expect(JSON.parse(JSON.stringify(server.state))).toEqual(server.state);
  });

  it('runs SQL through the URL as the configured superuser in the configured database', async () => {
    const url = server.url;
    await query(url, 'CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL)');
    await query(url, "INSERT INTO items (name) VALUES ('a'), ('ü')");
    expect(await query(url, 'SELECT name FROM items ORDER BY id')).toEqual([{ name: 'a' }, { name: 'ü' }]);
    expect(
      await query(
        url,
        'SELECT current_user AS u, current_database() AS d, rolsuper FROM pg_roles WHERE rolname = current_user',
      ),
    ).toEqual([{ u: 'App_User', d: 'app-test_db', rolsuper: true }]);
  });

  it('works for libpq tools through the PG* variables alone', async () => {
    const psql = join(server.state.binDir, 'psql');
    const { stdout } = await execFileAsync(
      psql,
      ['-tAc', "SELECT current_user || '@' || current_database()"],
      {
        env: { PATH: process.env.PATH, ...server.env },
      },
    );
    expect(stdout.trim()).toBe('App_User@app-test_db');
  });

  it('rejects a wrong password', async () => {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'App_User',
      password: 'wrong',
      database: 'app-test_db',
    });
    await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
    await client.end().catch(() => undefined);
  });

  it('uses scram-sha-256, UTF-8 and the throwaway settings, on 127.0.0.1 only', async () => {
    const rows = await query<{ name: string; setting: string }>(
      server.url,
      "SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses', 'fsync', 'synchronous_commit', " +
        "'full_page_writes', 'server_encoding', 'password_encryption', 'unix_socket_directories') ORDER BY name",
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.setting]))).toEqual({
      fsync: 'off',
      full_page_writes: 'off',
      listen_addresses: '127.0.0.1',
      password_encryption: 'scram-sha-256',
      server_encoding: 'UTF8',
      synchronous_commit: 'off',
      unix_socket_directories: server.state.baseDir,
    });
    const hba = await query<{ auth_method: string }>(
      server.url,
      'SELECT DISTINCT auth_method FROM pg_hba_file_rules',
    );
    expect(hba).toEqual([{ auth_method: 'scram-sha-256' }]);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
  it.runIf(external !== undefined)(
    'refuses connections on a non-loopback address of this machine',
    async () => {
      expect(await probe('127.0.0.1', port)).toBe('connected');
      expect(await probe(external ?? '', port)).toBe('ECONNREFUSED');
    },
  );

  it.runIf(process.getuid?.() === 0)(
    'runs as the postgres account when started as root, and says so',
    async () => {
      expect(server.state.runAs).toBe('postgres');
      const { stdout } = await execFileAsync('id', ['-u', 'postgres']);
      expect((await stat(server.state.dataDir)).uid).toBe(Number(stdout.trim()));
      expect(log.lines.some((line) => line.includes("runs as the 'postgres' system user"))).toBe(true);
    },
  );

  it('never prints the password', () => {
    const text = log.lines.join('\n');
    expect(text).toContain('ready on 127.0.0.1');
    expect(text).not.toContain(password);
    expect(text).not.toContain(encodeURIComponent(password));
  });

  it('post step: stops the server, frees the port, removes the directory; a second run is harmless', async () => {
    const pid = server.state.pid;
    expect(pid).toBeGreaterThan(0);
    expect(await processesMentioning(server.state.dataDir)).toContain(pid);
    const workers = await childrenOf(pid ?? 0);
    expect(workers.length).toBeGreaterThan(0);
    const postLog = captureLog();
    expect(await teardownPostgres(server.state, postLog)).toEqual({ stopped: true, removed: true });
    expect(await processesMentioning(server.state.dataDir)).toEqual([]);
    expect(await Promise.all(workers.map(isRunning))).toEqual(workers.map(() => false));
    expect(existsSync(server.state.baseDir)).toBe(false);
    expect(await probe('127.0.0.1', port)).toBe('ECONNREFUSED');
    expect(postLog.lines).toContain(
      `info: PostgreSQL: stopped the server on port ${port} (pg_ctl stop -m fast).`,
    );
    expect(await teardownPostgres(server.state, captureLog())).toEqual({ stopped: true, removed: true });
  });
});

describe('an unusual runner', () => {
  it('a job cancelled while the server starts: the state saved before initdb is enough for post', async () => {
    const tempDir = await makeTempDir();
    const states: { state: PostgresState; dataDirExisted: boolean }[] = [];
    const server = await provisionPostgres(
      { version: undefined, user: 'u', password: 'pw', database: 'd', port: await findFreePort() },
      {
        tempDir,
        env: process.env,
        log: captureLog(),
        onState: (state) => states.push({ state, dataDirExisted: existsSync(state.dataDir) }),
      },
    );
    try {
      expect(states).toHaveLength(2);
      const [early, started] = states;
      // Reported before initdb: no port, no pid yet, but the directories post needs.
      expect(early).toEqual({
        state: { ...server.state, port: 0, pid: null },
        dataDirExisted: false,
      });
      expect(started).toEqual({ state: server.state, dataDirExisted: true });
      expect(server.state.pid).toBeGreaterThan(0);
      expect(await processesMentioning(server.state.dataDir)).toContain(server.state.pid);

      // Main was killed right after the early save: post has only that state, and it suffices.
      const postLog = captureLog();
      expect(await teardownPostgres(early!.state, postLog)).toEqual({ stopped: true, removed: true });
      expect(postLog.lines).toContain(
        `info: PostgreSQL: stopped the server of ${server.state.dataDir} (pg_ctl stop -m fast).`,
      );
      expect(await processesMentioning(server.state.dataDir)).toEqual([]);
      expect(await probe('127.0.0.1', server.port)).toBe('ECONNREFUSED');
      expect(existsSync(server.state.baseDir)).toBe(false);
    } finally {
      await teardownPostgres(server.state, captureLog());
      await rm(tempDir, { recursive: true, force: true });
    }
  });

  it('moves to a free port when the preferred one is taken, and goes TCP-only under a deep RUNNER_TEMP', async () => {
    const top = await makeTempDir();
    const tempDir = join(top, 'a-rather-long-runner-work-directory-name', 'another-long-level', '_temp');
    const taken = await findFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(taken, '127.0.0.1', done));
    const log = captureLog();
    const cfg: PostgresConfig = {
      version: undefined,
      user: 'test_user',
      password,
      database: 'test_db',
      port: taken,
    };
    try {
      const server = await provisionPostgres(cfg, { tempDir, env: process.env, log });
      try {
        expect(server.port).not.toBe(taken);
        expect(log.lines).toContain(
          `info: PostgreSQL: port ${taken} is taken; using free port ${server.port} instead.`,
        );
        expect(await query(server.url, 'SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
        expect(await query(server.url, 'SHOW unix_socket_directories')).toEqual([
          { unix_socket_directories: '' },
        ]);
        expect(log.lines).toContain(
          `info: PostgreSQL: ${server.state.baseDir} is too long a path for a Unix socket; the server listens on TCP only.`,
        );
      } finally {
        expect(await teardownPostgres(server.state, captureLog())).toEqual({ stopped: true, removed: true });
      }
    } finally {
      await new Promise((done) => blocker.close(done));
      await rm(top, { recursive: true, force: true });
    }
  });

  it('post step kills the server when pg_ctl cannot stop it', async () => {
    const tempDir = await makeTempDir();
    const cfg: PostgresConfig = {
      version: undefined,
      user: 'test_user',
      password,
      database: 'test_db',
      port: await findFreePort(),
    };
    const server = await provisionPostgres(cfg, { tempDir, env: process.env, log: captureLog() });
    const workers = await childrenOf(server.state.pid ?? 0);
    expect(workers.length).toBeGreaterThan(0);
    const postLog = captureLog();
    const result = await teardownPostgres({ ...server.state, binDir: join(tempDir, 'no-such-bin') }, postLog);
    expect(result).toEqual({ stopped: true, removed: true });
    expect(postLog.lines).toContain(
      `warning: PostgreSQL: pg_ctl could not stop the server; killed process ${String(server.state.pid)}.`,
    );
    expect(await processesMentioning(server.state.dataDir)).toEqual([]);
    await expect.poll(async () => (await childrenOf(server.state.pid ?? 0)).length).toBe(0);
    expect(await Promise.all(workers.map(isRunning))).toEqual(workers.map(() => false));
    await rm(tempDir, { recursive: true, force: true });
  });
});
