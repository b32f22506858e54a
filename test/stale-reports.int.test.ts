/**
 * A report left over from an earlier run in the same checkout is never read as this run's: the
 * phase that should have written it ran, so a report older than that phase fails the run with one
 * line naming it. Report-only mode (no test-command) still reads a report an earlier step made.
 * In-process main steps with real bash phases; the report is a hand-written LCOV of the fixture.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyCoveredProject } from './support/covered-project.js';
import { runMainInProcess, type InProcessResult } from './support/in-process.js';

/** src/math.js lines 2 and 3: one hit, one not (lines 50 %). */
const LCOV = 'TN:\nSF:src/math.js\nDA:2,1\nDA:3,0\nLF:2\nLH:1\nend_of_record\n';
/** An hour ago: older than any phase of this run by far more than the file-system clock slack. */
const HOUR_AGO = new Date(Date.now() - 3_600_000);

let project: { dir: string; remove: () => Promise<void> };
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  project = await copyCoveredProject();
  cleanups.push(project.remove);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Writes coverage/<name> as an earlier run would have left it. */
async function leaveOldReport(name = 'lcov.info'): Promise<string> {
  const file = join(project.dir, 'coverage', name);
  await mkdir(join(project.dir, 'coverage'), { recursive: true });
  await writeFile(file, LCOV);
  await utimes(file, HOUR_AGO, HOUR_AGO);
  return file;
}

async function run(inputs: Record<string, string>): Promise<InProcessResult> {
  const result = await runMainInProcess({ dir: project.dir, inputs: { 'github-token': '', ...inputs } });
  cleanups.push(result.cleanup);
  return result;
}

const STALE =
  'no coverage report: coverage/lcov.info is older than the full phase (left over from an earlier run?)';

describe('a report older than the phase', () => {
  it('test-command: true on a stale coverage/lcov.info fails, in every channel, with no numbers', async () => {
    await leaveOldReport();
    const result = await run({ 'test-command': 'true' });
    expect(result.failed).toContain(STALE);
    expect(result.failed?.split('\n')).toHaveLength(1);
    expect(result.outcome?.failures.map((f) => [f.kind, f.title])).toEqual([
      ['no-coverage-report', 'no coverage report'],
    ]);
    expect(result.outcome?.report).toBeNull();
    expect(result.io.outputs).toMatchObject({ passed: 'false', lines: '' });
    expect(result.io.summary).toContain('coverage/lcov.info is older than the full phase');
  });

  it('the same with explicit coverage-files', async () => {
    await leaveOldReport();
    const result = await run({ 'test-command': 'true', 'coverage-files': 'coverage/lcov.info' });
    expect(result.failed).toContain(STALE);
  });

  it('a report the phase rewrites is read (cp gives it a new mtime)', async () => {
    const old = await leaveOldReport('old.info');
    const result = await run({ 'test-command': `cp ${old} coverage/lcov.info && rm ${old}` });
    expect(result.failed).toBeNull();
    expect(result.io.outputs.lines).toBe('50');
  });

  it('an old report next to a fresh one is ignored (one info line), the fresh one is read', async () => {
    await leaveOldReport('stale.info');
    const fresh = LCOV.replace('DA:3,0', 'DA:3,1').replace('LH:1', 'LH:2');
    const result = await run({
      'test-command': `printf '${fresh.replace(/\n/g, '\\n')}' > coverage/lcov.info`,
      'coverage-files': 'coverage/*.info',
    });
    expect(result.failed).toBeNull();
    expect(result.io.outputs.lines).toBe('100');
    expect(result.io.infos.join('\n')).toContain('coverage/stale.info is older than the full phase');
  });

  it('rest-command: a stale report is not set aside as the unit phase’s coverage', async () => {
    await leaveOldReport();
    const result = await run({
      'unit-command': 'true',
      'rest-command': 'true',
    });
    expect(result.failed).toContain(
      'no coverage report: coverage/lcov.info is older than the unit phase (left over from an earlier run?)',
    );
    expect(result.outcome?.report).toBeNull();
  });

  it('report-only mode (coverage-files, no test-command) still reads a report an earlier step made', async () => {
    await leaveOldReport();
    const result = await run({ 'coverage-files': 'coverage/lcov.info' });
    expect(result.failed).toBeNull();
    expect(result.io.outputs.lines).toBe('50');
  });
});
