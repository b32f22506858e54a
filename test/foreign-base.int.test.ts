/**
 * Reports made in another checkout map onto this one (in-process main step, real pytest-cov
 * reports whose `<source>` is `/home/runner/work/app/app/shop`, checked out here under a temp
 * directory); a base that maps onto nothing is "no baseline" with one warning, never a failure.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FIXTURES } from './fixtures/coverage/fixtures.js';
import { runMainInProcess, type InProcessResult } from './support/in-process.js';

let repo: string;
const cleanups: (() => Promise<void>)[] = [];
beforeEach(() => {
  // The py-app checked out at a path that is not the one its reports were made in.
  repo = mkdtempSync(join(tmpdir(), 'covgate-checkout-'));
  cpSync(join(FIXTURES, 'py-app', 'shop'), join(repo, 'shop'), { recursive: true });
  cpSync(join(FIXTURES, 'py-app', 'reports', 'branch', 'coverage.xml'), join(repo, 'coverage.xml'));
});
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  rmSync(repo, { recursive: true, force: true });
});

async function run(baseCoverage: string): Promise<InProcessResult> {
  const result = await runMainInProcess({
    dir: repo,
    inputs: { 'test-command': 'true', 'base-coverage': baseCoverage, 'github-token': '' },
  });
  cleanups.push(result.cleanup);
  return result;
}

it('maps head and base of another checkout (Cobertura <source>) by the longest existing tail', async () => {
  const result = await run(join(FIXTURES, 'py-app', 'reports', 'lines', 'coverage.xml'));
  expect(result.failed).toBeNull();
  // coverage.py's own numbers: 34/41 lines in both runs (the header of each coverage.xml).
  expect(result.outcome?.report?.totals.lines).toEqual({ covered: 34, total: 41, pct: 82.92 });
  expect(result.outcome?.report?.base?.totals.lines).toEqual({ covered: 34, total: 41, pct: 82.92 });
  expect(result.io.outputs.delta).toBe('0');
  expect(result.outcome?.report?.files.map((f) => f.path)).toContain('shop/pricing.py');
  expect(result.io.warnings).toEqual([]);
});

it('a base of files this checkout does not have: no baseline, one warning, the run still passes', async () => {
  const result = await run(join(FIXTURES, 'js-app', 'reports', 'c8-all', 'coverage-final.json'));
  expect(result.failed).toBeNull();
  expect(result.io.outputs.passed).toBe('true');
  expect(result.io.outputs.delta).toBe('');
  expect(result.io.warnings.map((w) => w.message)).toEqual([
    expect.stringMatching(
      /^covgate: no baseline to compare with: .*coverage-final\.json: all \d+ files lie outside the root/,
    ),
  ]);
  expect(result.io.summary).toContain('No baseline to compare with');
});
