#!/usr/bin/env node
// Benchmark: the action's start-up — the main bundle reaching its first input error — vs a bare
// `node -e 0` (target 3 of issue 17: at most 2×).
//
//   npm run build && node bench/startup.mjs [--runs 15] [--node PATH]
//
// Runs, interleaved (so the machine's load hits both alike), `--runs` times each as a separate
// process: `node -e 0` (the floor) and `node dist/main/index.js` with a runner's environment and an
// invalid `mode` input. Checks that the bundle printed the `::error::` line and exited 1, then
// prints both medians, the peak RSS of each and the ratio. covgate runs under --node (default
// $COVGATE_TEST_NODE, else this node): GitHub runs the action on node24.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, process.env.COVGATE_DIST ?? 'dist', 'main', 'index.js');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    node: { type: 'string', default: process.env.COVGATE_TEST_NODE || process.execPath },
  },
});
const runs = Number(values.runs);
const nodeBin = values.node;
if (!existsSync(bundle)) {
  console.error('bench: dist/main/index.js is missing; run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(os.tmpdir(), 'covgate-startup-'));
const eventPath = join(work, 'event.json');
writeFileSync(eventPath, '{}');
const outputPath = join(work, 'output');
writeFileSync(outputPath, '');
const env = {
  PATH: process.env.PATH,
  HOME: work,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: work,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_OUTPUT: outputPath,
  INPUT_MODE: 'bogus',
};
// /usr/bin/time gives each process's peak RSS; without it only times are printed.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function once(args) {
  const argv = timeBin ? ['-f', '%M', nodeBin, ...args] : args;
  const start = performance.now();
  const r = spawnSync(timeBin ?? nodeBin, argv, { cwd: work, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: kb / 1024, status: r.status, stdout: r.stdout };
}

const bare = [];
const main = [];
once(['-e', '0']);
once([bundle]); // warm the page cache
for (let i = 0; i < runs; i++) {
  bare.push(once(['-e', '0']));
  const r = once([bundle]);
  if (r.status !== 1 || !/^::error::\d+ problems? with the inputs:.*Invalid mode 'bogus'/m.test(r.stdout)) {
    console.error(`bench: the bundle did not fail on the input: status ${r.status}, stdout ${r.stdout}`);
    process.exit(1);
  }
  main.push(r);
}
rmSync(work, { recursive: true, force: true });

const median = (rows, key) => {
  const v = rows.map((r) => r[key]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};
const row = (label, rows) =>
  console.log(
    `${label.padEnd(50)} median ${median(rows, 'ms').toFixed(0)} ms, ${median(rows, 'mb').toFixed(0)} MB ` +
      `(${rows.map((r) => r.ms.toFixed(0)).join(', ')} ms)`,
  );
const version = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`node ${version} (${nodeBin}); runs: ${runs}; load average ${os.loadavg()[0].toFixed(1)}`);
row('floor: node -e 0', bare);
row('covgate: dist/main, invalid input -> ::error::', main);
const ratio = median(main, 'ms') / median(bare, 'ms');
console.log(
  `startup: ratio main bundle to first input error / node -e 0 ${ratio.toFixed(2)} (target <= 2) ` +
    (ratio <= 2 ? 'MET' : 'NOT MET'),
);
