#!/usr/bin/env node
// Benchmark: patch coverage of a big PR — `covgate report --base --diff` vs `diff-cover`.
//
//   npm run build && node bench/patch-vs-diff-cover.mjs [--sizes 3000x300,10000x1000] [--runs 3]
//                                                       [--node PATH]
//
// For each size FILESxCHANGED:
// 1. Generates bench/out/patch-FILESxCHANGED/repo: a git repository with FILES JS files on `main`
//    and a branch `feature` that edits and extends CHANGED of them, plus lcov and Cobertura reports
//    of base and head with the same hit data (deterministic; every line executable, ~75 % hit, some
//    branch lines).
// 2. For each format (lcov, then Cobertura), times as separate processes, median of --runs (after
//    one warm-up each):
//    covgate   : git diff --unified=0 -M main...HEAD > change.diff, then
//                node dist/cli/index.js report --coverage head.<ext> --base base.<ext> --diff change.diff
//                --format json (git diff is included: diff-cover runs it too)
//    diff-cover: diff-cover head.<ext> --compare-branch=main --json-report out.json (Debian package)
//    and, for the PR comment each tool writes, covgate --format markdown vs diff-cover --markdown-report
//    floor     : the least any Node program could do with these inputs: start node, read base and
//                head, count their hit lines with a bare indexOf scan (no diff, no paths, no model,
//                no analysis, no output). diff-cover / floor is the highest ratio any Node
//                implementation could reach on this machine.
// 3. Checks that both tools give the same total patch numbers, then prints the times and the ratios
//    diff-cover / covgate and diff-cover / floor per format. Target: at least 20.
//
// covgate runs under --node (default $COVGATE_TEST_NODE, else this node): GitHub runs the action
// on node24, and `.ci/run` points COVGATE_TEST_NODE at Node 24.
import { execFileSync, spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random } from './support/random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, process.env.COVGATE_DIST ?? 'dist', 'cli', 'index.js');
const floorScript = join(root, 'bench', 'support', 'patch-floor.mjs');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000x100,3000x300,10000x1000' },
    files: { type: 'string' },
    changed: { type: 'string' },
    runs: { type: 'string', default: '3' },
    node: { type: 'string', default: process.env.COVGATE_TEST_NODE || process.execPath },
  },
});
const sizes =
  values.files === undefined
    ? values.sizes.split(',').map((s) => {
        const m = /^\s*(\d+)x(\d+)\s*$/.exec(s);
        if (!m) {
          console.error(`bench: --sizes: '${s}' is not FILESxCHANGED, e.g. 3000x300`);
          process.exit(2);
        }
        return { files: Number(m[1]), changed: Number(m[2]) };
      })
    : [{ files: Number(values.files), changed: Number(values.changed ?? Math.ceil(values.files / 10)) }];
const runs = Number(values.runs);
const nodeBin = values.node;

if (!existsSync(cli)) {
  console.error('bench: dist/cli/index.js is missing; run `npm run build` first');
  process.exit(1);
}
if (spawnSync('diff-cover', ['--version']).status !== 0) {
  console.error('bench: diff-cover is not installed; run `apt-get install -y diff-cover`');
  process.exit(1);
}
const nodeVersion = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' });
if (nodeVersion.status !== 0) {
  console.error(`bench: --node: cannot run '${nodeBin}'; give a node binary`);
  process.exit(2);
}

/** The generated data of the size being measured (set by measureSize). */
let out = '';
let repo = '';
let fileCount = 0;
let changedCount = 0;

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (...args) =>
  execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 });

const pathOf = (i) => `src/pkg${String(i % 30).padStart(2, '0')}/module${String(i).padStart(5, '0')}.js`;

/** Source lines of file `i`, as on main (`edited` false) or on the branch. */
function sourceOf(i, edited) {
  const rnd = random(i + 1);
  const lines = [];
  const count = 40 + Math.floor(rnd() * 80);
  for (let l = 1; l <= count; l++) lines.push(`  const v${l} = compute(${l}, ${Math.floor(rnd() * 1000)});`);
  if (edited) {
    for (let k = 0; k < 5; k++) {
      const at = 1 + Math.floor(rnd() * (lines.length - 2));
      lines[at] = `  const v${at + 1} = computeAgain(${k});`;
    }
    const insertAt = Math.floor(lines.length / 2);
    lines.splice(insertAt, 0, ...Array.from({ length: 6 }, (_, k) => `  const added${k} = compute(${k});`));
  }
  return ['export function run() {', ...lines, '}', ''].join('\n');
}

