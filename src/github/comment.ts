/**
 * The sticky PR comment: one comment per `comment-id`, found by a hidden marker and edited in place
 * on every run. Only a comment the token itself wrote AND that starts with the marker is ever
 * edited: anyone who can comment on a PR can also write the marker, and must not be able to hijack
 * (or suppress) the gate's comment. The search reads *every* page of comments — tools that read only
 * the first 30 post a duplicate on busy PRs.
 */
import { describeError, httpStatusOf } from '../errors.js';
import type { Octokit } from './octokit.js';

/** Where the comment goes and what it says. */
export interface StickyCommentArgs {
  owner: string;
  repo: string;
  /** PR (issue) number. */
  issueNumber: number;
  /** Hidden text that identifies this comment: `commentMarker(id)`, e.g. `<!-- covgate:comment-id=covgate -->`. */
  marker: string;
  /** Full Markdown body; the marker is put first when the body does not start with it. */
  body: string;
}

/** The comment after the upsert. */
export interface StickyCommentResult {
  url: string;
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** Set when the earlier comment could not be edited and a new one was posted instead: why. */
  warning?: string;
}

interface ListedComment {
  id: number;
  body?: string | null;
  user?: { login: string } | null;
  created_at: string;
  html_url: string;
}

/** The login GitHub shows on comments made with the default `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login the token's comments are authored by. A user token answers `GET /user`; an
 * installation token (GITHUB_TOKEN, a GitHub App's) gets 403 there, but GraphQL's `viewer` names its
 * bot (`github-actions`, shown as `github-actions[bot]` in REST). When both fail the default
 * token's bot is assumed.
 */
async function resolveTokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (!isRefusal(error)) throw error;
  }
  try {
    const result: { viewer: { login: string } } = await octokit.graphql('query { viewer { login } }');
    const login = result.viewer.login;
    return login.endsWith('[bot]') ? login : `${login}[bot]`;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}

/**
 * Creates the sticky comment, or updates the token's own comment that starts with `marker`. When
 * several qualify (older runs), the newest is updated and the others left alone. When the edit is
 * refused, a new comment is posted and `warning` says why. Throws the octokit RequestError on
 * other API faults (after retries); `publishResults` turns those into warnings.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  args: StickyCommentArgs,
): Promise<StickyCommentResult> {
  if (args.marker.trim() === '') throw new Error('upsertStickyComment: the marker must not be empty');
  const body = args.body.startsWith(args.marker) ? args.body : `${args.marker}\n${args.body}`;
  const where = { owner: args.owner, repo: args.repo };
  const comments: ListedComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: args.issueNumber,
    per_page: 100,
  });
  const marked = comments.filter((c) => (c.body ?? '').startsWith(args.marker));
  // Who the token is matters only when there is a candidate: the first run asks nothing more.
  const login = marked.length > 0 ? await resolveTokenLogin(octokit) : '';
  const existing = findNewest(marked.filter((c) => c.user?.login === login));
  const create = async (): Promise<StickyCommentResult> => {
    const { data } = await octokit.rest.issues.createComment({
      ...where,
      issue_number: args.issueNumber,
      body,
    });
    return { url: data.html_url, id: data.id, action: 'created' };
  };
  if (existing === undefined) return create();
  if (existing.body === body) return { url: existing.html_url, id: existing.id, action: 'unchanged' };
  try {
    const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
    return { url: data.html_url, id: data.id, action: 'updated' };
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const created = await create();
    const cause = `HTTP ${httpStatusOf(error) ?? '?'}: ${describeError(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
    return {
      ...created,
      warning: `covgate could not edit its earlier comment ${existing.html_url} (${cause}); posted a new one`,
    };
  }
}

/** 401/403/404: the token may not do this (or cannot see it); anything else is a fault. */
function isRefusal(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 401 || status === 403 || status === 404;
}

/** Newest by creation time; the id (monotonic on GitHub) breaks ties. */
function findNewest(comments: ListedComment[]): ListedComment | undefined {
  let newest: ListedComment | undefined;
  for (const c of comments) {
    if (
      newest === undefined ||
      c.created_at > newest.created_at ||
      (c.created_at === newest.created_at && c.id > newest.id)
    ) {
      newest = c;
    }
  }
  return newest;
}
