/**
 * Finds the pull request a `mode: publish` run posts to. In the fork-safe `workflow_run` set-up the
 * report comes from the PR's own run, so the PR is chosen only from what GitHub says about that run
 * (its head SHA, head repository and head branch) — never from the file, and never from a
 * `workflow_run.pull_requests` entry, which can name a PR of another repository.
 */
import type { Log, Octokit } from './octokit.js';

/** Where to look and which head to match: all three must match. */
export interface FindPullRequestArgs {
  owner: string;
  repo: string;
  headSha: string;
  /** `owner/name` of the repository the head commit was pushed to (a fork's, for fork PRs). */
  headRepository: string | undefined;
  headBranch: string | undefined;
}

interface ListedPull {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
}

/**
 * The number of the one OPEN pull request whose head SHA, head repository and head branch all
 * equal the run's; `null` (with one log line saying why) when the run's head is not known, when no
 * open PR matches, or when several do (the run cannot tell them apart, so it posts to none).
 * API faults are thrown (octokit RequestError, after retries).
 */
export async function findPullRequest(
  octokit: Octokit,
  args: FindPullRequestArgs,
  log: Log,
): Promise<number | null> {
  const { headRepository, headBranch, headSha } = args;
  if (headRepository === undefined || headBranch === undefined || headSha === '') {
    log.warning(
      'covgate: the event does not name the head SHA, repository and branch of the run (workflow_run.head_sha, head_repository, head_branch); no pull request is commented on',
    );
    return null;
  }
  const headOwner = headRepository.split('/')[0] ?? '';
  // `head=owner:branch` narrows the list server-side; the SHA and repository are checked here.
  const open: ListedPull[] = await octokit.paginate(octokit.rest.pulls.list, {
    owner: args.owner,
    repo: args.repo,
    state: 'open',
    head: `${headOwner}:${headBranch}`,
    per_page: 100,
  });
  const matches = open.filter(
    (p) =>
      p.state === 'open' &&
      p.head.sha.toLowerCase() === headSha.toLowerCase() &&
      p.head.ref === headBranch &&
      p.head.repo?.full_name.toLowerCase() === headRepository.toLowerCase(),
  );
  if (matches.length > 1) {
    log.warning(
      `covgate: ${matches.length} open pull requests (${matches.map((p) => `#${p.number}`).join(', ')}) have head ${headRepository}:${headBranch} at ${headSha.slice(0, 7)}; posting to none of them`,
    );
    return null;
  }
  return matches[0]?.number ?? null;
}
