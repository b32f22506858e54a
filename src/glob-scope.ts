/**
 * Keeps the file globs of the inputs (coverage-files, junit-files, shard-files …) inside the
 * workspace: an absolute glob or one that climbs out with `..` (`/**\/*.xml`, `../../**`) would
 * make covgate search — and read — the whole disk. Relative globs that stay inside are the norm;
 * absolute ones that point inside the workspace (`${{ github.workspace }}/coverage/lcov.info`) or
 * under RUNNER_TEMP (where artifacts are often downloaded) are fine too. Pure path work.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** Characters that make a path segment a pattern (picomatch/tinyglobby syntax). */
const MAGIC = /[*?[\]{}()!+@]/;

/** True when `path` is `root` or below it. */
function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The directory a glob can reach at most: its segments before the first pattern segment, resolved
 * against `cwd`; `null` when a `..` follows a pattern segment (`**\/..`), which can reach anywhere.
 */
export function globBase(pattern: string, cwd: string): string | null {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const fixed: string[] = [];
  let magic = false;
  for (const segment of segments) {
    if (magic && segment === '..') return null;
    if (MAGIC.test(segment)) magic = true;
    if (!magic) fixed.push(segment);
  }
  // A leading '' (an absolute pattern) joins back into '/'.
  const base = fixed.length === 1 && fixed[0] === '' ? '/' : fixed.join('/');
  return resolve(cwd, base === '' ? '.' : base);
}

/**
 * One input problem per glob of `globs` that is absolute or contains `..` and reaches outside every
 * directory of `roots` (the workspace first); an empty list when all stay inside.
 */
export function checkGlobsInside(
  inputName: string,
  globs: readonly string[],
  cwd: string,
  roots: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const pattern of globs) {
    const climbs = pattern.replaceAll('\\', '/').split('/').includes('..');
    if (!isAbsolute(pattern) && !climbs) continue;
    const base = globBase(pattern, cwd);
    if (base !== null && roots.some((root) => isInside(base, root))) continue;
    problems.push(
      `Invalid ${inputName} '${pattern}': it reaches outside the workspace ${roots[0] ?? ''}. ` +
        'Give globs relative to working-directory that stay inside the repository.',
    );
  }
  return problems;
}
