/**
 * The dogfood variants in-process: main runs through its seams in a real pull-request checkout of
 * sample-app, posting to the local fake GitHub API, while the `runPhase` seam replays what
 * sample-app's own Vitest run wrote for each command (test/fixtures/sample-app/recorded, made by
 * record.ts; dogfood.int.test.ts proves they are current). Every number is compared with the
 * coverage tool's own coverage-summary.json of that recorded run. PostgreSQL is not provisioned here:
 * the recorded runs had it; the e2e dogfood run covers provisioning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { SCENARIOS } from './fixtures/sample-app/scenarios.js';
import {
  asCommentCounts,
  createPullRequestCheckout,
  forbiddenLineNumber,
  METRICS,
  OWNER_HOOK,
  PULL,
  pullRequestEvent,
  readDogfoodInputs,
} from './support/dogfood.js';
import { runMainInProcess, type InProcessResult } from './support/in-process.js';
import { recordedTotals, replayScenario, type Scenario } from './support/sample-app-replay.js';

describe('dogfood variants, replayed in-process', () => {
  let checkout: ReturnType<typeof createPullRequestCheckout>;
  let api: FakeGitHubApi;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
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
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await api?.close();
    checkout?.repo.remove();
  });

  /** Main with dogfood.yml's inputs, `scenario`'s phase commands, and the replayed phases. */
  async function runScenario(scenario: Scenario): Promise<InProcessResult> {
    const phases: Record<string, string> = SCENARIOS[scenario];
    const run = await runMainInProcess({
      dir: checkout.repo.dir,
      inputs: {
        ...readDogfoodInputs(),
        postgres: 'false',
        'unit-command': phases.unit ?? '',
        'test-command': phases.full ?? '',
        'rest-command': phases.rest ?? '',
        'github-token': 'test-token',
      },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'octo-org/covgate',
        GITHUB_SHA: checkout.headSha,
        GITHUB_REF: `refs/pull/${PULL}/merge`,
      },
      event: pullRequestEvent(checkout.baseSha, checkout.headSha),
      seams: { runPhase: replayScenario(scenario) },
    });
    cleanups.push(run.cleanup);
    return run;
  }

  function lastComment(): string {
    const comments = api.state.comments.get(PULL) ?? [];
    expect(comments).toHaveLength(1); // sticky: every run edits the one comment, never adds
    return comments[0]?.body ?? '';
  }

  /** [passed, skipped] of a phase's row in the comment. */
  function phaseCounts(body: string, phase: string): [number, number] {
    const m = new RegExp(`\\| ${phase} \\|[^\\n]*\\| (\\d+) passed, 0 failed, (\\d+) skipped \\|`).exec(body);
    if (m === null) throw new Error(`no ${phase} row with test counts in the comment:\n${body}`);
    return [Number(m[1]), Number(m[2])];
  }

  it('the full suite: the comment and outputs carry the recorded run’s own numbers', async () => {
    const run = await runScenario('full');
    expect(run.failed, run.io.errors.map((e) => e.message).join('\n')).toBeNull();
    const totals = recordedTotals('full', 'full');
    const body = lastComment();
    for (const metric of METRICS) {
      const counts = totals[metric];
      if (counts === undefined) throw new Error(`coverage-summary.json has no ${metric}`);
      expect(body).toContain(asCommentCounts(counts));
      expect(run.io.outputs[metric]).toBe(String(counts.pct));
    }
    expect(phaseCounts(body, 'Full')[1]).toBe(0);
    expect(run.io.outputs.passed).toBe('true');
    expect(run.io.outputs.patch).toBe('100');
    expect(api.state.checkRuns.at(-1)?.conclusion).toBe('success');
  });

  it('runs each test once with rest-command, and the merged numbers equal the full run', async () => {
    const run = await runScenario('rest');
    expect(run.failed, run.io.errors.map((e) => e.message).join('\n')).toBeNull();
    const full = recordedTotals('full', 'full');
    const restAlone = recordedTotals('rest', 'rest');
    const body = lastComment();
    for (const metric of METRICS) {
      const counts = full[metric];
      if (counts === undefined) throw new Error(`coverage-summary.json has no ${metric}`);
      // The rest phase alone covers less: only the merge with the unit phase gives these numbers.
      expect(restAlone[metric]?.covered).toBeLessThanOrEqual(counts.covered);
      expect(body).toContain(asCommentCounts(counts));
      expect(run.io.outputs[metric]).toBe(String(counts.pct));
    }
    expect(restAlone.branches?.covered).toBeLessThan(full.branches?.covered ?? 0);
    // No test twice: what one phase ran, the other skipped; together they are the full run.
    const [unitRan] = phaseCounts(body, 'Unit');
    const [restRan, restSkipped] = phaseCounts(body, 'Rest');
    await runScenario('full');
    const [fullRan] = phaseCounts(lastComment(), 'Full');
    expect(unitRan).toBeGreaterThan(0);
    expect(restRan).toBeGreaterThan(0);
    expect(restSkipped).toBe(unitRan);
    expect(unitRan + restRan).toBe(fullRan);
  });

  it('fails the gate when the "another user" requireOwner tests are skipped, naming the file and line', async () => {
    const run = await runScenario('skipped');
    const branches = recordedTotals('skipped', 'full').branches;
    if (branches === undefined) throw new Error('coverage-summary.json has no branches');
    expect(branches.pct).toBeLessThan(93);
    // What the step fails with (core.setFailed: the log's ::error) plus its other error lines.
    const errors = [run.failed ?? '', ...run.io.errors.map((e) => e.message)].join('\n');
    expect(errors).toContain(`branches ${branches.pct}% (required 93%)`);
    expect(run.failed).not.toBeNull();
    expect(run.io.outputs.passed).toBe('false');

    const line = forbiddenLineNumber(checkout.repo.dir);
    // The step's error names the file and its uncovered line, not only the metric.
    expect(errors).toMatch(
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
    expect(run.io.infos.join('\n')).toMatch(new RegExp(`^ +${base} +\\|.*\\| [^|]*\\b${line}\\b[^|]*$`, 'm'));
    expect(api.state.checkRuns.at(-1)?.conclusion).toBe('failure');
  });
});
