/**
 * `mode: merge` in-process (the e2e through dist/ is test/shards.int.test.ts): shard files written
 * by writeShardFile from the committed c8 fixtures (two halves of one suite) are merged by
 * runMergeMode with a recording ActionIo and a file baseline store, so every path runs in
 * milliseconds: the numbers, the JSON report, the outputs, the summary and the baseline save.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionIo } from '../src/action-io.js';
import type { Config } from '../src/config.js';
import { parseConfig } from '../src/inputs.js';
import { FileBaselineStore } from './support/file-baseline-store.js';
import { parseCoverage } from '../src/coverage/read.js';
import { runMergeMode } from '../src/merge-mode.js';
import { writeShardFile } from '../src/shard/shard-file.js';
import { FAKE_ROOT, readFixture, readJsonFixture } from './fixtures/coverage/fixtures.js';

const SHA = 'd'.repeat(40);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'covgate-merge-flow-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

interface Recorded {
  io: ActionIo;
  outputs: Record<string, string>;
  errors: string[];
  summary: string[];
  state: Record<string, string>;
}

function recordingIo(): Recorded {
  const rec: Omit<Recorded, 'io'> = { outputs: {}, errors: [], summary: [], state: {} };
  const io: ActionIo = {
    info: () => undefined,
    warning: () => undefined,
    error: (m) => void rec.errors.push(m),
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setOutput: (name, value) => void (rec.outputs[name] = value),
    exportVariable: () => undefined,
    setSecret: () => undefined,
    saveState: (name, value) => void (rec.state[name] = value),
    getState: (name) => rec.state[name] ?? '',
    appendSummary: (markdown) => {
      rec.summary.push(markdown);
      return Promise.resolve();
    },
    env: {},
    workDir: join(dir, 'runner-temp', 'covgate'),
  };
  return { io, ...rec };
}

function mergeConfig(inputs: Record<string, string>, eventName = 'push'): Config {
  const all: Record<string, string> = {
    mode: 'merge',
    'shard-files': 'shards/*.json',
    'shard-count': '2',
    ...inputs,
  };
  return parseConfig({
    getInput: (name) => all[name] ?? '',
    env: {
      GITHUB_WORKSPACE: dir,
      GITHUB_SHA: SHA,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'o/r',
    },
    cwd: dir,
    event: { repository: { default_branch: 'main' } },
  });
}

async function writeShard(name: string, part: string, headSha = SHA): Promise<void> {
  const rel = `js-app/reports/c8-${part}/coverage-final.json`;
  const coverage = parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT }).data;
  const phase = {
    name: 'full' as const,
    command: `npm test -- ${part}`,
    exitCode: 0,
    signal: null,
    timedOut: false,
    skipped: false,
    durationMs: 5,
    tests: { passed: 4, failed: 0, skipped: 1, failures: [] },
  };
  await writeShardFile(join(dir, 'shards'), {
    name,
    headSha,
    phases: [phase],
    failures: [],
    stoppedEarly: false,
    coverage,
  });
}

type ToolTotals = Record<string, { covered: number; total: number; pct: number }>;

describe('runMergeMode', () => {
  it('merges two halves into the whole suite’s numbers and saves the baseline on a push', async () => {
    await writeShard('1', 'part-a');
    await writeShard('2', 'part-b');
    const rec = recordingIo();
    const store = new FileBaselineStore(join(dir, 'baselines'));
    const outcome = await runMergeMode(mergeConfig({}), {
      io: rec.io,
      baselineStore: store,
      summaryUrl: null,
    });
    expect(outcome.failures.map((f) => f.message)).toEqual([]);
    const c8 = readJsonFixture<{ total: ToolTotals }>('js-app/reports/c8-all/coverage-summary.json').total;
    for (const metric of ['lines', 'statements', 'functions', 'branches']) {
      expect(rec.outputs[metric], metric).toBe(String(c8[metric]?.pct));
    }
    expect(rec.outputs.passed).toBe('true');
    const report = JSON.parse(await readFile(rec.outputs['report-json'] ?? '', 'utf8')) as {
      shards: { name: string }[];
      context: { phases: { shard: string }[] };
    };
    expect(report.shards.map((s) => s.name)).toEqual(['1', '2']);
    expect(report.context.phases.map((p) => p.shard)).toEqual(['1', '2']);
    expect(rec.summary.join('')).toContain('| **All 2 shards** | | | | 8 passed, 0 failed, 2 skipped |');
    // A push to the default branch leaves the merged coverage for post to save, as mode run does.
    expect(JSON.parse(rec.state['covgate-baseline'] ?? '{}')).toMatchObject({ sha: SHA, branch: 'main' });
  });

  it('fails the verdict on a missing shard and saves no baseline of partial coverage', async () => {
    await writeShard('1', 'part-a');
    const rec = recordingIo();
    const store = new FileBaselineStore(join(dir, 'baselines'));
    const outcome = await runMergeMode(mergeConfig({ 'fail-under': '1' }), {
      io: rec.io,
      baselineStore: store,
      summaryUrl: null,
    });
    expect(outcome.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^1 of 2 shards reported \(got '1'\)/),
    ]);
    expect(rec.outputs.passed).toBe('false');
    expect(rec.summary.join('')).toContain('❌ 1 of 2 shards reported');
    expect(rec.state['covgate-baseline']).toBeUndefined();
  });

  it('fails with one line when a component matches no file', async () => {
    await writeShard('1', 'part-a');
    await writeShard('2', 'part-b');
    const rec = recordingIo();
    const store = new FileBaselineStore(join(dir, 'baselines'));
    const config = mergeConfig({ components: 'api: services/api/**' });
    const outcome = await runMergeMode(config, { io: rec.io, baselineStore: store, summaryUrl: null });
    expect(outcome.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Invalid components: component 'api' \(services\/api\/\*\*\) matches no file/),
    ]);
    expect(rec.outputs.passed).toBe('false');
  });

  it('fails on shards of another commit and rejects a file that is not a shard', async () => {
    await writeShard('1', 'part-a');
    await writeShard('2', 'part-b', 'e'.repeat(40));
    const rec = recordingIo();
    const store = new FileBaselineStore(join(dir, 'baselines'));
    const outcome = await runMergeMode(mergeConfig({}), {
      io: rec.io,
      baselineStore: store,
      summaryUrl: null,
    });
    expect(outcome.failures[0]?.message).toMatch(
      /^shards are from different commits: dddddddddddd \('1'\), eeeeeeeeeeee \('2'\)/,
    );
    await writeFile(join(dir, 'shards', 'evil.json'), '{"covgateShard": 1, "name": "x"}');
    await expect(
      runMergeMode(mergeConfig({}), { io: recordingIo().io, baselineStore: store, summaryUrl: null }),
    ).rejects.toThrow(/^shard-files: .*evil\.json has no headSha/);
  });
});