/** Hit data of the given files: per line its hits and, on some lines, [covered, total] outcomes. */
function measure(files, seed) {
  const rnd = random(seed);
  return files.map(({ path, lineCount }) => {
    const lines = [];
    for (let l = 1; l <= lineCount; l++) {
      const hits = rnd() < 0.75 ? 1 + Math.floor(rnd() * 20) : 0;
      const branch = rnd() < 0.1 ? [hits === 0 ? 0 : 1 + Math.floor(rnd() * 2), 2] : null;
      lines.push({ line: l, hits, branch });
    }
    return { path, lines };
  });
}

/** Cobertura (istanbul's dialect: filename relative to <source>). */
function toCobertura(data) {
  const parts = [
    '<?xml version="1.0" ?>',
    '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
    '<coverage lines-valid="0" lines-covered="0" line-rate="0" branches-valid="0" branches-covered="0" branch-rate="0" timestamp="0" complexity="0" version="0.1">',
    `<sources><source>${repo}</source></sources>`,
    '<packages><package name="src" line-rate="0" branch-rate="0"><classes>',
  ];
  for (const { path, lines } of data) {
    const name = path.split('/').pop();
    parts.push(`<class name="${name}" filename="${path}" line-rate="0" branch-rate="0"><methods/><lines>`);
    for (const { line, hits, branch } of lines) {
      if (branch === null) {
        parts.push(`<line number="${line}" hits="${hits}" branch="false"/>`);
      } else {
        const pct = Math.floor((branch[0] / branch[1]) * 100);
        parts.push(
          `<line number="${line}" hits="${hits}" branch="true" condition-coverage="${pct}% (${branch[0]}/${branch[1]})"/>`,
        );
      }
    }
    parts.push('</lines></class>');
  }
  parts.push('</classes></package></packages></coverage>', '');
  return parts.join('\n');
}

/** lcov with absolute paths, as c8/nyc/jest write it. */
function toLcov(data) {
  const parts = [];
  for (const { path, lines } of data) {
    parts.push('TN:', `SF:${join(repo, path)}`);
    for (const { line, branch, hits } of lines) {
      if (branch !== null) {
        for (let o = 0; o < branch[1]; o++)
          parts.push(`BRDA:${line},0,${o},${o < branch[0] ? 1 : hits === 0 ? '-' : 0}`);
      }
    }
    for (const { line, hits } of lines) parts.push(`DA:${line},${hits}`);
    parts.push(`LF:${lines.length}`, `LH:${lines.filter((l) => l.hits > 0).length}`, 'end_of_record');
  }
  return parts.join('\n') + '\n';
}

function generate() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  const changed = new Set();
  const pick = random(7);
  while (changed.size < Math.min(changedCount, fileCount)) changed.add(Math.floor(pick() * fileCount));
  const base = [];
  const head = [];
  for (let i = 0; i < fileCount; i++) {
    const path = pathOf(i);
    mkdirSync(join(repo, dirname(path)), { recursive: true });
    const text = sourceOf(i, false);
    writeFileSync(join(repo, path), text);
    base.push({ path, lineCount: text.split('\n').length - 1 });
  }
  writeFileSync(join(repo, '.gitignore'), '*.xml\n*.json\n*.diff\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  for (let i = 0; i < fileCount; i++) {
    const path = pathOf(i);
    const text = changed.has(i) ? sourceOf(i, true) : sourceOf(i, false);
    if (changed.has(i)) writeFileSync(join(repo, path), text);
    head.push({ path, lineCount: text.split('\n').length - 1 });
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'feature');
  const baseData = measure(base, 11);
  const headData = measure(head, 12);
  writeFileSync(join(out, 'base.xml'), toCobertura(baseData));
  writeFileSync(join(out, 'head.xml'), toCobertura(headData));
  writeFileSync(join(out, 'base.info'), toLcov(baseData));
  writeFileSync(join(out, 'head.info'), toLcov(headData));
}

// /usr/bin/time gives a process's peak RSS; `run(..., true)` records it in `lastMb`.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const rssFile = join(os.tmpdir(), `covgate-bench-rss-${process.pid}`);
let lastMb = NaN;

