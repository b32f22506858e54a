// Time from "provision" to "first query answered": covgate's provisionPostgres (compiled from
// src/postgres with tsc) against the plain shell a user would write,
// `initdb && pg_ctl start -w && createdb && psql -c 'select 1'`, on the same machine in the same run.
// Runs alternate (baseline, covgate, baseline, ...) so load changes hit both; medians and their
// ratio are printed. Target: ratio <= 1.30. Usage: node bench/postgres-start.mjs [repetitions]
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reps = Number(process.argv[2] ?? 5);
const outDir = join(root, 'build', 'bench-js');

// Compile only src/postgres (and what it imports) so the bench does not depend on other modules.
rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...[
      '--outDir',
      outDir,
      '--rootDir',
      join(root, 'src'),
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
    ],
    ...[
      '--target',
      'ES2022',
      '--skipLibCheck',
      '--esModuleInterop',
      '--types',
      'node',
      '--noCheck',
      '--ignoreConfig',
    ],
    join(root, 'src', 'postgres', 'provision.ts'),
  ],
  { stdio: 'inherit' },
);
const compiled = (name) => import(pathToFileURL(join(outDir, 'postgres', name)).href);
const { provisionPostgres, teardownPostgres } = await compiled('provision.js');
const { findInstallations } = await compiled('binaries.js');
// The same port and account choices provisionPostgres makes, so both sides run alike.
const { findFreePort: freePort } = await compiled('address.js');
const { resolveServerAccount } = await compiled('account.js');
const { default: pg } = await import('pg');

const [install] = await findInstallations(process.env);
if (!install) throw new Error('no PostgreSQL binaries installed');
const account = await resolveServerAccount();
const silent = { info: () => {}, warning: (msg) => process.stderr.write(`warning: ${msg}\n`) };

function makeDir() {
  const dir = mkdtempSync(join(tmpdir(), 'covgate-bench-pg-'));
  chmodSync(dir, 0o755);
  if (account) chownSync(dir, account.uid, account.gid);
  return dir;
}

function run(file, args, options) {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${file} exited ${code}: ${stderr}`))));
  });
}

// The plain script; values reach it as positional parameters, never spliced into the text.
const SCRIPT = `set -e
"$1/initdb" -D "$2/data" -U bench >/dev/null
"$1/pg_ctl" -D "$2/data" -l "$2/log" -o "-p $3 -k $2 -c listen_addresses=127.0.0.1" start -w >/dev/null
"$1/createdb" -h 127.0.0.1 -p "$3" -U bench bench_db
"$1/psql" -h 127.0.0.1 -p "$3" -U bench -d bench_db -tAc 'select 1' >/dev/null`;

async function timeBaseline() {
  const dir = makeDir();
  const port = await freePort();
  const ids = account ? { uid: account.uid, gid: account.gid } : {};
  const began = performance.now();
  try {
    await run('/bin/sh', ['-c', SCRIPT, 'sh', install.binDir, dir, String(port)], { cwd: dir, ...ids });
    return performance.now() - began;
  } finally {
    await run(join(install.binDir, 'pg_ctl'), ['-D', join(dir, 'data'), 'stop', '-m', 'immediate', '-s'], {
      cwd: dir,
      ...ids,
    }).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeCovgate() {
  const tempDir = makeDir();
  const cfg = { version: install.version, user: 'bench', password: 'bench-pw', database: 'bench_db' };
  const began = performance.now();
  const server = await provisionPostgres(
    { ...cfg, port: await freePort() },
    { tempDir, env: process.env, log: silent },
  );
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query('select 1');
  const elapsed = performance.now() - began;
  await client.end();
  await teardownPostgres(server.state, silent);
  rmSync(tempDir, { recursive: true, force: true });
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const baseline = [];
const covgate = [];
await timeCovgate(); // warm-up: page cache, first tsc-compiled import
for (let i = 0; i < reps; i += 1) {
  baseline.push(await timeBaseline());
  covgate.push(await timeCovgate());
}
const base = median(baseline);
const ours = median(covgate);
const ratio = ours / base;
const fmt = (values) => values.map((value) => value.toFixed(0)).join(', ');
console.log(
  `PostgreSQL ${install.version} (${install.binDir}), ${reps} runs each${account ? `, as the ${account.name} account` : ''}`,
);
console.log(`shell baseline (initdb && pg_ctl start -w && createdb && psql): ${fmt(baseline)} ms`);
console.log(`covgate provisionPostgres + first query:                      ${fmt(covgate)} ms`);
console.log(
  `postgres-start: covgate median ${ours.toFixed(0)} ms, baseline median ${base.toFixed(0)} ms, ` +
    `ratio ${ratio.toFixed(2)} (target <= 1.30) ${ratio <= 1.3 ? 'OK' : 'OVER TARGET'}`,
);
