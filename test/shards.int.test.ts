/**
 * A sharded matrix end to end through the built bundles: sample-app's unit suite (it needs no
 * database) split in 3 with `vitest --shard`, each leg a `mode: shard` step in its own workspace
 * path, then `mode: merge` against a local fake of the GitHub API. The merged report must equal one
 * unsharded `mode: run` of the same suite, file by file and metric by metric, and the totals Vitest
 * itself wrote; a missing leg and a failed leg must each fail the verdict with their reason; a
 * component threshold must gate.
 *
 * The legs' and the unsharded run's test-commands replay what sample-app's Vitest wrote for the same
 * commands (test/fixtures/sample-app/recorded/shards, `npm run fixtures:refresh`), so the 4 runs cost
 * milliseconds instead of 4 Vitest runs; everything covgate does with them runs for real.
 *
 * Needs: dist/ built (`npm run build`).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { createActionJob, REPO_ROOT, type StepResult } from './support/runner.js';
import { replayCommand } from './support/sample-app-replay.js';

const SAMPLE_APP = join(REPO_ROOT, 'sample-app');
const PULL = 12;
const HEAD = 'a1'.repeat(20);
const BASE = 'b2'.repeat(20);
const TIMEOUT = 2 * 60_000;
const METRICS = ['lines', 'statements', 'functions', 'branches'] as const;
// The PR rewrites one line of password.ts (which the unit suite covers), so patch coverage is known.
const CHANGED = 'sample-app/src/lib/password.ts';

interface ReportJson {
  totals: Record<string, { covered: number; total: number; pct: number } | null>;
  files: { path: string }[];
  thresholds: { name: string; ok: boolean }[];
  passed: boolean;
  shards?: { name: string; passed: boolean }[];
  components?: Record<string, { files: number; passed: boolean }>;
  context: { phases: { name: string; shard?: string; tests: { passed: number } | null }[] };
}

const temps: string[] = [];
let api: FakeGitHubApi;

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A checkout of sample-app in a fresh workspace path (each leg of a matrix has its own runner). */
function createWorkspace(prefix: string): string {
  const dir = tempDir(prefix);
  const skip = new Set(['node_modules', 'coverage', 'reports', 'dist']);
  cpSync(SAMPLE_APP, join(dir, 'sample-app'), {
    recursive: true,
    filter: (src) => !skip.has(src.slice(SAMPLE_APP.length + 1).split('/')[0] ?? ''),
  });
  return dir;
}

/** The unified diff of the PR: one line of CHANGED reworded (same code, so coverage is unchanged). */
function makeDiff(): string {
  const lines = readFileSync(join(SAMPLE_APP, 'src/lib/password.ts'), 'utf8').split('\n');
  const index = lines.findIndex((l) => /^\s+return /.test(l));
  const line = lines[index] ?? '';
  return [
    `diff --git a/${CHANGED} b/${CHANGED}`,
    `--- a/${CHANGED}`,
    `+++ b/${CHANGED}`,
    `@@ -${index + 1} +${index + 1} @@`,
    `-${line}`,
    `+${line} `,
    '',
  ].join('\n');
}

const PR_EVENT = {
  pull_request: {
    number: PULL,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
  },
  repository: { default_branch: 'main' },
};

/** What a step left behind, read before its job's temp area (RUNNER_TEMP) is removed. */
interface Step extends StepResult {
  /** The JSON report behind `report-json`, when there is one. */
  report: ReportJson | null;
  /** A copy of the `shard-file`, when one was written. */
  shard: string | null;
}

/** Runs main then post of one job in `workspace` with `inputs`, as a pull_request run. */
async function runStep(workspace: string, inputs: Record<string, string>): Promise<Step> {
  const job = await createActionJob({
    workspace,
    inputs,
    eventName: 'pull_request',
    event: PR_EVENT,
    env: { GITHUB_API_URL: api.url, GITHUB_SHA: 'c'.repeat(40), GITHUB_JOB: 'unit' },
    timeoutMs: TIMEOUT,
  });
  try {
    const main = await job.run('main');
    const post = await job.run('post');
    expect(post.exitCode, post.stdout).toBe(0);
    const reportPath = main.outputs['report-json'];
    const report = reportPath ? (JSON.parse(readFileSync(reportPath, 'utf8')) as ReportJson) : null;
    const shardPath = main.outputs['shard-file'];
    let shard: string | null = null;
    if (shardPath) {
      // Like upload-artifact: the file leaves the runner before its temp area goes.
      shard = join(tempDir('covgate-artifact-'), basename(shardPath));
      cpSync(shardPath, shard);
    }
    return { ...main, report, shard };
  } finally {
    await job.cleanup();
  }
}

