/**
 * The dogfood path end to end, the highest-fidelity test of the project: the built action runs
 * sample-app's suite exactly as .github/workflows/dogfood.yml configures it — PostgreSQL provisioned,
 * unit phase, full phase with coverage, the PR comment and check run posted to a local stand-in for
 * the GitHub API — in a pull-request checkout with real git history (HEAD^1..HEAD).
 *
 * Needs: dist/ built (`npm run build`), PostgreSQL server binaries (/usr/lib/postgresql/N/bin), and
 * sample-app/node_modules (installed here with `npm ci` when missing; `npm test` does it in pretest).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { createGitRepo, type GitRepo } from './support/git-repo.js';
import { createActionJob, REPO_ROOT, type StepResult } from './support/runner.js';

const SAMPLE_APP = join(REPO_ROOT, 'sample-app');
const OWNER_HOOK = 'sample-app/src/plugins/app/authorization.ts';
const FORBIDDEN_LINE = "        throw forbidden('Only the author of a post may change it');";
const PULL = 7;
const RUN_TIMEOUT = 8 * 60_000;
const METRICS = ['lines', 'statements', 'functions', 'branches'] as const;

/** The `with:` inputs of the `uses: ./` step in dogfood.yml, so this test runs what CI runs. */
function readDogfoodInputs(): Record<string, string> {
  const text = readFileSync(join(REPO_ROOT, '.github/workflows/dogfood.yml'), 'utf8');
  const step = text.split(/^\s+uses: \.\/\s*$/m)[1];
  if (step === undefined) throw new Error('dogfood.yml has no `uses: ./` step');
  const inputs: Record<string, string> = {};
  const withBlock = step.split(/^\s+with:\s*$/m)[1] ?? '';
  for (const line of withBlock.split('\n').slice(1)) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const match = /^ {10}([a-z-]+): (.*)$/.exec(line);
    if (match === null) break;
    inputs[match[1] as string] = (match[2] as string).trim();
  }
  return inputs;
}

/** sample-app's own totals, as the coverage tool that wrote the report summarised them. */
interface SummaryTotals {
  [metric: string]: { total: number; covered: number; pct: number };
}

function readSummaryTotals(workspace: string): SummaryTotals {
  const path = join(workspace, 'sample-app/coverage/coverage-summary.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { total: SummaryTotals }).total;
}

/** `93.54% (87/93)`: how the comment writes a metric. */
function asCommentCounts({ covered, total, pct }: { covered: number; total: number; pct: number }): string {
  return `${pct.toFixed(2)}% (${covered}/${total})`;
}

function ensureSampleAppInstalled(): void {
  if (existsSync(join(SAMPLE_APP, 'node_modules'))) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: SAMPLE_APP, stdio: 'inherit' });
}

