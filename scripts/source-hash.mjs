// The fingerprint of what the bundles are built from: every non-test file under src/, by path and
// content. build.mjs writes it to dist/sources.sha256; the e2e tests refuse a dist/ whose
// fingerprint differs from src/ (file times cannot tell: a fresh clone gives every file the same age).
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by source-hash.d.mts */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Name of the fingerprint file inside a dist directory. */
export const SOURCES_FILE = 'sources.sha256';

/** sha256 over the sorted relative paths and contents of src/ (tests excluded). */
export function hashSources(root) {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.test\.ts$/.test(e.name))
    .map((e) => relative(src, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(src, file)))
      .update('\0');
  return hash.digest('hex');
}
