// The file-backed baseline store (used by the CLI and tests) on a real temp directory.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineKey, type Baseline } from '../src/github/baseline-store.js';
import { FileBaselineStore } from './support/file-baseline-store.js';

const sha = (c: string): string => c.repeat(40);
function makeBaseline(s: string, minute: number, branch = 'main'): Baseline {
  return {
    version: 1,
    sha: s,
    branch,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    commentId: 'covgate',
    coverage: {
      version: 1,
      formats: ['lcov'],
      files: [
        { path: 'src/a.js', lines: [1, minute, 2, 0], statements: null, functions: null, branches: null },
      ],
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'covgate-file-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileBaselineStore', () => {
  it('saves <key>.json and restores it exactly', async () => {
    const store = new FileBaselineStore(join(dir, 'nested'));
    expect(await store.save(makeBaseline(sha('a'), 1))).toBe('saved');
    expect(await readdir(join(dir, 'nested'))).toEqual([`${baselineKey('covgate', 'main', sha('a'))}.json`]);
    expect(await store.restore({ commentId: 'covgate', branch: 'main', sha: sha('a') })).toEqual({
      baseline: makeBaseline(sha('a'), 1),
      exact: true,
    });
  });

  it('never overwrites: a second save of the same key is "exists" and the first content stays', async () => {
    const store = new FileBaselineStore(dir);
    await store.save(makeBaseline(sha('a'), 1));
    expect(await store.save(makeBaseline(sha('a'), 7))).toBe('exists');
    const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: sha('a') });
    expect(got.baseline?.coverage.files[0]?.lines).toEqual([1, 1, 2, 0]);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('restores the newest baseline of the branch when the exact commit has none (or no SHA is known)', async () => {
    const store = new FileBaselineStore(dir);
    await store.save(makeBaseline(sha('a'), 5));
    await store.save(makeBaseline(sha('b'), 9));
    await store.save(makeBaseline(sha('c'), 3));
    await store.save(makeBaseline(sha('d'), 30, 'main-2'));
    for (const q of [sha('e'), undefined]) {
      const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: q });
      expect(got).toMatchObject({ baseline: { sha: sha('b') }, exact: false });
    }
  });

  it('skips a corrupt or foreign file and says why when nothing valid is left', async () => {
    const store = new FileBaselineStore(dir);
    await writeFile(join(dir, `${baselineKey('covgate', 'main', sha('a'))}.json`), '{"version":1,');
    await writeFile(
      join(dir, `${baselineKey('covgate', 'main', sha('b'))}.json`),
      JSON.stringify(makeBaseline(sha('b'), 1, 'other')),
    );
    const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: sha('a') });
    expect(got.baseline).toBeNull();
    expect('reason' in got && got.reason).toMatch(
      /^no baseline of branch main in .*\.json is not JSON: .*belongs to branch "other"/,
    );
    // and a valid older one is used instead of the corrupt exact one
    await store.save(makeBaseline(sha('c'), 2));
    expect(await store.restore({ commentId: 'covgate', branch: 'main', sha: sha('a') })).toMatchObject({
      baseline: { sha: sha('c') },
      exact: false,
    });
    expect(
      JSON.parse(await readFile(join(dir, `${baselineKey('covgate', 'main', sha('c'))}.json`), 'utf8')),
    ).toEqual(makeBaseline(sha('c'), 2));
  });

  it('gives a reason, not a throw, when the directory does not exist', async () => {
    const got = await new FileBaselineStore(join(dir, 'missing')).restore({
      commentId: 'covgate',
      branch: 'main',
      sha: undefined,
    });
    expect(got.baseline).toBeNull();
    expect('reason' in got && got.reason).toMatch(/no baseline/);
  });
});
