/**
 * The pytest project test/fixtures/python-app and what coverage.py recorded about it (record.mjs):
 * tests compare covgate's numbers with these files; nothing here computes a number.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './runner.js';

/** The project directory. */
export const PYTHON_APP = join(REPO_ROOT, 'test', 'fixtures', 'python-app');
/** Where record.mjs wrote the committed recordings. */
export const RECORDED = join(PYTHON_APP, 'recorded');
/** The checkout record.mjs wrote into the reports instead of this machine's path. */
export const RECORDED_ROOT = '/home/runner/work/app/app';

/** coverage.py's `coverage json` output, the parts the tests read. */
export interface CoveragePyJson {
  totals: {
    covered_lines: number;
    num_statements: number;
    covered_branches: number;
    num_branches: number;
    percent_covered: number;
  };
  files: Record<string, { missing_lines: number[]; missing_branches: [number, number][] }>;
}

/** Text of a recorded file, by path relative to `recorded/`. */
export function readRecorded(rel: string, dir = RECORDED): string {
  return readFileSync(join(dir, rel), 'utf8');
}

/** True when /usr/bin/python3 can run pytest-cov and psycopg2 (the live tests need both). */
export function hasPythonTools(): boolean {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import pytest_cov, psycopg2'], { stdio: 'ignore' });
  return probe.status === 0;
}
