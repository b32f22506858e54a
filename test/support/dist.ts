/**
 * The built bundles the e2e tests run, and the Node that runs them. COVGATE_TEST_NODE picks the
 * Node (CI: Node 24, what GitHub runs actions on); COVGATE_DIST a private build
 * (`node scripts/build.mjs build/my-dist`). A dist/ built from other sources than src/ is refused:
 * an e2e test must never pass or fail on yesterday's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashSources, SOURCES_FILE } from '../../scripts/source-hash.mjs';

/** Repository root (where action.yml, src/ and dist/ are). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** The node binary every e2e test spawns bundles with. */
export const TEST_NODE = process.env.COVGATE_TEST_NODE || process.execPath;
/** The directory of the bundles under test. */
export const DIST_DIR = join(REPO_ROOT, process.env.COVGATE_DIST || 'dist');

/** Why the bundles in `distDir` must not be run against `root`'s src/, or null when they may. */
export function distProblem(distDir: string, root: string): string | null {
  const stamp = join(distDir, SOURCES_FILE);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (built === hashSources(root)) return null;
  const name = distDir === join(root, 'dist') ? 'dist/' : distDir;
  return `${name} is older than src/: run npm run build`;
}

let checked = false;

/** Throws unless DIST_DIR was built from the current src/ (checked once per test file). */
export function assertDistFresh(): void {
  if (checked) return;
  const problem = distProblem(DIST_DIR, REPO_ROOT);
  if (problem !== null) throw new Error(problem);
  checked = true;
}

/** Path of `<dist>/<step>/index.js`, after checking that it exists and is fresh. */
export function builtBundle(step: 'main' | 'post' | 'cli'): string {
  const bundle = join(DIST_DIR, step, 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
  assertDistFresh();
  return bundle;
}
