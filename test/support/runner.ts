/**
 * Plays the GitHub Actions runner for a built bundle: runs `node dist/<step>/index.js` as its own
 * process with the environment a runner gives a step (INPUT_* with action.yml defaults, GITHUB_* file
 * commands in fresh files per step, the event payload, RUNNER_TEMP shared by the job's steps), then
 * parses the file commands the way the runner does. `post` gets STATE_* from what `main` saved and
 * the variables `main` exported through GITHUB_ENV, like a real job.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  inputEnvName,
  parseFileCommands,
  readActionDefaults as readRunnerDefaults,
} from '../../scripts/runner-files.mjs';
import { builtBundle, TEST_NODE } from './dist.js';

/** Repository root (where action.yml and dist/ are). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Options of one simulated job. */
export interface JobOptions {
  /** GITHUB_WORKSPACE, and the directory the steps start in. */
  workspace: string;
  /** Action inputs by their action.yml name; unset ones get action.yml's default. */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_API_URL, ACTIONS_RESULTS_URL …); wins over the defaults. */
  env?: Record<string, string>;
  eventName?: string;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  /** Kill a step that runs longer than this (a hung test must not hang the suite). */
  timeoutMs?: number;
}

/** One workflow command printed on stdout, e.g. `::warning file=a.ts,line=3::text`. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** What one step did. */
export interface StepResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Raw GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file text, to check the file format itself. */
  files: { output: string; env: string; state: string; summary: string };
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

/** A job with a temp area, whose steps run one after the other. */
export interface ActionJob {
  /** State saved so far (becomes STATE_* of the post step). */
  readonly state: Record<string, string>;
  /** Runs a step; `onStart` gets the step's process id (e.g. to signal it like a cancelled job). */
  run(
    step: 'main' | 'post' | 'cli',
    extraEnv?: Record<string, string>,
    onStart?: (pid: number) => void,
  ): Promise<StepResult>;
  cleanup(): Promise<void>;
}

export { inputEnvName, parseFileCommands };

/** Inputs and their defaults from action.yml (github-token's expression default becomes a fake token). */
export function readActionDefaults(): Record<string, string> {
  const defaults = readRunnerDefaults(REPO_ROOT);
  if (defaults['github-token']?.startsWith('${{')) defaults['github-token'] = 'ghs_fake_token_for_tests';
  return defaults;
}

/** Workflow commands (`::name k=v,k=v::message`) in a step's stdout, unescaped. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''));
    if (match === null) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

/** The part of the host environment a runner step would also have. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'USER', 'LANG', 'TMPDIR', 'SHELL', 'PYENV_ROOT'];
  const env: Record<string, string> = {};
  for (const k of keep) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Creates a job: a temp area with RUNNER_TEMP and the event file. Call `cleanup()` when done. */
export async function createActionJob(options: JobOptions): Promise<ActionJob> {
  const root = await mkdtemp(join(tmpdir(), 'covgate-job-'));
  const runnerTemp = join(root, 'runner-temp');
  await mkdir(runnerTemp);
  const eventPath = join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify(options.event ?? {}));
  const inputs = { ...readActionDefaults(), ...options.inputs };
  // What earlier steps exported through GITHUB_ENV (applied to later steps) and saved as state.
  const exportedEnv: Record<string, string> = {};
  const state: Record<string, string> = {};
  let stepNo = 0;

  const run = async (
    step: 'main' | 'post' | 'cli',
    extraEnv: Record<string, string> = {},
    onStart?: (pid: number) => void,
  ): Promise<StepResult> => {
    const bundle = builtBundle(step);
    stepNo += 1;
    const dir = join(root, `step-${stepNo}-${step}`);
    await mkdir(dir);
    const files = {
      output: join(dir, 'output'),
      env: join(dir, 'env'),
      state: join(dir, 'state'),
      summary: join(dir, 'summary.md'),
    };
    for (const f of Object.values(files)) await writeFile(f, '');
    const env: Record<string, string> = {
      ...baseEnv(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9/unreachable',
      GITHUB_RUN_ID: '1',
      GITHUB_JOB: 'test',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      // The fake API needs no 1 s spacing of writes (GitHub asks for it); the client is the real one.
      COVGATE_API_WRITE_INTERVAL_MS: '0',
      ...exportedEnv,
      ...options.env,
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
    if (step === 'post') for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
    const proc = await runNode(bundle, options.workspace, env, options.timeoutMs ?? 120_000, onStart);
    const text = {
      output: await readFile(files.output, 'utf8'),
      env: await readFile(files.env, 'utf8'),
      state: await readFile(files.state, 'utf8'),
      summary: await readFile(files.summary, 'utf8'),
    };
    const result: StepResult = {
      ...proc,
      files: text,
      outputs: parseFileCommands(text.output),
      exportedEnv: parseFileCommands(text.env),
      state: parseFileCommands(text.state),
      summary: text.summary,
      commands: parseWorkflowCommands(proc.stdout),
    };
    Object.assign(exportedEnv, result.exportedEnv);
    Object.assign(state, result.state);
    return result;
  };

  return {
    state,
    run,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

async function runNode(
  bundle: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  onStart: ((pid: number) => void) | undefined,
): Promise<{ exitCode: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(TEST_NODE, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) onStart?.(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  // 'close' (not 'exit'): wait until the step's output pipes are drained.
  // A spawn that fails (a deleted cwd: ENOENT) emits 'error' and never 'close': fail the test.
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => resolve([code, sig]));
  }).finally(() => clearTimeout(timer));
  return { exitCode, signal, stdout, stderr };
}
