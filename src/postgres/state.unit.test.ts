import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OWNER_FILE, verifyPostgresState, writeOwnerNonce, type StateCheck } from './state.js';
import type { PostgresState } from './teardown.js';

const workDir = mkdtempSync(join(tmpdir(), 'covgate-state-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const BIN = '/usr/lib/postgresql/15/bin';

async function makeState(over: Partial<PostgresState> = {}): Promise<PostgresState> {
  const baseDir = mkdtempSync(join(workDir, 'covgate-pg-'));
  const nonce = await writeOwnerNonce(baseDir);
  return {
    dataDir: join(baseDir, 'data'),
    baseDir,
    binDir: BIN,
    runAs: null,
    port: 5432,
    pid: null,
    nonce,
    ...over,
  };
}

function check(state: unknown, installed = [BIN]) {
  const findInstallations = vi.fn(() =>
    Promise.resolve(installed.map((binDir) => ({ version: 15, binDir }))),
  );
  const saved = typeof state === 'string' ? state : JSON.stringify(state);
  return { result: verifyPostgresState(saved, { parents: [workDir], findInstallations }), findInstallations };
}

function reasonOf(result: StateCheck): string {
  return result.ok ? '(accepted)' : result.reason;
}

describe('verifyPostgresState', () => {
  it('accepts what main saved', async () => {
    const state = await makeState();
    expect(await check(state).result).toEqual({ ok: true, state });
  });

  it('refuses a directory covgate does not create, without looking for binaries', async () => {
    const victim = mkdtempSync(join(workDir, 'victim-'));
    const forged = {
      ...(await makeState()),
      baseDir: victim,
      dataDir: join(victim, 'data'),
      binDir: '/tmp/evil',
    };
    const { result, findInstallations } = check(forged);
    expect(await result).toEqual({
      ok: false,
      gone: false,
      reason: `${victim} is not a directory covgate creates`,
    });
    expect(findInstallations).not.toHaveBeenCalled();
  });

  it('refuses a well-placed directory without the owner nonce', async () => {
    const state = await makeState();
    writeFileSync(join(state.baseDir, OWNER_FILE), 'f'.repeat(32));
    expect(reasonOf(await check(state).result)).toBe(
      `${state.baseDir} does not hold the owner nonce main wrote there`,
    );
  });

  it('refuses binaries that are not a discovered installation', async () => {
    const state = await makeState({ binDir: '/tmp/evil' });
    expect(await check(state).result).toEqual({
      ok: false,
      gone: false,
      reason: '/tmp/evil is not a PostgreSQL installation covgate found',
    });
  });

  it('refuses a link in place of the directory', async () => {
    const state = await makeState();
    const link = join(workDir, 'covgate-pg-LINKED');
    mkdirSync(join(workDir, 'target'));
    symlinkSync(join(workDir, 'target'), link);
    const forged = { ...state, baseDir: link, dataDir: join(link, 'data') };
    expect(await check(forged).result).toMatchObject({ ok: false, reason: `${link} is not a directory` });
  });

  it('says "gone" for a directory already removed', async () => {
    const state = await makeState();
    rmSync(state.baseDir, { recursive: true });
    expect(await check(state).result).toMatchObject({ ok: false, gone: true });
  });

  it.each([
    ['not JSON', 'rm -rf /', 'it is not JSON'],
    ['null', 'null', 'it is not an object'],
    ['a relative path', { baseDir: 'x' }, 'a path in it is not a plain absolute path'],
    [
      'a path with ..',
      { baseDir: `${workDir}/covgate-pg-abcdef/../..` },
      'a path in it is not a plain absolute path',
    ],
    ['root as the account', { runAs: 'root' }, 'runAs is not an unprivileged account name'],
    ['a port out of range', { port: 70000 }, 'port is not a port'],
    ['a negative pid', { pid: -1 }, 'pid is not a process id'],
    ['no nonce', { nonce: '' }, 'it has no owner nonce'],
    [
      'a data dir elsewhere',
      { dataDir: '/var/lib/postgresql' },
      '/var/lib/postgresql is not the data directory',
    ],
  ])('refuses %s', async (_name, patch, reason) => {
    const state = typeof patch === 'string' ? patch : { ...(await makeState()), ...patch };
    const result = await check(state).result;
    expect(result).toMatchObject({ ok: false, gone: false });
    expect(reasonOf(result)).toContain(reason);
  });
});
