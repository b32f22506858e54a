/**
 * `mode: publish` never takes a component's verdict from the file: the publishing step evaluates
 * the file's (checked) component numbers with its own `components` thresholds, or — with that
 * input empty — shows the numbers with no thresholds at all. In-process main steps: a real
 * report-only run writes the report, which is then forged as a fork could.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { copyCoveredProject } from './support/covered-project.js';
import { runMainInProcess, type InProcessResult } from './support/in-process.js';

/** src/math.js lines 2 and 3, both hit: the real run passes. */
const LCOV = 'TN:\nSF:src/math.js\nDA:2,1\nDA:3,1\nLF:2\nLH:2\nend_of_record\n';
const WORKFLOW_RUN = {
  workflow_run: {
    head_sha: 'a'.repeat(40),
    head_branch: 'feature',
    head_repository: { full_name: 'octo-org/octo-repo' },
    pull_requests: [],
  },
};

let project: { dir: string; remove: () => Promise<void> };
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  project = await copyCoveredProject();
  cleanups.push(project.remove);
  await mkdir(join(project.dir, 'coverage'));
  await writeFile(join(project.dir, 'coverage', 'lcov.info'), LCOV);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function main(
  inputs: Record<string, string>,
  event?: Record<string, unknown>,
): Promise<InProcessResult> {
  const result = await runMainInProcess({
    dir: project.dir,
    inputs: { 'github-token': '', ...inputs },
    ...(event === undefined ? {} : { event, env: { GITHUB_EVENT_NAME: 'workflow_run' } }),
  });
  cleanups.push(result.cleanup);
  return result;
}

interface Component {
  totals: { lines: { covered: number; total: number; pct: number } };
  thresholds: { name: string; required: number; actual: number | null; ok: boolean }[];
  passed: boolean;
}

/** A report whose component `app` says it passed its `lines ≥ 5` with 5 % (1 of 20 lines). */
async function forgedReport(): Promise<string> {
  const made = await main({ 'coverage-files': 'coverage/lcov.info', components: 'app: src/**' });
  expect(made.failed).toBeNull();
  const file = made.io.outputs['report-json'] ?? '';
  const report = JSON.parse(await readFile(file, 'utf8')) as { components: Record<string, Component> };
  const app = report.components.app;
  if (app === undefined) throw new Error('the run wrote no component app');
  app.totals.lines = { covered: 1, total: 20, pct: 5 };
  app.thresholds = [{ name: 'lines', required: 5, actual: 5, ok: true }];
  app.passed = true;
  const forged = join(project.dir, 'forged.json');
  await writeFile(forged, JSON.stringify(report));
  return forged;
}

it('the publishing step’s own component thresholds decide: 5 % against lines=80 fails', async () => {
  const file = await forgedReport();
  const published = await main(
    { mode: 'publish', 'report-file': file, components: 'app: src/** | lines=80' },
    WORKFLOW_RUN,
  );
  expect(published.outcome?.passed).toBe(false);
  const app = published.outcome?.report?.components?.app;
  expect([app?.passed, app?.thresholds]).toEqual([
    false,
    [expect.objectContaining({ required: 80, actual: 5, ok: false })],
  ]);
  expect(published.failed).toContain('component app: lines');
  expect(published.io.outputs.passed).toBe('false');
  expect(published.io.summary).toMatch(/\| app \|.*❌ lines 5\.00% < 80% \|/);
});

it('with no components input, the file’s component thresholds are dropped and the numbers shown', async () => {
  const file = await forgedReport();
  const published = await main({ mode: 'publish', 'report-file': file }, WORKFLOW_RUN);
  expect(published.failed).toBeNull();
  const app = published.outcome?.report?.components?.app;
  expect([app?.passed, app?.thresholds, app?.totals.lines.pct]).toEqual([true, [], 5]);
  expect(published.outcome?.report?.thresholds.map((t) => t.name)).not.toContain('component app: lines');
  expect(published.io.summary).toMatch(/\| app \| 1 \| 5\.00% \(1\/20\) \|.*\| — \|$/m);
  expect(published.io.summary).not.toContain('lines ≥ 5%');
});

it('a component with impossible numbers rejects the whole report', async () => {
  const file = await forgedReport();
  const report = JSON.parse(await readFile(file, 'utf8')) as { components: Record<string, Component> };
  const app = report.components.app;
  if (app !== undefined) app.totals.lines = { covered: 30, total: 20, pct: 100 };
  await writeFile(file, JSON.stringify(report));
  const published = await main({ mode: 'publish', 'report-file': file }, WORKFLOW_RUN);
  expect(published.failed).toContain('components.app.totals.lines.covered (30) is larger than');
});

it('a component of the publishing step that the report lacks fails: its thresholds cannot be checked', async () => {
  const file = await forgedReport();
  const published = await main(
    { mode: 'publish', 'report-file': file, components: 'app: src/**\nweb: web/** | lines=80' },
    WORKFLOW_RUN,
  );
  expect(published.failed).toBe(
    `Invalid components: component 'web' is not in report-file ${file} (it has app), so its thresholds cannot be checked; give the run that writes the report the same components, or remove it here`,
  );
  expect(published.outcome?.failures.map((f) => f.kind)).toEqual(['invalid-input']);
});