/** A PR checkout: sample-app committed as the base, then a head commit that touches requireOwner. */
function createPullRequestCheckout(): { repo: GitRepo; baseSha: string; headSha: string } {
  const repo = createGitRepo('covgate-dogfood-');
  const skip = new Set(['node_modules', 'coverage', 'reports', 'dist']);
  cpSync(SAMPLE_APP, join(repo.dir, 'sample-app'), {
    recursive: true,
    filter: (src) => !skip.has(src.slice(SAMPLE_APP.length + 1).split('/')[0] ?? ''),
  });
  const baseSha = repo.commit('base: sample-app');
  symlinkSync(join(SAMPLE_APP, 'node_modules'), join(repo.dir, 'sample-app/node_modules'), 'dir');
  const hook = join(repo.dir, OWNER_HOOK);
  const source = readFileSync(hook, 'utf8');
  if (!source.includes(FORBIDDEN_LINE)) throw new Error(`${OWNER_HOOK} no longer has the 403 line`);
  // Same behaviour, different text: the PR's one changed executable line is the 403 branch.
  repo.write({
    [OWNER_HOOK]: source.replace(FORBIDDEN_LINE, FORBIDDEN_LINE.replace(/'/g, '`')),
  });
  const headSha = repo.commit('head: reword the 403');
  return { repo, baseSha, headSha };
}

function forbiddenLineNumber(workspace: string): number {
  const lines = readFileSync(join(workspace, OWNER_HOOK), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes('throw forbidden(')) + 1;
}

describe('dogfood: covgate gates sample-app', () => {
  let checkout: ReturnType<typeof createPullRequestCheckout>;
  let api: FakeGitHubApi;
  let fullRunTotals: SummaryTotals | null = null;
  let fullRunTests = Number.NaN;

  beforeAll(async () => {
    ensureSampleAppInstalled();
    checkout = createPullRequestCheckout();
    api = await startFakeGitHubApi({
      owner: 'octo-org',
      repo: 'covgate',
      pulls: [
        {
          number: PULL,
          head: { sha: checkout.headSha, ref: 'reword-403' },
          base: { sha: checkout.baseSha, ref: 'main' },
        },
      ],
    });
  }, RUN_TIMEOUT);

  afterAll(async () => {
    await api?.close();
    checkout?.repo.remove();
  });

  /** Runs main then post, as the runner would, with dogfood.yml's inputs plus `overrides`. */
  async function runDogfood(
    overrides: Record<string, string>,
  ): Promise<{ main: StepResult; post: StepResult }> {
    const job = await createActionJob({
      workspace: checkout.repo.dir,
      eventName: 'pull_request',
      event: {
        number: PULL,
        pull_request: {
          number: PULL,
          head: { sha: checkout.headSha, ref: 'reword-403' },
          base: { sha: checkout.baseSha, ref: 'main' },
        },
        repository: { full_name: 'octo-org/covgate', default_branch: 'main' },
      },
      inputs: { ...readDogfoodInputs(), ...overrides },
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'octo-org/covgate',
        GITHUB_SHA: checkout.headSha,
        GITHUB_REF: `refs/pull/${PULL}/merge`,
      },
      timeoutMs: RUN_TIMEOUT,
    });
    try {
      const main = await job.run('main');
      const post = await job.run('post');
      return { main, post };
    } finally {
      await job.cleanup();
    }
  }

  function lastComment(): string {
    const comments = api.state.comments.get(PULL) ?? [];
    expect(comments).toHaveLength(1); // sticky: the second run edits, never adds
    return comments[0]?.body ?? '';
  }

  it(
    'passes with the full suite: the comment carries sample-app’s own coverage numbers',
    async () => {
      const { main, post } = await runDogfood({});
      expect(main.exitCode, main.stdout).toBe(0);
      expect(post.exitCode, post.stdout).toBe(0);

      const totals = readSummaryTotals(checkout.repo.dir);
      fullRunTotals = totals;
      const body = lastComment();
      const full = /\| Full \|[^\n]*\| (\d+) passed, 0 failed, 0 skipped \|/.exec(body);
      expect(full, body).not.toBeNull();
      fullRunTests = Number(full?.[1]);
      for (const metric of METRICS) {
        const counts = totals[metric];
        if (counts === undefined) throw new Error(`coverage-summary.json has no ${metric}`);
        expect(body).toContain(asCommentCounts(counts));
        expect(main.outputs[metric]).toBe(String(counts.pct));
      }
      expect(main.outputs.passed).toBe('true');
      // The PR's only changed executable line (the 403) is covered by the requireOwner tests.
      expect(main.outputs.patch).toBe('100');
      expect(api.state.checkRuns.map((run) => [run.name, run.conclusion])).toEqual([
        ['covgate / sample-app', 'success'],
      ]);
    },
    RUN_TIMEOUT,
  );

  it(
    'runs each test once with rest-command, and the merged numbers equal the full run',
    async () => {
      const { main } = await runDogfood({
        'unit-command': 'npm run test:unit:coverage',
        'test-command': '',
        'rest-command': 'npm run test:rest',
      });
      expect(main.exitCode, main.stdout).toBe(0);
      if (fullRunTotals === null) throw new Error('the full-suite run did not finish; nothing to compare');
      const body = lastComment();
      for (const metric of METRICS) {
        const counts = fullRunTotals[metric];
        if (counts === undefined) throw new Error(`coverage-summary.json has no ${metric}`);
        // The rest phase alone covers less: only the merge with the unit phase gives these numbers.
        expect(readSummaryTotals(checkout.repo.dir)[metric]?.covered).toBeLessThanOrEqual(counts.covered);
        expect(body).toContain(asCommentCounts(counts));
        expect(main.outputs[metric]).toBe(String(counts.pct));
      }
      // No test twice: what one phase ran, the other skipped.
      const phaseCounts = (phase: string): [number, number] => {
        const m = new RegExp(`\\| ${phase} \\|[^\\n]*\\| (\\d+) passed, 0 failed, (\\d+) skipped \\|`).exec(
          body,
        );
        if (m === null) throw new Error(`no ${phase} row with test counts in the comment:\n${body}`);
        return [Number(m[1]), Number(m[2])];
      };
      const [unitRan] = phaseCounts('Unit');
      const [restRan, restSkipped] = phaseCounts('Rest');
      expect(unitRan).toBeGreaterThan(0);
      expect(restRan).toBeGreaterThan(0);
      expect(restSkipped).toBe(unitRan);
      expect(unitRan + restRan).toBe(fullRunTests);
    },
    RUN_TIMEOUT,
  );

  it(
    'fails the gate when the "another user" requireOwner tests are skipped, naming the file and line',
    async () => {
      const { main, post } = await runDogfood({
        'unit-command': '',
        'test-command': "npm test -- -t '^(?!.*another user).*$'",
      });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(main.exitCode).toBe(1);

      const totals = readSummaryTotals(checkout.repo.dir);
      const branches = totals.branches;
      if (branches === undefined) throw new Error('coverage-summary.json has no branches');
      expect(branches.pct).toBeLessThan(93);
      const errors = main.commands.filter((c) => c.command === 'error').map((c) => c.message);
      expect(errors.join('\n')).toContain(`branches ${branches.pct}% (required 93%)`);
      expect(main.outputs.passed).toBe('false');

      const line = forbiddenLineNumber(checkout.repo.dir);
      // The step's error names the file and its uncovered line, not only the metric.
      expect(errors.join('\n')).toMatch(
        new RegExp(`most uncovered lines: ${OWNER_HOOK.replace(/\./g, '\\.')} \\([^)]*\\b${line}\\b`),
      );
      const body = lastComment();
      expect(body).toContain(asCommentCounts(branches));
      expect(body).toContain(OWNER_HOOK);
      // The uncovered changed line, linked to the file at the PR head.
      expect(body).toContain(
        `[${line}](https://github.com/octo-org/covgate/blob/${checkout.headSha}/${OWNER_HOOK}#L${line})`,
      );
      // The log's table (istanbul's text-reporter columns, files under their directory) names the
      // file and its missing line too.
      const base = OWNER_HOOK.slice(OWNER_HOOK.lastIndexOf('/') + 1).replace(/\./g, '\\.');
      expect(main.stdout).toMatch(new RegExp(`^ +${base} +\\|.*\\| [^|]*\\b${line}\\b[^|]*$`, 'm'));
      expect(api.state.checkRuns.at(-1)?.conclusion).toBe('failure');
    },
    RUN_TIMEOUT,
  );
});
