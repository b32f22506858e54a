/**
 * The dogfood path end to end, the highest-fidelity test of the project: the built action runs
 * sample-app's suite exactly as .github/workflows/dogfood.yml configures it — PostgreSQL provisioned,
 * unit phase, full phase with coverage, the PR comment and check run posted to a local stand-in for
 * the GitHub API — in a pull-request checkout with real git history (HEAD^1..HEAD).
 * Its variants (rest-command, skipped tests) replay this suite's recorded reports in-process:
 * dogfood-variants.int.test.ts; this run also proves those recordings are current.
 *
 * Needs: dist/ built (`npm run build`), PostgreSQL server binaries (/usr/lib/postgresql/N/bin), and
 * sample-app/node_modules (installed here with `npm ci` when missing; `npm test` does it in pretest).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import {
  asCommentCounts,
  createPullRequestCheckout,
  METRICS,
  PULL,
  pullRequestEvent,
  readDogfoodInputs,
  SAMPLE_APP,
} from './support/dogfood.js';
import { createActionJob } from './support/runner.js';
import { recordedTotals, type SummaryTotals } from './support/sample-app-replay.js';

const RUN_TIMEOUT = 8 * 60_000;

function readSummaryTotals(workspace: string): SummaryTotals {
  const path = join(workspace, 'sample-app/coverage/coverage-summary.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { total: SummaryTotals }).total;
}

function ensureSampleAppInstalled(): void {
  if (existsSync(join(SAMPLE_APP, 'node_modules'))) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: SAMPLE_APP, stdio: 'inherit' });
}

describe('dogfood: covgate gates sample-app', () => {
  let checkout: ReturnType<typeof createPullRequestCheckout>;
  let api: FakeGitHubApi;

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

  it(
    'passes with the full suite: the comment carries sample-app’s own coverage numbers',
    async () => {
      const job = await createActionJob({
        workspace: checkout.repo.dir,
        eventName: 'pull_request',
        event: pullRequestEvent(checkout.baseSha, checkout.headSha),
        inputs: readDogfoodInputs(),
        env: {
          GITHUB_API_URL: api.url,
          GITHUB_REPOSITORY: 'octo-org/covgate',
          GITHUB_SHA: checkout.headSha,
          GITHUB_REF: `refs/pull/${PULL}/merge`,
        },
        timeoutMs: RUN_TIMEOUT,
      });
      let main, post;
      try {
        main = await job.run('main');
        post = await job.run('post');
      } finally {
        await job.cleanup();
      }
      expect(main.exitCode, main.stdout).toBe(0);
      expect(post.exitCode, post.stdout).toBe(0);

      const totals = readSummaryTotals(checkout.repo.dir);
      const comments = api.state.comments.get(PULL) ?? [];
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toMatch(/\| Full \|[^\n]*\| (\d+) passed, 0 failed, 0 skipped \|/);
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
      // The in-process variants replay recordings of this suite: they must still be what it prints.
      expect(totals, 'test/fixtures/sample-app/recorded is stale: run `npm run fixtures:refresh`').toEqual(
        recordedTotals('full', 'full'),
      );
    },
    RUN_TIMEOUT,
  );
});
