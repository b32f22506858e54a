#!/usr/bin/env node
// Benchmark: `mode: merge` of N shard files vs `mode: run` reading the same coverage as one report.
//
//   npm run build && node bench/shard-merge.mjs [--files 10000] [--shards 20] [--runs 3]
//
// 1. Generates bench/out/shard-merge/coverage.info: a deterministic lcov report of --files files
//    (the 10× case of patch-vs-diff-cover: 10,000 files, ~10 MB, ~75 % of lines hit, branch lines),
//    and the same records split by file into --shards parts.
// 2. Turns each part into a shard file with the built action itself (`dist/main`, `mode: shard`,
//    no test command (report-only legs), `coverage-files: parts/part-k.info`), as a matrix leg would.
// 3. Times, as separate processes with a runner's environment (median of --runs), the main bundle
//    with `mode: run` + `coverage-files: coverage.info` (the baseline: one report) and with
//    `mode: merge` + `shard-files` (the N shards); each process records its own peak RSS.
// 4. Checks both outputs give the same totals, then prints the time and memory ratios merge / run.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inputEnvName, parseFileCommands, readActionDefaults } from '../scripts/runner-files.mjs';
import { random } from './support/random.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'bench', 'out', 'shard-merge');
const workspace = join(out, 'repo');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    shards: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
  },
});
const fileCount = Number(values.files);
const shardCount = Number(values.shards);
const runs = Number(values.runs);
const SHA = 'f'.repeat(40);

/** One lcov record: 40–120 executable lines, ~75 % hit, a two-way branch on ~10 % of lines. */
function record(path, rnd) {
  const lines = [`SF:${path}`];
  const count = 40 + Math.floor(rnd() * 80);
  let hit = 0;
  let brf = 0;
  let brh = 0;
  for (let line = 1; line <= count; line++) {
    const hits = rnd() < 0.75 ? 1 + Math.floor(rnd() * 30) : 0;
    if (hits > 0) hit += 1;
    lines.push(`DA:${line},${hits}`);
    if (rnd() < 0.1) {
      for (const arm of [0, 1]) {
        const taken = hits > 0 && rnd() < 0.8 ? 1 + Math.floor(rnd() * 10) : 0;
        lines.push(`BRDA:${line},0,${arm},${hits === 0 ? '-' : taken}`);
        brf += 1;
        if (taken > 0) brh += 1;
      }
    }
  }
  lines.push(`LF:${count}`, `LH:${hit}`, `BRF:${brf}`, `BRH:${brh}`, 'end_of_record');
  return lines.join('\n');
}

function generate() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(workspace, 'parts'), { recursive: true });
  mkdirSync(workspace, { recursive: true });
  const rnd = random(42);
  const parts = Array.from({ length: shardCount }, () => []);
  const all = [];
  for (let i = 0; i < fileCount; i++) {
    const text = record(`packages/pkg-${i % 40}/src/area-${i % 7}/module-${i}.js`, rnd);
    all.push(text);
    parts[i % shardCount].push(text);
  }
  writeFileSync(join(workspace, 'coverage.info'), all.join('\n') + '\n');
  parts.forEach((p, k) => writeFileSync(join(workspace, 'parts', `part-${k + 1}.info`), p.join('\n') + '\n'));
}

/** Runs dist/main as a runner step; returns its outputs, wall time and peak RSS (bytes). */
function runMain(name, inputs) {
  const dir = join(out, 'steps', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const files = { output: 'output', summary: 'summary.md', env: 'env', state: 'state', rss: 'rss' };
  for (const key of Object.keys(files)) writeFileSync((files[key] = join(dir, files[key])), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'octo-org/bench',
    GITHUB_SHA: SHA,
    GITHUB_JOB: 'bench',
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    COVGATE_BENCH_RSS_FILE: files.rss,
  };
  for (const [k, v] of Object.entries({ ...readActionDefaults(repo), 'github-token': '', ...inputs })) {
    env[inputEnvName(k)] = v;
  }
  // The step records its own peak RSS when it exits (spawnSync cannot tell a child's).
  const hook =
    "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.COVGATE_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS*1024)));";
  const args = [
    '--import',
    `data:text/javascript,${encodeURIComponent(hook)}`,
    join(repo, 'dist/main/index.js'),
  ];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: workspace,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${name} failed (exit ${run.status}):\n${run.stdout.slice(-2000)}`);
  return {
    ms,
    rss: Number(readFileSync(files.rss, 'utf8')),
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
  };
}

function median(label, inputs) {
  const samples = Array.from({ length: runs }, (_, i) => runMain(`${label}-${i}`, inputs));
  const by = (key) => [...samples].sort((a, b) => a[key] - b[key])[Math.floor(runs / 2)][key];
  return { ms: by('ms'), rss: by('rss'), outputs: samples[0].outputs };
}

console.log(`generating ${fileCount} files split into ${shardCount} shards under ${out} ...`);
generate();
// Where download-artifact would put them: inside the workspace (globs may not leave it).
const shardFiles = join(workspace, 'shards');
mkdirSync(shardFiles, { recursive: true });
for (let k = 1; k <= shardCount; k++) {
  const leg = runMain(`shard-${k}`, {
    mode: 'shard',
    // Report-only legs (no test command): the parts exist before the step, as a report from an
    // earlier step would; coverage globs must stay inside the workspace.
    'coverage-files': `parts/part-${k}.info`,
    'shard-name': `shard ${k}`,
  });
  writeFileSync(join(shardFiles, `shard-${k}.json`), readFileSync(leg.outputs['shard-file']));
}
const mb = (p) => (statSync(p).size / 1e6).toFixed(1);
console.log(
  `one report: coverage.info ${mb(join(workspace, 'coverage.info'))} MB; ${shardCount} shard files ` +
    `${(Array.from({ length: shardCount }, (_, k) => statSync(join(shardFiles, `shard-${k + 1}.json`)).size).reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} MB; runs: ${runs}`,
);
const one = median('run', { 'coverage-files': 'coverage.info' });
const merged = median('merge', {
  mode: 'merge',
  'shard-files': 'shards/*.json',
  'shard-count': String(shardCount),
});
for (const metric of ['lines', 'branches']) {
  if (one.outputs[metric] !== merged.outputs[metric]) {
    throw new Error(`${metric} differ: one report ${one.outputs[metric]}, merged ${merged.outputs[metric]}`);
  }
}
console.log(`totals agree: lines ${one.outputs.lines}%, branches ${one.outputs.branches}%`);
const row = (label, r) =>
  console.log(
    `${label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms ${(r.rss / 1e6).toFixed(0).padStart(6)} MB`,
  );
row('mode run, one report (coverage.info)', one);
row(`mode merge, ${shardCount} shard files`, merged);
console.log(`time ratio merge / one report: ${(merged.ms / one.ms).toFixed(2)} (target ≤ 1.2)`);
console.log(`memory ratio merge / one report: ${(merged.rss / one.rss).toFixed(2)} (target ≤ 1.2)`);
