/**
 * Finds the pull request a commit is the head of. `mode: publish` needs it: in the fork-safe
 * `workflow_run` set-up the second workflow knows the head SHA of the run that made the report, but
 * `workflow_run.pull_requests` is empty for fork PRs.
 */
import { httpStatusOf } from '../errors.js';
import type { Octokit } from './octokit.js';

/** Where to look and for which commit. */
export interface FindPullRequestArgs {
  owner: string;
  repo: string;
  headSha: string;
}

interface ListedPull {
  number: number;
  state: string;
  head: { sha: string };
}

/**
 * Returns the number of the PR whose head is `headSha`: open PRs before closed ones, then the
 * newest. Asks `GET /repos/{o}/{r}/commits/{sha}/pulls` first; when that knows no PR with this
 * head (it may not list fork PRs), searches the open PRs. `null` when there is none. Other API
 * faults are thrown (octokit RequestError, after retries).
 */
export async function findPullRequestForSha(
  octokit: Octokit,
  args: FindPullRequestArgs,
): Promise<number | null> {
  const where = { owner: args.owner, repo: args.repo };
  let associated: ListedPull[] = [];
  try {
    associated = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
      ...where,
      commit_sha: args.headSha,
      per_page: 100,
    });
  } catch (error) {
    // 404/422: the commit is not in this repository (a fork's head): the open PR list still knows it.
    if (!hasStatus(error, [404, 422])) throw error;
  }
  const direct = pickPull(associated, args.headSha);
  if (direct !== null) return direct;
  const open: ListedPull[] = await octokit.paginate(octokit.rest.pulls.list, {
    ...where,
    state: 'open',
    per_page: 100,
  });
  return pickPull(open, args.headSha);
}

/** Among PRs whose head is `sha`: open first, then the highest number. */
function pickPull(pulls: ListedPull[], sha: string): number | null {
  const heads = pulls.filter((p) => p.head.sha.toLowerCase() === sha.toLowerCase());
  heads.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || b.number - a.number);
  return heads[0]?.number ?? null;
}

function hasStatus(error: unknown, statuses: number[]): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && statuses.includes(status);
}
