// Peak memory of the built bundles on a huge lcov report (issue 12, item 11): writes an lcov.info
// of N files (default 1,000,000; about 51 MB) to a temp dir — generated, never committed — then
// runs `covgate report` (text), the main step on it, and the main step on a pull request (the same
// report as base-coverage, a diff of 1,000 of its files, the comment and a check run posted to the
// local fake GitHub API) and prints each one's peak RSS and time.
// Usage: node scripts/measure-lcov-memory.mjs [files]   (after `npm run build`)
import { spawn } from 'node:child_process';
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
import { startFakeGitHubApi } from './fake-github-api.mjs';

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

/** Runs one bundle to its end (asynchronously: the fake API answers from this process). */
function runNode(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', PEAK, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function measure(name, args, env) {
  const started = Date.now();
  const run = await runNode(args, env);
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

/** The runner's files of one step, empty. */
function runnerFiles(name) {
  const runner = join(dir, name);
  mkdirSync(runner);
  for (const f of ['output', 'state', 'env', 'summary']) writeFileSync(join(runner, f), '');
  return {
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STATE: join(runner, 'state'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
  };
}

/** A diff that changes line 1 of every 1,000th file: 1,000 files of a million. */
function pullDiff() {
  const parts = [];
  for (let i = 0; i < files; i += Math.max(1, Math.floor(files / 1000))) {
    const path = `src/d${i % 1000}/f${i}.js`;
    parts.push(`diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n-old\n+new\n`);
  }
  return parts.join('');
}

try {
  const report = join(dir, 'lcov.info');
  writeReport(report);
  console.log(`lcov.info: ${files} files, ${(statSync(report).size / 1e6).toFixed(1)} MB`);
  await measure('covgate report --format text', [
    join(root, 'dist/cli/index.js'),
    'report',
    '--coverage',
    report,
    '--root',
    dir,
  ]);
  const step = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo-org/demo',
    GITHUB_SHA: 'f'.repeat(40),
    'INPUT_COVERAGE-FILES': 'lcov.info',
    INPUT_COMMENT: 'true',
    INPUT_ANNOTATIONS: 'true',
    COVGATE_API_WRITE_INTERVAL_MS: '0',
  };
  await measure('main step (coverage-files only)', [join(root, 'dist/main/index.js')], {
    ...step,
    ...runnerFiles('runner-push'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/feature',
  });
  const head = 'a'.repeat(40);
  const base = 'b'.repeat(40);
  const pull = { number: 7, head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } };
  const api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'demo',
    pulls: [{ ...pull, diff: pullDiff() }],
  });
  try {
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          ...pull,
          head: { ...pull.head, repo: { full_name: 'octo-org/demo' } },
          base: { ...pull.base, repo: { full_name: 'octo-org/demo' } },
        },
      }),
    );
    // The same pull request without and with a base of the same size (a second million-file model).
    for (const [label, base] of [
      ['pull request: 1,000 changed files, comment, check run', {}],
      [
        `pull request: the same plus base-coverage of the same ${files.toLocaleString('en')} files`,
        { 'INPUT_BASE-COVERAGE': 'lcov.info' },
      ],
    ]) {
      const before = { comments: api.state.comments.get(7)?.length ?? 0, checks: api.state.checkRuns.length };
      await measure(`main step (${label})`, [join(root, 'dist/main/index.js')], {
        ...step,
        ...runnerFiles(`runner-pr-${before.checks}`),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SHA: head,
        GITHUB_API_URL: api.url,
        'INPUT_GITHUB-TOKEN': 'token',
        'INPUT_CHECK-NAME': 'coverage',
        ...base,
      });
      const comments = api.state.comments.get(7) ?? [];
      const comment = comments.at(-1)?.body ?? '';
      const check = api.state.checkRuns.at(-1);
      console.log(
        `  posted: ${comments.length} sticky comment, ${comment.length} characters; check run ${check?.conclusion ?? 'none'}`,
      );
    }
  } finally {
    await api.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
