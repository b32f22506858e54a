#!/usr/bin/env node
// Benchmark: rendering the HTML report of a large monorepo vs reading its coverage report, and
// covgate's own templates vs istanbul-reports' html / html-spa on the same data.
//
//   npm run build && node bench/html-render.mjs [--files 15000] [--runs 3] [--istanbul-files 15000]
//                                              [--out-dir DIR]  (where the HTML goes; e.g. /dev/shm/x)
//                                              [--covgate-only] (skip istanbul-reports and the bundles)
//
// 1. Generates bench/out/html-FILES/: a monorepo checkout of FILES JS sources (40–160 lines, 60
//    packages) and a deterministic (seeded) lcov report of it (~70 % of lines executable, ~75 % of
//    those hit, one branch point with 2 outcomes on ~10 % of them), as c8/jest/vitest write it.
// 2. Times, each a separate process, median of --runs:
//    read   : node dist/cli/index.js report --coverage lcov.info --root repo --format json
//    + html : the same with --html DIR (index + one page per file, sources read from the checkout)
//    and reports render = (+ html) − read, and render / read (target ≤ 2).
// 3. Times istanbul-reports' html and html-spa on the same coverage, as an istanbul coverage map
//    built from the model (a statement per executable line, a branch per BRDA point, a function per
//    FN), in one process: createCoverageMap + createContext + execute; and the sizes of an ncc
//    bundle of each renderer.
import { execFileSync, spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random } from './support/random.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '15000' },
    runs: { type: 'string', default: '3' },
    'istanbul-files': { type: 'string' },
    'out-dir': { type: 'string' },
    'covgate-only': { type: 'boolean', default: false },
  },
});
const fileCount = Number(values.files);
const runs = Number(values.runs);
const istanbulFiles = Number(values['istanbul-files'] ?? values.files);
const out = join(repo, 'bench', 'out', `html-${fileCount}`);
const root = join(out, 'repo');
const node = process.env.COVGATE_TEST_NODE || process.execPath;
// Where every renderer writes its HTML: on disk next to the data by default; `--out-dir /dev/shm/x`
// takes a disk shared with other jobs out of the comparison (the CPU work is what is left).
const outRoot = values['out-dir'] ?? join(out, 'html-out');

/** Source lines of typical length (~25 characters on average, as in real JS/TS code). */
const TEMPLATES = [
  (n) => `  const v${n} = load(input, ${n});`,
  (n) => `  if (v${n % 7} > limit && !options.strict) {`,
  () => '    return fallback;',
  () => '  }',
  () => '',
  () => '  // keeps the order stable for callers',
  (n) => `  items.push({ id: ${n}, name: 'item-${n}' });`,
];

/** Sources + lcov + the same data as an istanbul coverage map (for istanbul-reports). */
function generate() {
  const rnd = random(7);
  const lcov = [];
  const istanbul = {};
  for (let i = 0; i < fileCount; i++) {
    const rel = `packages/pkg-${i % 60}/src/area-${i % 9}/module-${i}.js`;
    const length = 40 + Math.floor(rnd() * 120);
    const text = [];
    const da = [];
    const brda = [];
    const fc = { path: join(root, rel), statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
    for (let line = 1; line <= length; line++) {
      text.push(TEMPLATES[Math.floor(rnd() * TEMPLATES.length)](line));
      if (rnd() < 0.7) {
        const hits = rnd() < 0.75 ? 1 + Math.floor(rnd() * 30) : 0;
        da.push(`DA:${line},${hits}`);
        const id = String(da.length - 1);
        fc.statementMap[id] = { start: { line, column: 2 }, end: { line, column: 60 } };
        fc.s[id] = hits;
        if (rnd() < 0.1) {
          const arms = [hits > 0 && rnd() < 0.8 ? hits : 0, hits > 0 && rnd() < 0.5 ? 1 : 0];
          const b = String(brda.length / 2);
          brda.push(`BRDA:${line},${b},0,${arms[0]}`, `BRDA:${line},${b},1,${arms[1]}`);
          const loc = { start: { line, column: 2 }, end: { line, column: 60 } };
          fc.branchMap[b] = { type: 'if', line, loc, locations: [loc, loc] };
          fc.b[b] = arms;
        }
      }
    }
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `export function module${i}(options) {\n${text.slice(1).join('\n')}\n}\n`);
    const hit = (r) => r.endsWith(',0') === false;
    lcov.push(
      `SF:${rel}`,
      ...da,
      ...brda,
      `LF:${da.length}`,
      `LH:${da.filter(hit).length}`,
      `BRF:${brda.length}`,
      `BRH:${brda.filter(hit).length}`,
      'end_of_record',
    );
    if (i < istanbulFiles) istanbul[fc.path] = fc;
  }
  writeFileSync(join(out, 'lcov.info'), lcov.join('\n') + '\n');
  writeFileSync(join(out, 'istanbul-map.json'), JSON.stringify(istanbul));
}

