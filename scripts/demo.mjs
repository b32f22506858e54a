#!/usr/bin/env node
// `npm run demo`: the whole product in one command. Runs the built action bundles (dist/main, then
// dist/post) against sample-app/ exactly as a GitHub runner would — INPUT_* from
// .github/workflows/dogfood.yml, GITHUB_* files, a pull_request event — with a local stand-in for
// the GitHub REST API. PostgreSQL is provisioned by the action, the unit and full phases run, the
// coverage is read and the PR comment is rendered and "posted"; then this prints the comment, the
// step outputs and where the job summary went.
//
// On a fresh clone it installs what it needs first (npm ci at the root and in sample-app/, then
// npm run build when dist/ is missing), so it works after a plain `git clone`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputEnvName, parseFileCommands, readActionDefaults } from './runner-files.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_APP = join(ROOT, 'sample-app');
const OWNER = 'octo-org';
const REPO = 'covgate';
const PULL = 42;
// Not in the local history on purpose: the action then reads the PR diff from the (fake) REST API,
// the path it takes on a shallow checkout.
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
// The demo PR "adds" these lines of sample-app, so the comment shows patch coverage on real code.
const PR_FILES = [
  { path: 'sample-app/src/plugins/app/authorization.ts', match: /app\.decorate\('requireOwner'/, count: 17 },
  { path: 'sample-app/src/routes/users.ts', match: /app\.post\('\/users\/me\/avatar'/, count: 16 },
];

function say(text) {
  process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`);
}

function npm(args, cwd) {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, stdio: 'inherit' });
}

/** Step 0: what a fresh clone lacks. */
function install() {
  if (!existsSync(join(ROOT, 'node_modules'))) {
    say('Installing covgate (npm ci)');
    npm(['ci', '--no-audit', '--no-fund'], ROOT);
  }
  if (!existsSync(join(SAMPLE_APP, 'node_modules'))) {
    say('Installing sample-app (npm ci in sample-app/)');
    npm(['ci', '--no-audit', '--no-fund'], SAMPLE_APP);
  }
  if (!existsSync(join(ROOT, 'dist/main/index.js')) || !existsSync(join(ROOT, 'dist/post/index.js'))) {
    say('Building the action bundles (npm run build)');
    npm(['run', 'build'], ROOT);
  }
}

/** The `with:` of the `uses: ./` step in dogfood.yml: the demo runs what CI runs. */
function readDogfoodInputs() {
  const text = readFileSync(join(ROOT, '.github/workflows/dogfood.yml'), 'utf8');
  const step = text.split(/^\s+uses: \.\/\s*$/m)[1] ?? '';
  const withBlock = step.split(/^\s+with:\s*$/m)[1] ?? '';
  const inputs = {};
  for (const line of withBlock.split('\n').slice(1)) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const match = /^ {10}([a-z-]+): (.*)$/.exec(line);
    if (match === null) break;
    inputs[match[1]] = match[2].trim();
  }
  return inputs;
}

/** A unified diff that adds `count` lines of each file, starting at the line that matches. */
function makePullDiff() {
  return PR_FILES.map(({ path, match, count }) => {
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    const start = lines.findIndex((line) => match.test(line));
    if (start < 0) throw new Error(`demo: ${path} no longer has a line matching ${match}`);
    const added = lines.slice(start, start + count).map((line) => `+${line}`);
    return [
      `diff --git a/${path} b/${path}`,
      `--- a/${path}`,
      `+++ b/${path}`,
      `@@ -${start},0 +${start + 1},${added.length} @@`,
      ...added,
      '',
    ].join('\n');
  }).join('');
}

/** Runs one bundle as its own node process, output streamed through; resolves to its exit code. */
function runStep(step, env) {
  say(`node dist/${step}/index.js`);
  const child = spawn(process.execPath, [join(ROOT, 'dist', step, 'index.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));
}

async function main() {
  install();
  const { startFakeGitHubApi } = await import('./fake-github-api.mjs');
  // The HTML report is uploaded through the real @actions/artifact client to a local stand-in.
  const { artifactEnv, startFakeArtifactService } = await import('./fake-artifact-service.mjs');
  const artifacts = await startFakeArtifactService();
  const api = await startFakeGitHubApi({
    owner: OWNER,
    repo: REPO,
    pulls: [
      {
        number: PULL,
        title: 'Demo: requireOwner and avatar upload',
        head: { sha: HEAD_SHA, ref: 'demo' },
        base: { sha: BASE_SHA, ref: 'main' },
        diff: makePullDiff(),
      },
    ],
  });
  const temp = mkdtempSync(join(tmpdir(), 'covgate-demo-'));
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = {
    event: join(temp, 'event.json'),
    summary: join(temp, 'step-summary.md'),
    main: { output: join(temp, 'main-output'), env: join(temp, 'main-env'), state: join(temp, 'main-state') },
    post: { output: join(temp, 'post-output'), env: join(temp, 'post-env'), state: join(temp, 'post-state') },
  };
  writeFileSync(
    files.event,
    JSON.stringify({
      action: 'synchronize',
      number: PULL,
      pull_request: {
        number: PULL,
        head: { sha: HEAD_SHA, ref: 'demo' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
    }),
  );
  for (const f of [files.summary, ...Object.values(files.main), ...Object.values(files.post)])
    writeFileSync(f, '');

  const inputs = {
    ...readActionDefaults(ROOT),
    'github-token': 'demo-token',
    ...readDogfoodInputs(),
    'html-report': 'true',
  };
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_REF: `refs/pull/${PULL}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'sample-app',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_STEP_SUMMARY: files.summary,
    ...artifactEnv(artifacts),
  };
  for (const [name, value] of Object.entries(inputs)) base[inputEnvName(name)] = value;

  const withFiles = (f) => ({ ...base, GITHUB_OUTPUT: f.output, GITHUB_ENV: f.env, GITHUB_STATE: f.state });
  const mainCode = await runStep('main', withFiles(files.main));
  const outputs = parseFileCommands(readFileSync(files.main.output, 'utf8'));
  const state = parseFileCommands(readFileSync(files.main.state, 'utf8'));
  const exported = parseFileCommands(readFileSync(files.main.env, 'utf8'));
  const postEnv = { ...withFiles(files.post), ...exported };
  for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
  const postCode = await runStep('post', postEnv);
  await api.close();
  await artifacts.close();

  const comments = api.state.comments.get(PULL) ?? [];
  say(`The PR comment the (fake) GitHub API received on #${PULL}`);
  process.stdout.write(`${comments.at(-1)?.body ?? '(no comment was posted: see the log above)'}\n`);
  say('Step outputs');
  for (const [name, value] of Object.entries(outputs)) {
    process.stdout.write(`  ${name} = ${name === 'database-url' ? '*** (masked)' : value}\n`);
  }
  for (const run of api.state.checkRuns)
    process.stdout.write(`  check run "${run.name}": ${run.conclusion}\n`);
  say('Files');
  process.stdout.write(`  job summary: ${files.summary}\n  report JSON: ${outputs['report-json'] ?? '—'}\n`);
  const uploaded = artifacts.artifacts.find((a) => a.finalized);
  process.stdout.write(
    `  HTML report: ${outputs['html-dir'] ? `${join(outputs['html-dir'], 'index.html')} (open it in a browser)` : '— (not written: see the log above)'}\n` +
      `  HTML artifact: ${uploaded ? `${uploaded.name}, id ${uploaded.id}, ${uploaded.content?.length ?? 0} bytes (the comment links it)` : 'not uploaded'}\n`,
  );
  process.stdout.write(
    `  API requests made: ${api.requests.map((r) => `${r.method} ${r.path}`).join(', ')}\n`,
  );
  process.stdout.write(`\nmain exited ${mainCode}, post exited ${postCode}\n`);
  process.exitCode = mainCode === 0 && postCode === 0 ? 0 : 1;
}

await main();
