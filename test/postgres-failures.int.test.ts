// Failure paths of provisioning against the real binaries: each must end with one clear line and
// with nothing running and nothing on disk.
import { readdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresConfig } from '../src/config.js';
import { InputError, RunnerError } from '../src/errors.js';
import { findFreePort } from '../src/postgres/address.js';
import { findInstallations } from '../src/postgres/binaries.js';
import { provisionPostgres } from '../src/postgres/provision.js';
import { captureLog, makeTempDir, probe, processesMentioning } from './support/postgres.js';

const password = "p@ss:w/rd %?#&'x";

describe('failures leave nothing behind', () => {
  let tempDir: string;
  beforeAll(async () => {
    tempDir = await makeTempDir();
  });
  afterAll(async () => {
    await rm(tempDir, { recursive: true, force: true });
  });
  const cfg = (port: number): PostgresConfig => ({
    version: undefined,
    user: 'test_user',
    password,
    database: 'test_db',
    port,
  });

  it('a version that is not installed: one line listing the installed ones, nothing created', async () => {
    const installed = await findInstallations(process.env);
    expect(installed.length).toBeGreaterThan(0);
    const listed = installed.map((item) => `${item.version} (${item.binDir})`).join(', ');
    const attempt = provisionPostgres(
      { ...cfg(5432), version: 99 },
      { tempDir, env: process.env, log: captureLog() },
    );
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      `postgres-version '99' is not installed on this runner; installed: ${listed}.`,
    );
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('a password that is empty or spans lines: one line naming the input, nothing created', async () => {
    for (const bad of ['', 'first\nsecond']) {
      const attempt = provisionPostgres(
        { ...cfg(5432), password: bad },
        { tempDir, env: process.env, log: captureLog() },
      );
      await expect(attempt).rejects.toBeInstanceOf(InputError);
      await expect(attempt).rejects.toThrow(/^Invalid postgres-password: it must be one non-empty line/);
    }
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('a server that cannot start: the log line that says why, no process, no directory', async () => {
    const log = captureLog();
    const port = await findFreePort();
    const attempt = provisionPostgres(cfg(port), {
      tempDir,
      env: process.env,
      log,
      serverSettings: { shared_buffers: 'lots' },
    });
    await expect(attempt).rejects.toBeInstanceOf(RunnerError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`^PostgreSQL \\d+ did not start on 127\\.0\\.0\\.1:${port}: .*"shared_buffers"`),
    );
    expect(await readdir(tempDir)).toEqual([]);
    expect(await processesMentioning(tempDir)).toEqual([]);
    expect(log.lines.some((line) => line.startsWith('info: PostgreSQL server log (last'))).toBe(true);
    expect(log.lines.join('\n')).not.toContain(password);
  });

  it('a server that starts but cannot create the database is stopped again', async () => {
    const port = await findFreePort();
    const attempt = provisionPostgres(cfg(port), {
      tempDir,
      env: process.env,
      log: captureLog(),
      serverSettings: { default_transaction_read_only: 'on' },
    });
    await expect(attempt).rejects.toThrow(
      new RegExp(`did not start on 127\\.0\\.0\\.1:${port}: .*read-only transaction`),
    );
    expect(await readdir(tempDir)).toEqual([]);
    expect(await processesMentioning(tempDir)).toEqual([]);
    expect(await probe('127.0.0.1', port)).toBe('ECONNREFUSED');
  });
});