function time(label, fn) {
  const times = [];
  const mbs = [];
  let result;
  for (let r = 0; r <= runs; r++) {
    lastMb = NaN;
    const start = performance.now();
    result = fn();
    if (r > 0) times.push(performance.now() - start); // run 0 warms the page cache
    if (r > 0) mbs.push(lastMb);
  }
  times.sort((a, b) => a - b);
  mbs.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mb = mbs[Math.floor(mbs.length / 2)];
  console.log(
    `${label.padEnd(58)} ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)})` +
      (Number.isNaN(mb) ? '' : `, peak ${mb.toFixed(0)} MB`),
  );
  return { median, mb, result };
}

function run(file, args, rss = false) {
  const timed = rss && timeBin !== undefined;
  const r = spawnSync(timed ? timeBin : file, timed ? ['-f', '%M', '-o', rssFile, file, ...args] : args, {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${file} ${args.join(' ')} failed: ${r.stderr}`);
  if (timed) lastMb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024;
  return r.stdout;
}

/** Times both tools and the floor on one report format; returns the two ratios. */
function compare(ext) {
  const diffFile = join(out, 'change.diff');
  const covgate = time(`covgate ${ext}: git diff + report --base --diff --format json`, () => {
    writeFileSync(
      diffFile,
      run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', 'main...HEAD']),
    );
    const args = ['report', '--coverage', join(out, `head.${ext}`), '--base', join(out, `base.${ext}`)];
    const stdout = run(nodeBin, [cli, ...args, '--diff', diffFile, '--root', repo, '--format', 'json'], true);
    return JSON.parse(stdout).patch;
  });
  // For reference: the very inputs diff-cover gets (no base report to read and compare).
  time(`covgate ${ext}: git diff + report --diff (no --base)`, () => {
    writeFileSync(
      diffFile,
      run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', 'main...HEAD']),
    );
    const args = ['report', '--coverage', join(out, `head.${ext}`), '--diff', diffFile, '--root', repo];
    return run(nodeBin, [cli, ...args, '--format', 'json']).length;
  });
  const floor = time(`floor ${ext}: node + read base and head + bare scan`, () =>
    run(nodeBin, [floorScript, ext, join(out, `base.${ext}`), join(out, `head.${ext}`)], true),
  );
  const dcJson = join(out, 'diff-cover.json');
  const diffCover = time(`diff-cover ${ext}: --compare-branch=main --json-report`, () => {
    run('diff-cover', [join(out, `head.${ext}`), '--compare-branch=main', '--json-report', dcJson], true);
    return JSON.parse(readFileSync(dcJson, 'utf8'));
  });
  // The PR comment each tool renders: covgate's Markdown vs diff-cover's --markdown-report.
  const comment = time(`covgate ${ext}: report --base --diff --format markdown`, () => {
    const args = ['report', '--coverage', join(out, `head.${ext}`), '--base', join(out, `base.${ext}`)];
    return run(nodeBin, [cli, ...args, '--diff', diffFile, '--root', repo, '--format', 'markdown']).length;
  });
  const dcMarkdown = time(`diff-cover ${ext}: --markdown-report`, () =>
    run('diff-cover', [
      join(out, `head.${ext}`),
      '--compare-branch=main',
      '--markdown-report',
      join(out, 'dc.md'),
    ]),
  );
  const ours = covgate.result;
  const theirs = diffCover.result;
  if (ours.total !== theirs.total_num_lines || ours.total - ours.covered !== theirs.total_num_violations) {
    console.error(
      `bench: the tools disagree on ${ext}: covgate ${ours.covered}/${ours.total}, diff-cover ` +
        `${theirs.total_num_lines - theirs.total_num_violations}/${theirs.total_num_lines}`,
    );
    process.exit(1);
  }
  // The floor counts the same hit lines the reports hold: a check that it did the whole scan.
  const [baseHit, headHit] = floor.result.trim().split(' ');
  console.log(
    `  patch numbers agree: ${ours.covered}/${ours.total} changed lines covered in ${ours.files.length} files; ` +
      `floor counted hit lines base ${baseHit}, head ${headHit}`,
  );
  const ratio = diffCover.median / covgate.median;
  const ceiling = diffCover.median / floor.median;
  console.log(
    `  ${ext}: covgate ${covgate.median.toFixed(0)} ms, diff-cover ${diffCover.median.toFixed(0)} ms, ` +
      `floor ${floor.median.toFixed(0)} ms; ratio diff-cover / covgate ${ratio.toFixed(1)}, ` +
      `diff-cover / floor ${ceiling.toFixed(1)}; peak memory covgate ${covgate.mb.toFixed(0)} MB, ` +
      `diff-cover ${diffCover.mb.toFixed(0)} MB, floor ${floor.mb.toFixed(0)} MB`,
  );
  console.log(
    `  ${ext} comment: covgate markdown ${comment.median.toFixed(0)} ms, diff-cover --markdown-report ` +
      `${dcMarkdown.median.toFixed(0)} ms, ratio ${(dcMarkdown.median / comment.median).toFixed(1)}`,
  );
  return { ratio, ceiling, ms: covgate.median, mb: covgate.mb, dcMb: diffCover.mb, floorMb: floor.mb };
}

/** Generates one size's data and compares both formats on it. */
function measureSize({ files, changed }) {
  fileCount = files;
  changedCount = changed;
  out = join(root, 'bench', 'out', `patch-${files}x${changed}`);
  repo = join(out, 'repo');
  generate();
  const mb = (f) => (statSync(join(out, f)).size / 1e6).toFixed(1);
  const bare = time(`node ${nodeVersion.stdout.trim()} start-up (node -e 0)`, () =>
    run(nodeBin, ['-e', '0']),
  );
  console.log(
    `repository: ${files} files, ${changed} changed on the branch; head.info ${mb('head.info')} MB, ` +
      `head.xml ${mb('head.xml')} MB (base alike); runs: ${runs}; load average ${os.loadavg()[0].toFixed(1)}; ` +
      `node start-up ${bare.median.toFixed(0)} ms`,
  );
  return { size: `${files}x${changed}`, lcov: compare('info'), xml: compare('xml') };
}

console.log(`covgate runs under ${nodeBin} (${nodeVersion.stdout.trim()})`);
const results = sizes.map(measureSize);
// Target 1 (issue 17) at 10,000 files / 1,000 changed: >= 4x faster than diff-cover, no more memory.
const target = results.find((r) => r.size === '10000x1000') ?? results.at(-1);
const parts = [target.lcov, target.xml].map(
  (r, k) =>
    `${k === 0 ? 'lcov' : 'cobertura'} ${r.ratio.toFixed(1)} (floor ${r.ceiling.toFixed(1)}), ` +
    `memory ${(r.mb / r.dcMb).toFixed(2)} of diff-cover's (floor ${(r.floorMb / r.dcMb).toFixed(2)})`,
);
const met = [target.lcov, target.xml].every((r) => r.ratio >= 4 && r.mb <= r.dcMb);
console.log(
  `patch-vs-diff-cover: ${target.size}: ratio diff-cover / covgate time ${parts.join('; ')} ` +
    `(target >= 4 and memory <= 1) ${met ? 'MET' : 'NOT MET'}`,
);
// Target 4: the same case at 1x, 3x and 10x; the 10x time and memory within 11x of the 1x ones.
const one = results.find((r) => r.size === '1000x100');
const ten = results.find((r) => r.size === '10000x1000');
if (one && ten) {
  const three = results.find((r) => r.size === '3000x300');
  const rows = [one, three, ten].filter(Boolean);
  for (const ext of ['lcov', 'xml']) {
    const line = rows
      .map((r) => `${r.size} ${r[ext].ms.toFixed(0)} ms ${r[ext].mb.toFixed(0)} MB`)
      .join(', ');
    console.log(`  covgate ${ext} report --base --diff --format json: ${line}`);
  }
  const growth = ['lcov', 'xml'].flatMap((ext) => [ten[ext].ms / one[ext].ms, ten[ext].mb / one[ext].mb]);
  console.log(
    `linear-cost: ratio 10x / 1x: lcov time ${growth[0].toFixed(1)}, memory ${growth[1].toFixed(1)}; ` +
      `cobertura time ${growth[2].toFixed(1)}, memory ${growth[3].toFixed(1)} (target <= 11) ` +
      (growth.every((g) => g <= 11) ? 'MET' : 'NOT MET'),
  );
}
