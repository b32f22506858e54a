/**
 * Gets the PR's diff: from local git when the history is there (exact, no API calls, line numbers
 * of the commit that was tested), else from the REST API — the PR diff, or the paginated files list
 * when the diff is too large. Git runs through execFile with argument arrays, never a shell.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describeError, httpStatusOf } from '../errors.js';
import type { ChangeSet, FileChange } from './model.js';
import { parseHunks, parseUnifiedDiff } from './parse.js';

const run = promisify(execFile);

/** The part of an Octokit client this module uses (a real `@octokit/core` instance fits). */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown; status: number }>;
}

/** Where to get the diff from. */
export interface DiffSourceOptions {
  /** Repository checkout where git may run. */
  cwd: string;
  /** The PR's base commit, when known. */
  baseSha: string | undefined;
  /** The PR's head commit, when known. */
  headSha: string | undefined;
  /** REST client, or `null` when there is no token (then only git is tried). */
  octokit: OctokitLike | null;
  owner: string;
  repo: string;
  pullNumber: number | undefined;
  log: { info(m: string): void; warning(m: string): void };
}

/** GitHub's files list stops at this many files (per its REST docs). */
const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;
/** A diff of a big monorepo PR can be large; the default 1 MiB execFile buffer is not enough. */
const MAX_BUFFER = 1024 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch {
    return null;
  }
}

const hasCommit = async (cwd: string, sha: string): Promise<boolean> =>
  (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== null;

/** The two commits to diff locally, or `null` when the history is not there. */
async function pickGitRange(opts: DiffSourceOptions): Promise<[string, string] | null> {
  const { cwd, baseSha, headSha } = opts;
  // A pull_request checkout is the merge commit (parents: base tip, PR head). Its first-parent
  // diff is exactly what the PR brings, in the line numbers of the code that was tested.
  const parents = (await git(cwd, ['rev-list', '--parents', '-n', '1', 'HEAD']))?.trim().split(' ') ?? [];
  if (parents.length === 3 && headSha !== undefined && parents[2] === headSha && parents[1] !== undefined) {
    if (await hasCommit(cwd, parents[1])) return [parents[1], 'HEAD'];
  }
  if (baseSha === undefined || headSha === undefined) return null;
  if (!(await hasCommit(cwd, baseSha)) || !(await hasCommit(cwd, headSha))) return null;
  // Like GitHub, diff against the merge base so base-branch commits made since are not counted.
  const mergeBase = (await git(cwd, ['merge-base', baseSha, headSha]))?.trim();
  return [mergeBase !== undefined && mergeBase !== '' ? mergeBase : baseSha, headSha];
}

async function readGitDiff(opts: DiffSourceOptions): Promise<ChangeSet | null> {
  const range = await pickGitRange(opts);
  if (range === null) return null;
  const args = [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
  ];
  const text = await git(opts.cwd, ['-c', 'core.quotePath=true', ...args, range[0], range[1]]);
  if (text === null) return null;
  try {
    const set = parseUnifiedDiff(text, 'git');
    opts.log.info(`covgate: changed lines from git diff ${range[0]} ${range[1]}`);
    return set;
  } catch (error) {
    opts.log.warning(`covgate: cannot read the output of git diff (${describeError(error)}); trying the API`);
    return null;
  }
}

async function readApiDiff(
  opts: DiffSourceOptions,
  octokit: OctokitLike,
  pull: number,
): Promise<ChangeSet | null> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: opts.owner,
      repo: opts.repo,
      pull_number: pull,
      headers: { accept: 'application/vnd.github.diff' },
      // A 406 (diff too large) is final; without this, plugin-retry would retry it for 14 s.
      request: { retries: 0 },
    });
    if (typeof data !== 'string') return null;
    return parseUnifiedDiff(data, 'api-diff');
  } catch (error) {
    // 406: the diff exceeds GitHub's limits (300 files / 20,000 lines); the files list still works.
    const why =
      httpStatusOf(error) === 406 ? 'the PR diff is too large for GitHub to return' : describeError(error);
    opts.log.info(`covgate: ${why}; reading the PR's files list instead`);
    return null;
  }
}

interface ListedFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  changes?: number;
}

function toFileChange(f: ListedFile): FileChange {
  const status: FileChange['status'] =
    f.status === 'added'
      ? 'added'
      : f.status === 'removed'
        ? 'deleted'
        : f.status === 'renamed'
          ? 'renamed'
          : 'modified';
  return {
    path: f.filename,
    previousPath: f.previous_filename ?? null,
    status,
    addedLines: status === 'deleted' || f.patch === undefined ? [] : parseHunks(f.patch),
  };
}

async function readApiFiles(opts: DiffSourceOptions, octokit: OctokitLike, pull: number): Promise<ChangeSet> {
  const files: FileChange[] = [];
  let missing = 0;
  let page = 1;
  for (; files.length < MAX_LISTED_FILES; page++) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: opts.owner,
      repo: opts.repo,
      pull_number: pull,
      per_page: PER_PAGE,
      page,
    });
    const listed = Array.isArray(data) ? (data as ListedFile[]) : [];
    for (const f of listed) {
      // No patch on a file with changes: GitHub left it out (too large); binary files have none too,
      // but they have no lines to cover, and pure renames have no changes.
      if (f.patch === undefined && f.status !== 'removed' && (f.changes ?? 0) > 0) missing += 1;
      files.push(toFileChange(f));
    }
    if (listed.length < PER_PAGE) break;
  }
  const notes: string[] = [];
  if (missing > 0)
    notes.push(`GitHub returned no patch for ${missing} changed file${missing === 1 ? '' : 's'}`);
  if (files.length >= MAX_LISTED_FILES) notes.push(`GitHub lists at most ${MAX_LISTED_FILES} files of a PR`);
  const note = notes.length > 0 ? `patch coverage unknown: ${notes.join('; ')}` : null;
  return { files, complete: note === null, origin: 'api-files', note };
}

/**
 * The changed lines of the PR: git first, then the REST API. Returns `null` (with a warning) when
 * neither is available — then patch coverage is simply not computed.
 */
export async function getChangeSet(opts: DiffSourceOptions): Promise<ChangeSet | null> {
  const local = await readGitDiff(opts);
  if (local !== null) return local;
  if (opts.octokit === null || opts.pullNumber === undefined) {
    opts.log.warning(
      'covgate: no diff available (no git history of the PR and no API access); patch coverage skipped',
    );
    return null;
  }
  const api = await readApiDiff(opts, opts.octokit, opts.pullNumber);
  if (api !== null) return api;
  try {
    return await readApiFiles(opts, opts.octokit, opts.pullNumber);
  } catch (error) {
    opts.log.warning(
      `covgate: cannot read the PR's changed files (${describeError(error)}); patch coverage skipped`,
    );
    return null;
  }
}
