// getChangeSet against real git repositories and a local fake of the GitHub REST API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeGitHubApi,
  type FakeGitHubApi,
  type FakeGitHubApiOptions,
  type FakePullFile,
} from '../scripts/fake-github-api.mjs';
import type { FileChange } from '../src/diff/model.js';
import { getChangeSet, type DiffSourceOptions } from '../src/diff/source.js';
import { createOctokit } from '../src/github/octokit.js';
import { FAST_API_TIMING } from './support/fast-api.js';
import { createGitRepo, type GitRepo } from './support/git-repo.js';

const lines = (n: number, tag: string): string =>
  Array.from({ length: n }, (_, i) => `${tag}${i + 1}\n`).join('');
const pick = (files: FileChange[]): [string, string, number[]][] =>
  files.map((f) => [f.path, f.status, f.addedLines]);

function logger(): DiffSourceOptions['log'] & { infos: string[]; warnings: string[] } {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => infos.push(m), warning: (m) => warnings.push(m) };
}

const options = (cwd: string, extra: Partial<DiffSourceOptions>): DiffSourceOptions => ({
  cwd,
  baseSha: undefined,
  headSha: undefined,
  octokit: null,
  owner: 'octo-org',
  repo: 'demo',
  pullNumber: undefined,
  log: logger(),
  ...extra,
});

