// The e2e helpers refuse bundles built from other sources than src/ (test/support/dist.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSources, SOURCES_FILE } from '../scripts/source-hash.mjs';
import { distProblem } from './support/dist.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A repository with src/ and a dist/ stamped with src/'s fingerprint at "build" time. */
function builtRepo(): string {
  root = mkdtempSync(join(tmpdir(), 'covgate-dist-'));
  mkdirSync(join(root, 'src', 'github'), { recursive: true });
  writeFileSync(join(root, 'src', 'main.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src', 'github', 'comment.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'src', 'main.unit.test.ts'), 'test\n');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', SOURCES_FILE), `${hashSources(root)}\n`);
  return root;
}

describe('dist/ freshness', () => {
  it('accepts a dist/ built from the current src/, whatever the file times', () => {
    expect(distProblem(join(builtRepo(), 'dist'), root)).toBeNull();
  });

  it('refuses a dist/ after a source edit, a new source file, or without a fingerprint', () => {
    const dist = join(builtRepo(), 'dist');
    const expected = 'dist/ is older than src/: run npm run build';
    writeFileSync(join(root, 'src', 'github', 'comment.ts'), 'export const b = 3;\n');
    expect(distProblem(dist, root)).toBe(expected);
    writeFileSync(join(dist, SOURCES_FILE), hashSources(root));
    expect(distProblem(dist, root)).toBeNull();
    writeFileSync(join(root, 'src', 'new.ts'), '');
    expect(distProblem(dist, root)).toBe(expected);
    rmSync(join(dist, SOURCES_FILE));
    expect(distProblem(dist, root)).toBe(expected);
  });

  it('does not count test files: editing a unit test needs no rebuild', () => {
    const dist = join(builtRepo(), 'dist');
    writeFileSync(join(root, 'src', 'main.unit.test.ts'), 'changed\n');
    expect(distProblem(dist, root)).toBeNull();
  });
});
