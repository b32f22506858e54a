/**
 * A fresh copy of test/fixtures/covered-project in a temp directory, for tests that run real test
 * commands (node:test under c8) through the action, plus the PATH that finds this repo's c8.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './runner.js';

/** node_modules/.bin of this repository (c8, …). */
export const BIN_DIR = join(REPO_ROOT, 'node_modules', '.bin');

/** PATH for the action's phases: this repo's tools first. */
export const PROJECT_PATH = `${BIN_DIR}:${process.env.PATH ?? ''}`;

/**
 * c8 with AST-aware V8 -> istanbul conversion (monocart): branch and statement maps then depend on
 * the source only, not on what ran, which is what makes reports of separate runs mergeable.
 */
export const C8 = 'c8 --experimental-monocart --reporter=json --reporter=json-summary';

/** The unit tests and the rest, as node:test file lists (bash expands the globs). */
export const UNIT_TESTS = 'test/unit/*.test.mjs';
export const REST_TESTS = 'test/integration/*.test.mjs';

/** Copies the fixture project to a new temp directory; `remove()` deletes it. */
export async function copyCoveredProject(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'covgate-project-'));
  await cp(join(REPO_ROOT, 'test', 'fixtures', 'covered-project'), dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