describe('getChangeSet from git', () => {
  let repo: GitRepo;
  let baseTip: string;
  let head: string;

  beforeAll(() => {
    repo = createGitRepo();
    repo.write({ 'src/a.js': lines(10, 'a'), 'src/b.js': lines(5, 'b') });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/a.js': lines(10, 'a').replace('a3\n', 'A3\n') + 'a11\n' });
    head = repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    // The base branch moves on after the PR branched: its change is not the PR's.
    repo.write({ 'src/b.js': 'b0\n' + lines(5, 'b') });
    baseTip = repo.commit('base moves');
  });
  afterAll(() => repo.remove());

  it('diffs the PR head against the merge base when both commits are present', async () => {
    const log = logger();
    const set = await getChangeSet(options(repo.dir, { baseSha: baseTip, headSha: head, log }));
    const mergeBase = repo.git('merge-base', baseTip, head).trim();
    expect(log.infos).toEqual([`covgate: changed lines from git diff ${mergeBase} ${head}`]);
    expect(set?.origin).toBe('git');
    expect(set?.complete).toBe(true);
    expect(pick(set?.files ?? [])).toEqual([['src/a.js', 'modified', [3, 11]]]);
  });

  it('uses HEAD^1..HEAD on a pull_request merge checkout cloned with depth 2', async () => {
    repo.git('checkout', '-q', '--detach', baseTip);
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature', head);
    const merge = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', 'main');
    const clone = mkdtempSync(join(tmpdir(), 'covgate-clone-'));
    try {
      repo.git('clone', '-q', '--depth', '2', `file://${repo.dir}`, clone);
      const git = (...args: string[]): string => repo.git('-C', clone, ...args);
      git('fetch', '-q', '--depth', '2', 'origin', merge);
      git('checkout', '-q', '--detach', merge);
      // The base tip's own parent is missing from this shallow clone: only the merge's parents exist.
      const log = logger();
      const set = await getChangeSet(options(clone, { baseSha: 'f'.repeat(40), headSha: head, log }));
      expect(log.infos).toEqual([`covgate: changed lines from git diff ${baseTip} HEAD`]);
      expect(set?.origin).toBe('git');
      expect(pick(set?.files ?? [])).toEqual([['src/a.js', 'modified', [3, 11]]]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('getChangeSet from the REST API', () => {
  let api: FakeGitHubApi;
  const noGit = mkdtempSync(join(tmpdir(), 'covgate-nogit-'));
  const diff = 'diff --git a/src/x.js b/src/x.js\n--- a/src/x.js\n+++ b/src/x.js\n@@ -1,0 +2,2 @@\n+x\n+y\n';
  const pulls: NonNullable<FakeGitHubApiOptions['pulls']> = [
    { number: 1, head: { sha: 'h1', ref: 'f1' }, base: { sha: 'b1', ref: 'main' }, diff },
    {
      number: 2,
      head: { sha: 'h2', ref: 'f2' },
      base: { sha: 'b2', ref: 'main' },
      diff: null, // 406: too large
      files: Array.from({ length: 150 }, (_, i) => ({
        filename: `src/f${String(i).padStart(3, '0')}.js`,
        status: 'modified' as const,
        additions: 1,
        deletions: 0,
        changes: 1,
        patch: `@@ -${i + 1},0 +${i + 2} @@\n+new`,
      })),
    },
  ];

  const many = Array.from({ length: 3005 }, (_, i) => ({
    filename: `f${i}.js`,
    status: 'modified' as const,
    additions: 1,
    deletions: 0,
    changes: 1,
    patch: '@@ -1 +1 @@\n-a\n+b',
  }));
  const kinds: FakePullFile[] = [
    {
      filename: 'new.js',
      status: 'renamed' as const,
      previous_filename: 'old.js',
      additions: 0,
      deletions: 0,
      changes: 0,
    },
    {
      filename: 'gone.js',
      status: 'removed' as const,
      additions: 0,
      deletions: 2,
      changes: 2,
      patch: '@@ -1,2 +0,0 @@\n-a\n-b',
    },
    { filename: 'logo.png', status: 'added' as const, additions: 0, deletions: 0, changes: 0 },
    {
      filename: 'edited.js',
      status: 'renamed' as const,
      previous_filename: 'e.js',
      additions: 1,
      deletions: 1,
      changes: 2,
      patch: '@@ -3 +3 @@\n-x\n+y',
    },
  ];
  pulls.push(
    { number: 3, head: { sha: 'h3', ref: 'f3' }, base: { sha: 'b3', ref: 'main' }, diff: null, files: many },
    { number: 4, head: { sha: 'h4', ref: 'f4' }, base: { sha: 'b4', ref: 'main' }, diff: null, files: kinds },
  );

  beforeAll(async () => {
    api = await startFakeGitHubApi({ pulls, token: 'tok' });
  });
  afterEach(() => {
    api.requests.length = 0;
  });
  afterAll(async () => {
    await api.close();
    rmSync(noGit, { recursive: true, force: true });
  });

  const viaApi = (pullNumber: number): DiffSourceOptions =>
    options(noGit, {
      baseSha: 'b',
      headSha: 'h',
      pullNumber,
      octokit: createOctokit('tok', api.url, logger(), FAST_API_TIMING),
    });

  it('reads the PR diff with the diff media type when there is no git history', async () => {
    const set = await getChangeSet(viaApi(1));
    expect(set).toEqual({
      files: [{ path: 'src/x.js', previousPath: null, status: 'modified', addedLines: [2, 3] }],
      complete: true,
      origin: 'api-diff',
      note: null,
    });
    expect(api.requests.map((r) => [r.method, r.path, r.headers.accept])).toEqual([
      ['GET', '/repos/octo-org/demo/pulls/1', 'application/vnd.github.diff'],
    ]);
  });

  it('falls back to the paginated files list when the diff is too large (406, not retried)', async () => {
    const set = await getChangeSet(viaApi(2));
    expect(set?.origin).toBe('api-files');
    expect(set?.complete).toBe(true);
    expect(set?.files).toHaveLength(150);
    expect(set?.files[149]).toEqual({
      path: 'src/f149.js',
      previousPath: null,
      status: 'modified',
      addedLines: [151],
    });
    expect(api.requests.map((r) => [r.path, r.status, r.query.page ?? '', r.query.per_page ?? ''])).toEqual([
      ['/repos/octo-org/demo/pulls/2', 406, '', ''],
      ['/repos/octo-org/demo/pulls/2/files', 200, '1', '100'],
      ['/repos/octo-org/demo/pulls/2/files', 200, '2', '100'],
    ]);
  });

  it('marks the change set incomplete when a changed file comes without its patch', async () => {
    const pull = api.state.pulls.get(2);
    const first = pull?.files[0];
    if (!first) throw new Error('fixture');
    delete first.patch;
    const set = await getChangeSet(viaApi(2));
    expect(set?.complete).toBe(false);
    expect(set?.note).toBe('patch coverage unknown: GitHub returned no patch for 1 changed file');
  });

  it("stops at GitHub's 3000-file cap and calls the change set incomplete", async () => {
    const set = await getChangeSet(viaApi(3));
    expect(set?.files).toHaveLength(3000);
    expect(set?.complete).toBe(false);
    expect(set?.note).toBe('patch coverage unknown: GitHub lists at most 3000 files of a PR');
    expect(api.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.page)).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i + 1)),
    );
  });

  it('maps renames, removals and binary files of the files list; a pure rename owes nothing', async () => {
    const set = await getChangeSet(viaApi(4));
    expect(set).toEqual({
      files: [
        { path: 'new.js', previousPath: 'old.js', status: 'renamed', addedLines: [] },
        { path: 'gone.js', previousPath: null, status: 'deleted', addedLines: [] },
        { path: 'logo.png', previousPath: null, status: 'added', addedLines: [] },
        { path: 'edited.js', previousPath: 'e.js', status: 'renamed', addedLines: [3] },
      ],
      complete: true,
      origin: 'api-files',
      note: null,
    });
  });

  it('returns null with a warning when neither git nor the API is available', async () => {
    const log = logger();
    expect(await getChangeSet(options(noGit, { log }))).toBeNull();
    expect(log.warnings).toEqual([
      'covgate: no diff available (no git history of the PR and no API access); patch coverage skipped',
    ]);
  });
});
