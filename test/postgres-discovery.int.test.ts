// The parts of provisioning that need the real machine but no server: finding binaries, choosing a
// port, and the private directory's owner when running as root.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, RunnerError } from '../src/errors.js';
import { createBaseDir, isTraversable, resolveServerAccount } from '../src/postgres/account.js';
import { chooseInstallation, findInstallations } from '../src/postgres/binaries.js';
import { choosePort, findFreePort } from '../src/postgres/address.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'covgate-h2-disc-'));
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A bin directory with initdb/postgres placeholders and a pg_ctl printing `version`. */
async function makeBinDir(
  dir: string,
  version: string,
  tools = ['initdb', 'pg_ctl', 'postgres'],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const tool of tools) {
    const body =
      tool === 'pg_ctl' ? `#!/bin/sh\necho "pg_ctl (PostgreSQL) ${version}"\n` : '#!/bin/sh\nexit 0\n';
    await writeFile(join(dir, tool), body, { mode: 0o755 });
  }
  return dir;
}

const noRoots = { versioned: [], homebrew: [] };

describe('findInstallations', () => {
  it('reads the major from versioned directories and from pg_ctl --version elsewhere, newest first', async () => {
    const versioned = join(root, 'lib-postgresql');
    await makeBinDir(join(versioned, '17', 'bin'), '17.2');
    await makeBinDir(join(versioned, '12', 'bin'), '12.9');
    const onPath = await makeBinDir(join(root, 'path-bin'), '13.4 (Debian 13.4-1)');
    const found = await findInstallations({ PATH: onPath }, { versioned: [versioned], homebrew: [] });
    expect(found).toEqual([
      { version: 17, binDir: join(versioned, '17', 'bin') },
      { version: 13, binDir: onPath },
      { version: 12, binDir: join(versioned, '12', 'bin') },
    ]);
  });

  it('follows PATH symlinks to the real directory, prefers PGBIN for the same major, skips incomplete and pre-10 dirs', async () => {
    const real = await makeBinDir(join(root, 'real16'), '16.1');
    const linkDir = join(root, 'links');
    await mkdir(linkDir, { recursive: true });
    await symlink(join(real, 'initdb'), join(linkDir, 'initdb'));
    const pgbin = await makeBinDir(join(root, 'pgbin16'), '16.3');
    const incomplete = await makeBinDir(join(root, 'incomplete'), '18.0', ['initdb', 'pg_ctl']);
    const old = await makeBinDir(join(root, 'old'), '9.6.24');
    const env = { PATH: [linkDir, incomplete, old].join(':'), PGBIN: pgbin };
    expect(await findInstallations(env, noRoots)).toEqual([{ version: 16, binDir: pgbin }]);
    expect(await findInstallations({ PATH: linkDir }, noRoots)).toEqual([{ version: 16, binDir: real }]);
  });

  it('finds the server pg_config --bindir names on this machine', async () => {
    const binDir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    const major = Number(
      /(\d+)/.exec(execFileSync(join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' }))?.[1],
    );
    const found = await findInstallations({ PATH: process.env.PATH });
    expect(found).toContainEqual({ version: major, binDir });
  });
});

describe('chooseInstallation', () => {
  const list = [
    { version: 16, binDir: '/usr/lib/postgresql/16/bin' },
    { version: 14, binDir: '/usr/lib/postgresql/14/bin' },
  ];

  it('takes the wanted major, else the newest', () => {
    expect(chooseInstallation(list, 14).binDir).toBe('/usr/lib/postgresql/14/bin');
    expect(chooseInstallation(list, undefined).version).toBe(16);
  });

  it('names the missing version and lists the installed ones in one line', () => {
    expect(() => chooseInstallation(list, 15)).toThrow(InputError);
    expect(() => chooseInstallation(list, 15)).toThrow(
      "postgres-version '15' is not installed on this runner; installed: 16 (/usr/lib/postgresql/16/bin), " +
        '14 (/usr/lib/postgresql/14/bin). Set postgres-version to one of these or leave it empty for the newest.',
    );
  });

  it('says where runners have binaries and how to install them when there are none', () => {
    let error: unknown;
    try {
      chooseInstallation([], undefined);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunnerError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('/usr/lib/postgresql/<major>/bin');
    expect(message).toContain('GitHub-hosted Ubuntu images');
    expect(message).toContain("'sudo apt-get install -y postgresql'");
    expect(message).toContain('PGBIN');
  });
});

describe('choosePort', () => {
  it('keeps a free preferred port and replaces a taken one', async () => {
    const free = await findFreePort();
    expect(await choosePort(free)).toEqual({ port: free, changed: false });
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(free, '0.0.0.0', done));
    try {
      const chosen = await choosePort(free);
      expect(chosen.changed).toBe(true);
      expect(chosen.port).not.toBe(free);
      expect(chosen.port).toBeGreaterThan(0);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});

describe.runIf(process.getuid?.() === 0)('as root', () => {
  it('runs the server as the postgres account and gives it the private directory', async () => {
    const account = await resolveServerAccount();
    expect(account?.name).toBe('postgres');
    expect(account?.uid).not.toBe(0);
    const lines: string[] = [];
    const baseDir = await createBaseDir(
      join(root, 'runner-temp'),
      account,
      {},
      { info: (m) => lines.push(m) },
    );
    const info = await stat(baseDir);
    expect(info.uid).toBe(account?.uid);
    expect(info.mode & 0o777).toBe(0o700);
    expect(baseDir.startsWith(join(root, 'runner-temp', 'covgate-pg-'))).toBe(true);
    expect(lines).toEqual([]);
  });

  it('moves to the system temp directory when the account cannot reach RUNNER_TEMP, and says so', async () => {
    const account = await resolveServerAccount();
    if (!account) throw new Error('expected an account as root');
    const closed = join(root, 'home-0700');
    await mkdir(join(closed, 'work', '_temp'), { recursive: true });
    await chmod(closed, 0o700);
    expect(await isTraversable(join(closed, 'work', '_temp'), account)).toBe(false);
    const fallback = await mkdtemp(join(tmpdir(), 'covgate-h2-tmp-'));
    await chmod(fallback, 0o755);
    const lines: string[] = [];
    try {
      const baseDir = await createBaseDir(
        join(closed, 'work', '_temp'),
        account,
        { TMPDIR: fallback },
        {
          info: (m) => lines.push(m),
        },
      );
      expect(baseDir.startsWith(join(fallback, 'covgate-pg-'))).toBe(true);
      expect((await stat(baseDir)).uid).toBe(account.uid);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`cannot reach ${join(closed, 'work', '_temp')}`);
      expect(lines[0]).toContain(`under ${fallback}`);
    } finally {
      await rm(fallback, { recursive: true, force: true });
    }
  });
});
