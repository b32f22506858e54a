/**
 * The outside tools some tests compare covgate with. Each comparison runs twice: always against the
 * tool's recorded output (committed fixtures, `npm run fixtures:refresh` rewrites them), and live
 * when the tool is installed. A missing tool skips the live run with one line (printed by
 * tool-check.ts) — unless COVGATE_REQUIRE_TOOLS=1 (CI), where it is a failure.
 * COVGATE_TEST_PYTHON and COVGATE_TEST_DIFF_COVER point the tests at other programs.
 */
import { spawnSync } from 'node:child_process';

/** The Python that has pytest-cov (Debian's python3-pytest-cov). */
export const PYTHON = process.env.COVGATE_TEST_PYTHON || '/usr/bin/python3';
/** The diff-cover program (Debian's diff-cover). */
export const DIFF_COVER = process.env.COVGATE_TEST_DIFF_COVER || 'diff-cover';

/** The tools, how to tell they are there, and how to install them. */
export const TOOLS = {
  'diff-cover': {
    probe: (): boolean => spawnSync(DIFF_COVER, ['--version'], { stdio: 'ignore' }).status === 0,
    install: 'apt-get install diff-cover',
  },
  'pytest-cov': {
    probe: (): boolean => spawnSync(PYTHON, ['-c', 'import pytest_cov'], { stdio: 'ignore' }).status === 0,
    install: 'apt-get install python3-pytest-cov',
  },
} as const;

export type ToolName = keyof typeof TOOLS;

const seen = new Map<ToolName, boolean>();

/** Whether `tool` is installed (probed once per process). */
export function hasTool(tool: ToolName): boolean {
  let found = seen.get(tool);
  if (found === undefined) {
    found = TOOLS[tool].probe();
    seen.set(tool, found);
  }
  return found;
}

/** True when CI asked that no live comparison be skipped. */
export function toolsRequired(): boolean {
  return process.env.COVGATE_REQUIRE_TOOLS === '1';
}
