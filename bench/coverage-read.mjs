#!/usr/bin/env node
// Benchmark: covgate reading + summarising a large istanbul report vs istanbul's own reporter.
//
//   npm run build && node bench/coverage-read.mjs [--files 9000] [--runs 3] [--node PATH]
//
// 1. Generates bench/out/coverage-final.json: a deterministic, realistic istanbul report (thousands
//    of files, tens of MB) shaped like babel/nyc output: statements, functions, if/cond-expr/
//    switch/logical branches, ~75 % of it hit.
// 2. Times, as separate node processes on the same file (run under --node, default
//    $COVGATE_TEST_NODE, else this node), interleaved, median of --runs, each with its peak RSS:
//    covgate : node dist/cli/index.js report --coverage <file> --root <root> --format json
//              (without dist/cli: an in-process harness transpiled from src/coverage, said so)
//    baseline: nyc report --reporter=json-summary (istanbul-lib-coverage + istanbul-reports)
//    floor   : bench/support/read-floor.mjs — node reading the file in chunks and counting its
//              quotes, nothing kept: what any streaming reader must at least spend
// 3. Checks both report the same totals, and prints the times, memory and target 2 of issue 17:
//    nyc / covgate time >= 1.4 and covgate / nyc peak memory <= 0.5 (at >= 150 MB: --files 9000).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random } from './support/random.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'bench', 'out');
// A real directory: nyc only reports files under its cwd.
const ROOT = join(out, 'repo');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '9000' },
    runs: { type: 'string', default: '3' },
    node: { type: 'string', default: process.env.COVGATE_TEST_NODE || process.execPath },
  },
});
const nodeBin = values.node;
// /usr/bin/time gives each process's peak RSS (its last stderr line); without it, times only.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const fileCount = Number(values.files);
const runs = Number(values.runs);

const loc = (sl, sc, el, ec) => ({ start: { line: sl, column: sc }, end: { line: el, column: ec } });

