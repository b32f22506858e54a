/**
 * Posts the results: the sticky comment and the check run. API faults never fail the run here —
 * the gate decides the exit code — but they are never silent either: a permission problem (the
 * read-only token of a fork PR, a missing `permissions:` entry) becomes ONE warning that says what
 * to change; any other fault a warning with the API's message.
 */
import { describeError, httpStatusOf } from '../errors.js';
import type { Annotation } from '../report/annotations.js';
import { publishCheckRun } from './check-run.js';
import { upsertStickyComment } from './comment.js';
import { networkErrorOf, type Log, type Octokit } from './octokit.js';

/** What was posted, and the warnings already logged. */
export interface PublishResult {
  commentUrl: string | null;
  checkUrl: string | null;
  /** The token may not create check runs (403/404): its annotations need another way out. */
  checkRefused: boolean;
  warnings: string[];
}

/** Everything to post. `check: null` when no `check-name` is set. */
export interface PublishArgs {
  owner: string;
  repo: string;
  /** The PR, or `undefined` (push events): then no comment. */
  pullNumber: number | undefined;
  headSha: string;
  comment: { enabled: boolean; marker: string; body: string };
  check: {
    name: string;
    conclusion: 'success' | 'failure' | 'neutral';
    title: string;
    summary: string;
    annotations: Annotation[];
  } | null;
}

const FIX = 'or use the workflow_run set-up (see README)';
/** The warning for a comment the token may not post. */
export const COMMENT_PERMISSION_WARNING = `covgate could not post the PR comment: the token is read-only (fork PR) or lacks \`pull-requests: write\` — add \`permissions: pull-requests: write\`, ${FIX}`;
const CHECK_PERMISSION_WARNING = `covgate could not publish the check run: the token is read-only (fork PR) or lacks \`checks: write\` — add \`permissions: checks: write\`, ${FIX}`;
const BOTH_PERMISSION_WARNING = `covgate could not post the PR comment nor the check run: the token is read-only (fork PR) or lacks \`pull-requests: write\` and \`checks: write\` — add \`permissions: pull-requests: write\` and \`checks: write\`, ${FIX}`;

/**
 * Upserts the sticky comment (when enabled and there is a PR) and publishes the check run (when
 * asked). Never throws for API faults; every warning it returns has already gone to `log.warning`.
 */
export async function publishResults(octokit: Octokit, args: PublishArgs, log: Log): Promise<PublishResult> {
  const where = { owner: args.owner, repo: args.repo };
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    log.warning(message);
  };
  let commentUrl: string | null = null;
  let checkUrl: string | null = null;
  // The API's own words for a refusal, so the warning names the real cause next to the likely fix.
  let commentDenied: string | null = null;
  let checkDenied: string | null = null;

  if (args.comment.enabled && args.pullNumber === undefined) {
    log.info('covgate: no pull request for this run, so no PR comment');
  } else if (args.comment.enabled && args.pullNumber !== undefined) {
    try {
      const c = await upsertStickyComment(octokit, {
        ...where,
        issueNumber: args.pullNumber,
        marker: args.comment.marker,
        body: args.comment.body,
      });
      commentUrl = c.url;
      if (c.warning !== undefined) warn(c.warning);
      log.info(`covgate: PR comment ${c.action}: ${c.url}`);
    } catch (error) {
      if (isPermissionError(error)) commentDenied = describeApiError(error);
      else warn(`covgate could not post the PR comment: ${describeApiError(error)}`);
    }
  }

  if (args.check !== null) {
    try {
      const run = await publishCheckRun(octokit, { ...where, headSha: args.headSha, ...args.check });
      checkUrl = run.url;
      log.info(`covgate: check run "${args.check.name}" published: ${run.url}`);
    } catch (error) {
      if (isPermissionError(error)) checkDenied = describeApiError(error);
      else warn(`covgate could not publish the check run "${args.check.name}": ${describeApiError(error)}`);
    }
  }

  if (commentDenied !== null && checkDenied !== null)
    warn(`${BOTH_PERMISSION_WARNING} (GitHub said: ${commentDenied})`);
  else if (commentDenied !== null) warn(`${COMMENT_PERMISSION_WARNING} (GitHub said: ${commentDenied})`);
  else if (checkDenied !== null) warn(`${CHECK_PERMISSION_WARNING} (GitHub said: ${checkDenied})`);
  return { commentUrl, checkUrl, checkRefused: checkDenied !== null, warnings };
}

/** 403 (read-only token, missing permission) and 404 (what GitHub answers for unseen resources). */
function isPermissionError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return (status === 403 && !/rate limit/i.test(describeError(error))) || status === 404;
}

/** "HTTP 500: Server Error" — the status and the API's one-line message; a network error as such. */
function describeApiError(error: unknown): string {
  const network = networkErrorOf(error);
  if (network !== undefined) return network.message;
  const status = httpStatusOf(error);
  const message = describeError(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