/** One leg: `mode: shard` replaying the leg's recorded `vitest --shard` run (or `command` instead). */
function runLeg(index: number, command = replayCommand('shards', `leg${index}`)): Promise<Step> {
  return runStep(createWorkspace(`covgate-leg${index}-`), {
    mode: 'shard',
    'working-directory': 'sample-app',
    'test-command': command,
    'coverage-files': 'coverage/coverage-final.json',
    'junit-files': 'reports/*.xml',
    'shard-name': JSON.stringify({ shard: index }),
  });
}

/** A merge job over copies of `shardFiles` (as download-artifact would leave them). */
function runMerge(shardFiles: string[], extra: Record<string, string> = {}): Promise<Step> {
  const workspace = tempDir('covgate-merge-');
  mkdirSync(join(workspace, 'shards'));
  for (const file of shardFiles) cpSync(file, join(workspace, 'shards', basename(file)));
  return runStep(workspace, {
    mode: 'merge',
    'shard-files': 'shards/*.json',
    'shard-count': '3',
    'check-name': 'coverage',
    ...extra,
  });
}

function readReport(step: Step): ReportJson {
  if (step.report === null) throw new Error(`no report-json output:\n${step.stdout}`);
  return step.report;
}

function errorsOf(step: Step): string {
  return step.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

describe('matrix shards merged into one verdict', () => {
  let unsharded: Step;
  let unshardedReport: ReportJson;
  let unshardedSummary: Record<string, { covered: number; total: number; pct: number }>;
  let legs: Step[];

  beforeAll(async () => {
    api = await startFakeGitHubApi({
      owner: 'octo-org',
      repo: 'octo-repo',
      pulls: [
        {
          number: PULL,
          head: { sha: HEAD, ref: 'feature' },
          base: { sha: BASE, ref: 'main' },
          diff: makeDiff(),
        },
      ],
    });
    const workspace = createWorkspace('covgate-unsharded-');
    // The unsharded reference run posts nothing: the fake API must only see the merge job's comment.
    const reference = runStep(workspace, {
      'working-directory': 'sample-app',
      'test-command': replayCommand('shards', 'unsharded'),
      'coverage-files': 'coverage/coverage-final.json',
      'junit-files': 'reports/*.xml',
      comment: 'false',
    });
    [unsharded, ...legs] = await Promise.all([reference, runLeg(1), runLeg(2), runLeg(3)]);
    unshardedReport = readReport(unsharded);
    const summaryPath = join(workspace, 'sample-app/coverage/coverage-summary.json');
    unshardedSummary = (JSON.parse(readFileSync(summaryPath, 'utf8')) as { total: typeof unshardedSummary })
      .total;
  }, TIMEOUT);

  afterAll(async () => {
    await api?.close();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  const shardFile = (leg: Step | undefined): string => {
    const file = leg?.shard;
    if (file === undefined || file === null)
      throw new Error(`leg wrote no shard file:\n${leg?.stdout ?? ''}`);
    return file;
  };

  it(
    'merges 3 legs in 3 workspace paths into exactly the numbers of one unsharded run, in one comment and one check run',
    async () => {
      expect(unsharded.exitCode, unsharded.stdout).toBe(0);
      for (const [i, leg] of legs.entries()) {
        expect(leg.exitCode, leg.stdout).toBe(0);
        expect(leg.outputs.passed).toBe('true');
        expect(leg.summary).toContain(`### ✅ covgate shard unit (${i + 1})`);
      }
      expect(api.state.comments.get(PULL) ?? []).toHaveLength(0); // legs post nothing
      expect(api.state.checkRuns).toHaveLength(0);

      const merge = await runMerge(legs.map(shardFile), {
        components: 'lib: sample-app/src/lib/** | lines=50\nplugins: sample-app/src/plugins/**',
      });
      expect(merge.exitCode, merge.stdout).toBe(0);
      const merged = readReport(merge);
      // Every file and every metric: what vitest printed for the unsharded run, and covgate's own report of it.
      expect(merged.files).toEqual(unshardedReport.files);
      expect(merged.totals).toEqual(unshardedReport.totals);
      for (const metric of METRICS) {
        const tool = unshardedSummary[metric];
        expect(merged.totals[metric], metric).toMatchObject({ covered: tool?.covered, total: tool?.total });
        expect(merge.outputs[metric]).toBe(unsharded.outputs[metric]);
      }
      expect(merged.shards?.map((s) => [s.name, s.passed])).toEqual([
        ['unit (1)', true],
        ['unit (2)', true],
        ['unit (3)', true],
      ]);
      const sum = (r: ReportJson): number => r.context.phases.reduce((n, p) => n + (p.tests?.passed ?? 0), 0);
      expect(sum(merged)).toBe(sum(unshardedReport));
      expect(merge.outputs.patch).toBe(unsharded.outputs.patch);

      const comments = api.state.comments.get(PULL) ?? [];
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toContain('### ✅ Coverage check passed');
      for (const shard of ['unit (1)', 'unit (2)', 'unit (3)']) expect(body).toContain(`| Full · ${shard} |`);
      expect(body).toContain(`| **All 3 shards** | | | | ${sum(merged)} passed, 0 failed, 0 skipped |`);
      expect(body).toContain('#### Components');
      expect(body).toMatch(/\| lib \| \d+ \| [^|]+ \| — \| [^|]+ \| 100\.00% \(1\/1\) \| ✅ lines ≥ 50% \|/);
      expect(Object.keys(merged.components ?? {})).toEqual(['lib', 'plugins', 'other']);
      expect(api.state.checkRuns.map((r) => [r.name, r.head_sha, r.conclusion])).toEqual([
        ['coverage', HEAD, 'success'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'fails the verdict when a component misses its own threshold, naming the component',
    async () => {
      const merge = await runMerge(legs.map(shardFile), {
        components: 'plugins: sample-app/src/plugins/** | lines=99.5',
      });
      expect(merge.exitCode).toBe(1);
      const report = readReport(merge);
      const plugins = report.components?.plugins;
      expect(plugins?.passed).toBe(false);
      expect(errorsOf(merge)).toMatch(
        /coverage gate failed: component plugins: lines [\d.]+% \(required 99\.5%\)/,
      );
      expect(api.state.checkRuns.at(-1)?.conclusion).toBe('failure');
      expect(api.state.checkRuns.at(-1)?.output.summary).toContain('component plugins: lines');
      expect(api.state.comments.get(PULL)).toHaveLength(1); // the same sticky comment, edited
    },
    TIMEOUT,
  );

  it(
    'fails the verdict with "2 of 3 shards reported" when a leg is missing, and names a failed leg',
    async () => {
      const missing = await runMerge([shardFile(legs[0]), shardFile(legs[2])]);
      expect(missing.exitCode).toBe(1);
      expect(errorsOf(missing)).toContain("2 of 3 shards reported (got 'unit (1)', 'unit (3)')");
      expect(missing.outputs.passed).toBe('false');
      expect(api.state.comments.get(PULL)?.[0]?.body).toContain('2 of 3 shards reported');
      expect(api.state.checkRuns.at(-1)?.conclusion).toBe('failure');

      // A leg whose tests fail: its own step fails, and so does the merged verdict, naming it.
      const failing = await runLeg(2, 'exit 3');
      expect(failing.exitCode).toBe(1);
      expect(failing.outputs.passed).toBe('false');
      expect(failing.summary).toContain('- ❌ full phase failed (exit 3)');
      const merge = await runMerge([shardFile(legs[0]), shardFile(failing), shardFile(legs[2])]);
      expect(merge.exitCode).toBe(1);
      expect(errorsOf(merge)).toContain("shard 'unit (2)': full phase failed (exit 3)");
      expect(api.state.comments.get(PULL)?.[0]?.body).toContain('### ❌ Coverage check failed');
      expect(api.state.checkRuns.at(-1)?.conclusion).toBe('failure');
    },
    TIMEOUT,
  );
});
