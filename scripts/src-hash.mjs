// The fingerprint of the sources a build was made from: sha256 over the path and content of every
// non-test file under src/, in path order. `npm run build` writes it to dist/src-hash.txt; the e2e
// helpers compare it with the working tree and refuse to run a dist/ built from other sources.
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by src-hash.d.mts */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Hex sha256 of `root`/src (tests excluded). */
export function hashSources(root) {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(unit|int)\.test\.ts$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
