/**
 * Runs the main step in this process through its seams: the inputs are parsed by the real
 * `parseConfig`, phases are real bash processes, the REST client is the real one pointed at the
 * local fake GitHub API, and the runner side (outputs, summary, annotations, state) is recorded
 * by an ActionIo that keeps everything for assertions. A run takes milliseconds, not a rebuild.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionIo, AnnotationTarget } from '../../src/action-io.js';
import type { Outputs, State } from '../../src/constants.js';
import type { Inputs } from '../../src/constants.js';
import type { BaselineStore } from '../../src/github/baseline-store.js';
import { createOctokit } from '../../src/github/octokit.js';
import { FAST_API_TIMING } from './fast-api.js';
import { parseConfig } from '../../src/inputs.js';
import { run, type MainSeams } from '../../src/main.js';
import type { Outcome } from '../../src/outcome.js';
import { readActionDefaults } from './runner.js';

/** One annotation or log line as the runner would show it. */
export interface Logged {
  message: string;
  target?: AnnotationTarget;
}

/** Everything a run did to the runner. */
export interface RecordingIo extends ActionIo {
  outputs: Record<string, string>;
  summary: string;
  infos: string[];
  warnings: Logged[];
  errors: Logged[];
  state: Record<string, string>;
  exported: Record<string, string>;
}

/** An ActionIo that records; `env` is what the phases inherit. */
export function createRecordingIo(workDir: string, env: Record<string, string | undefined>): RecordingIo {
  const io: RecordingIo = {
    outputs: {},
    summary: '',
    infos: [],
    warnings: [],
    errors: [],
    state: {},
    exported: {},
    info: (m) => void io.infos.push(m),
    warning: (m, t) => void io.warnings.push(t === undefined ? { message: m } : { message: m, target: t }),
    error: (m, t) => void io.errors.push(t === undefined ? { message: m } : { message: m, target: t }),
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setOutput: (name: Outputs, value: string) => void (io.outputs[name] = value),
    exportVariable: (name, value) => void (io.exported[name] = value),
    setSecret: () => undefined,
    saveState: (name: State, value: string) => void (io.state[name] = value),
    getState: (name: State) => io.state[name] ?? '',
    appendSummary: (markdown) => {
      io.summary += markdown;
      return Promise.resolve();
    },
    env,
    workDir,
  };
  return io;
}

/** A store with no baselines (the PR's base was never pushed with covgate). */
export const EMPTY_STORE: BaselineStore = {
  save: () => Promise.resolve('unavailable'),
  restore: () => Promise.resolve({ baseline: null, reason: 'no baseline: none stored for this branch' }),
};

/** What one in-process main step returned and did. */
export interface InProcessResult {
  outcome: Outcome | null;
  /** What the step failed with (core.setFailed), or `null` when it passed. */
  failed: string | null;
  io: RecordingIo;
}

/** Options of one in-process run. */
export interface InProcessOptions {
  /** GITHUB_WORKSPACE and the working directory. */
  dir: string;
  inputs?: Record<string, string>;
  /** GITHUB_* variables over the defaults below. */
  env?: Record<string, string>;
  event?: Record<string, unknown>;
  seams?: MainSeams;
  /** Called with covgate's work directory (under RUNNER_TEMP) before the step runs. */
  beforeRun?: (workDir: string) => Promise<void>;
}

/** Runs main in-process; RUNNER_TEMP is a fresh temp directory removed by `cleanup()`. */
export async function runMainInProcess(
  options: InProcessOptions,
): Promise<InProcessResult & { cleanup: () => Promise<void> }> {
  const temp = await mkdtemp(join(tmpdir(), 'covgate-inproc-'));
  const inputs = { ...readActionDefaults(), ...options.inputs };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: options.dir,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    ...options.env,
  };
  const io = createRecordingIo(join(temp, 'covgate'), env);
  await options.beforeRun?.(io.workDir);
  let failed: string | null = null;
  const outcome = await run({
    readConfig: () =>
      parseConfig({
        getInput: (name: Inputs) => inputs[name] ?? '',
        env,
        cwd: options.dir,
        event: options.event ?? {},
      }),
    io,
    baselineStore: EMPTY_STORE,
    // The real client, with test timing: no 1 s spacing of writes (GitHub asks for it, not the fake).
    createOctokit: (token, apiUrl, log) => createOctokit(token, apiUrl, log, FAST_API_TIMING),
    summaryUrl: null,
    fail: (m) => void (failed = m),
    ...options.seams,
  });
  return { outcome, failed, io, cleanup: () => rm(temp, { recursive: true, force: true }) };
}