function time(label, args, opts = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    opts.before?.();
    const t0 = performance.now();
    const run = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: out, ...opts });
    samples.push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${label} failed: ${run.stderr.slice(0, 500)}`);
  }
  const ms = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const list = samples.map((s) => s.toFixed(0)).join(', ');
  console.log(`${label.padEnd(52)} ${list} ms (median ${ms.toFixed(0)})`);
  return ms;
}

/** A tiny script that renders one istanbul reporter from the map file, for a separate process. */
function istanbulScript() {
  const path = join(out, 'istanbul-render.cjs');
  writeFileSync(
    path,
    `const { createCoverageMap } = require(${JSON.stringify(join(repo, 'node_modules/istanbul-lib-coverage'))});
const libReport = require(${JSON.stringify(join(repo, 'node_modules/istanbul-lib-report'))});
const reports = require(${JSON.stringify(join(repo, 'node_modules/istanbul-reports'))});
const [kind, mapFile, dir] = process.argv.slice(2);
const coverageMap = createCoverageMap(JSON.parse(require('fs').readFileSync(mapFile, 'utf8')));
const context = libReport.createContext({ dir, coverageMap, defaultSummarizer: 'nested' });
reports.create(kind).execute(context);
`,
  );
  return path;
}

/** Size in bytes of every file under `dir`. */
function du(dir) {
  let size = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) size += statSync(join(e.parentPath ?? e.path, e.name)).size;
  }
  return size;
}

/** ncc bundle size of a one-line entry that uses each renderer. */
function bundleSizes() {
  const ncc = join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const work = join(out, 'bundles');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const entries = {
    istanbul: `const r = require(${JSON.stringify(join(repo, 'node_modules/istanbul-reports'))});\nrequire(${JSON.stringify(join(repo, 'node_modules/istanbul-lib-report'))});\nconsole.log(r.create('html'), r.create('html-spa'));\n`,
    covgate: `import { writeHtmlReport } from ${JSON.stringify(join(repo, 'build/bench-html/html/write-report.js'))};\nconsole.log(writeHtmlReport);\n`,
  };
  execFileSync(
    node,
    [
      join(repo, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(repo, 'build/bench-html'),
    ],
    { cwd: repo, stdio: 'ignore' },
  );
  writeFileSync(join(repo, 'build/bench-html/package.json'), '{"type":"module"}\n');
  const sizes = {};
  for (const [name, text] of Object.entries(entries)) {
    const entry = join(work, name + (name === 'covgate' ? '.mjs' : '.cjs'));
    writeFileSync(entry, text);
    execFileSync(node, [ncc, 'build', entry, '-o', join(work, `${name}-out`), '--quiet'], {
      cwd: work,
      stdio: 'ignore',
    });
    sizes[name] = du(join(work, `${name}-out`));
  }
  return sizes;
}

console.log(
  `node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}; load average ${loadavg()[0].toFixed(1)}`,
);
if (!existsSync(join(out, 'lcov.info'))) {
  console.log(`generating ${fileCount} sources and their lcov report into ${out} ...`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  generate();
}
console.log(
  `lcov.info ${(statSync(join(out, 'lcov.info')).size / 1e6).toFixed(1)} MB, ${fileCount} files, runs: ${runs}`,
);
const cli = join(repo, 'dist/cli/index.js');
const base = [cli, 'report', '--coverage', 'lcov.info', '--root', root, '--format', 'json'];
const htmlDir = join(outRoot, 'covgate-html');
const read = time('covgate: read (report --format json)', base);
// A fresh directory each run, as the action has.
const fresh = () => rmSync(htmlDir, { recursive: true, force: true });
const withHtml = time('covgate: read + HTML (report --html DIR)', [...base, '--html', htmlDir], {
  before: fresh,
});
const pages = readdirSync(join(htmlDir, 'files')).length;
console.log(`  covgate wrote ${pages} pages, ${(du(htmlDir) / 1e6).toFixed(1)} MB`);

const script = istanbulScript();
const map = join(out, 'istanbul-map.json');
const results = {};
for (const kind of values['covgate-only'] ? [] : ['html', 'html-spa']) {
  const dir = join(outRoot, `istanbul-${kind}`);
  const before = () => rmSync(dir, { recursive: true, force: true });
  const label = `istanbul-reports ${kind} (${istanbulFiles} files, in one process)`;
  results[kind] = time(label, [script, kind, map, dir], { cwd: root, before });
  console.log(`  istanbul-reports ${kind} wrote ${(du(dir) / 1e6).toFixed(1)} MB`);
}
const sizes = values['covgate-only'] ? null : bundleSizes();
if (sizes !== null)
  console.log(
    `ncc bundle: covgate html renderer ${(sizes.covgate / 1e3).toFixed(0)} kB, istanbul-reports + istanbul-lib-report ${(sizes.istanbul / 1e3).toFixed(0)} kB`,
  );
const render = withHtml - read;
const ratio = render / read;
console.log(
  `html-render: ratio render / read ${ratio.toFixed(2)} (render ${render.toFixed(0)} ms, read ${read.toFixed(0)} ms; target <= 2) ${ratio <= 2 ? 'OK' : 'ABOVE TARGET'}` +
    ` (HTML written to ${outRoot})`,
);