function generateFile(path, rnd) {
  const file = { path, statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
  const hits = () => (rnd() < 0.75 ? 1 + Math.floor(rnd() * 40) : 0);
  const fnCount = 3 + Math.floor(rnd() * 20);
  let line = 1;
  let st = 0;
  let br = 0;
  for (let fn = 0; fn < fnCount; fn++) {
    const start = line;
    const body = 3 + Math.floor(rnd() * 12);
    const fnHits = hits();
    for (let i = 0; i < body; i++) {
      line += 1;
      file.statementMap[st] = loc(line, 4, line, 20 + Math.floor(rnd() * 60));
      file.s[st++] = fnHits === 0 ? 0 : hits();
      if (rnd() < 0.25) {
        const type = ['if', 'cond-expr', 'binary-expr', 'switch'][Math.floor(rnd() * 4)];
        const arms = type === 'switch' ? 3 + Math.floor(rnd() * 3) : 2;
        const locations = Array.from({ length: arms }, (_, k) => loc(line, 8 + k * 6, line, 12 + k * 6));
        file.branchMap[br] = { loc: loc(line, 4, line + 2, 5), type, locations, line };
        file.b[br++] = Array.from({ length: arms }, () => (fnHits === 0 ? 0 : hits()));
      }
    }
    line += 2;
    file.fnMap[fn] = {
      name: `fn${fn}`,
      decl: loc(start, 9, start, 14),
      loc: loc(start, 0, line - 1, 1),
      line: start,
    };
    file.f[fn] = fnHits;
  }
  return file;
}

function generate(target) {
  const rnd = random(42);
  const map = {};
  for (let i = 0; i < fileCount; i++) {
    const path = `${ROOT}/packages/pkg-${i % 40}/src/area-${i % 7}/module-${i}.js`;
    map[path] = generateFile(path, rnd);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(map));
}

/** One process: wall time, peak RSS (MB, NaN without /usr/bin/time) and stdout. */
function once(label, file, args, opts = {}) {
  const t0 = performance.now();
  const argv = timeBin ? ['-f', '%M', file, ...args] : args;
  const r = spawnSync(timeBin ?? file, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = performance.now() - t0;
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    throw new Error(`${label} failed (exit ${r.status}): ${r.error ?? r.stderr.slice(0, 500)}`);
  }
  const mb = timeBin ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { ms, mb, stdout: r.stdout };
}

/** Runs the tools round-robin `runs` times (load hits each alike); median time and memory of each. */
function timeAll(tools) {
  const samples = tools.map(() => []);
  for (let i = 0; i < runs; i++) {
    tools.forEach((t, k) => samples[k].push(once(t.label, t.file, t.args, t.opts)));
  }
  const median = (v) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
  return tools.map((t, k) => ({
    label: t.label,
    ms: median(samples[k].map((s) => s.ms)),
    mb: median(samples[k].map((s) => s.mb)),
    all: samples[k].map((s) => s.ms.toFixed(0)).join(', '),
    stdout: samples[k].at(-1).stdout,
  }));
}

/** Without the CLI bundle: transpile src/coverage (+ errors.ts) to plain ESM and call it in a process. */
async function buildHarness() {
  const ts = (await import('typescript')).default;
  const dir = join(out, 'harness');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'coverage'), { recursive: true });
  const sources = ['errors.ts', ...readdirSync(join(repo, 'src/coverage')).map((f) => `coverage/${f}`)];
  for (const rel of sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(join(repo, 'src', rel), 'utf8');
    const js = ts.transpileModule(text, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    writeFileSync(join(dir, rel.replace(/\.ts$/, '.js')), js.outputText);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const run = join(dir, 'run.js');
  writeFileSync(
    run,
    `import { loadCoverage } from './coverage/read.js';
import { sumSummaries, summarizeFile } from './coverage/summary.js';
const [file, root] = process.argv.slice(2);
const { data } = await loadCoverage([file], { cwd: process.cwd(), root, inputName: 'bench' });
process.stdout.write(JSON.stringify({ totals: sumSummaries([...data.files.values()].map(summarizeFile)) }));
`,
  );
  return run;
}

const report = join(out, 'coverage-final.json');
console.log(`generating ${fileCount} files into ${report} ...`);
mkdirSync(ROOT, { recursive: true });
generate(report);
console.log(`report size: ${(statSync(report).size / 1e6).toFixed(1)} MB, runs per tool: ${runs}`);

const cli = join(repo, 'dist', 'cli', 'index.js');
let covgateTool;
if (existsSync(cli)) {
  covgateTool = {
    label: 'covgate report (dist/cli)',
    file: nodeBin,
    args: [cli, 'report', '--coverage', report, '--root', ROOT, '--format', 'json'],
  };
} else {
  console.log(
    'dist/cli/index.js is missing (run `npm run build`): timing an in-process harness of src/coverage',
  );
  const harness = await buildHarness();
  covgateTool = { label: 'covgate readers (harness)', file: nodeBin, args: [harness, report, ROOT] };
}

// nyc report reads every *.json of --temp-dir: give it a directory holding only our report.
const nycIn = join(out, 'nyc-input');
const nycOut = join(out, 'nyc-report');
rmSync(nycIn, { recursive: true, force: true });
mkdirSync(nycIn, { recursive: true });
writeFileSync(join(nycIn, 'coverage-final.json'), readFileSync(report));
const nyc = join(repo, 'node_modules', 'nyc', 'bin', 'nyc.js');
const nycArgs = [nyc, 'report', '--reporter=json-summary', '--temp-dir', nycIn, '--report-dir', nycOut];
const floorScript = join(repo, 'bench', 'support', 'read-floor.mjs');
once('warm-up', nodeBin, [floorScript, report]); // the page cache
const [covgate, baseline, floor] = timeAll([
  covgateTool,
  { label: 'nyc report --reporter=json-summary', file: nodeBin, args: nycArgs, opts: { cwd: ROOT } },
  { label: 'floor: node + read in chunks + count', file: nodeBin, args: [floorScript, report] },
]);

const ours = JSON.parse(covgate.stdout).totals;
const theirs = JSON.parse(readFileSync(join(nycOut, 'coverage-summary.json'), 'utf8')).total;
for (const metric of ['lines', 'statements', 'functions', 'branches']) {
  const a = ours[metric];
  const b = theirs[metric];
  if (a.covered !== b.covered || a.total !== b.total) {
    throw new Error(
      `totals differ for ${metric}: covgate ${a.covered}/${a.total}, nyc ${b.covered}/${b.total}`,
    );
  }
}
console.log(
  'totals agree: ' +
    ['lines', 'statements', 'functions', 'branches']
      .map((m) => `${m} ${ours[m].covered}/${ours[m].total}`)
      .join(', '),
);
const version = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`node ${version}; load average ${os.loadavg()[0].toFixed(1)}`);
for (const r of [covgate, baseline, floor]) {
  console.log(
    `${r.label.padEnd(36)} ${r.ms.toFixed(0).padStart(7)} ms ${r.mb.toFixed(0).padStart(5)} MB  (${r.all} ms)`,
  );
}
const speed = baseline.ms / covgate.ms;
const memory = covgate.mb / baseline.mb;
console.log(
  `coverage-read: ratio nyc / covgate time ${speed.toFixed(2)} (target >= 1.4; floor ${(baseline.ms / floor.ms).toFixed(2)}), ` +
    `covgate / nyc memory ${memory.toFixed(2)} (target <= 0.5; floor ${(floor.mb / baseline.mb).toFixed(2)}) ` +
    (speed >= 1.4 && memory <= 0.5 ? 'MET' : 'NOT MET'),
);
