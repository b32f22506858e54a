// Peak memory of the built bundles on a huge lcov report (issue 12, item 11): writes an lcov.info
// of N files (default 1,000,000; about 51 MB) to a temp dir — generated, never committed — then
// runs `covgate report` (text) and the main step on it and prints each one's peak RSS and time.
// Usage: node scripts/measure-lcov-memory.mjs [files]   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'covgate-lcov-memory-'));
// Reports the child's own peak RSS when it exits (children are not in our resourceUsage).
const PEAK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss-kb="+process.resourceUsage().maxRSS+"\\n"))';

function writeReport(path) {
  const fd = openSync(path, 'w');
  let chunk = [];
  for (let i = 0; i < files; i++) {
    chunk.push(`SF:src/d${i % 1000}/f${i}.js\nDA:1,${i % 3}\nDA:2,1\nend_of_record\n`);
    if (chunk.length === 10_000) {
      writeSync(fd, chunk.join(''));
      chunk = [];
    }
  }
  writeSync(fd, chunk.join(''));
  closeSync(fd);
}

function measure(name, args, env) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', PEAK, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const peak = /peak-rss-kb=(\d+)/.exec(run.stderr ?? '');
  const mb = peak ? Math.round(Number(peak[1]) / 1024) : NaN;
  console.log(
    `${name}: exit ${run.status}, peak RSS ${mb} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) {
    // Why it failed: a step says it in a workflow command on stdout, the CLI on stderr.
    const lines = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.split('\n');
    console.log(lines.filter((l) => l.startsWith('::error') || l.startsWith('covgate:')).join('\n'));
  }
}

try {
  const report = join(dir, 'lcov.info');
  writeReport(report);
  console.log(`lcov.info: ${files} files, ${(statSync(report).size / 1e6).toFixed(1)} MB`);
  measure('covgate report --format text', [
    join(root, 'dist/cli/index.js'),
    'report',
    '--coverage',
    report,
    '--root',
    dir,
  ]);
  const runner = join(dir, 'runner');
  mkdirSync(runner);
  for (const f of ['output', 'state', 'env', 'summary']) writeFileSync(join(runner, f), '');
  measure('main step (coverage-files only)', [join(root, 'dist/main/index.js')], {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/feature',
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STATE: join(runner, 'state'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    'INPUT_COVERAGE-FILES': 'lcov.info',
    INPUT_COMMENT: 'true',
    INPUT_ANNOTATIONS: 'true',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
