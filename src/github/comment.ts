/**
 * The sticky PR comment: one comment per `comment-id`, found by a hidden marker and edited in place
 * on every run. The search reads *every* page of comments — tools that read only the first 30 post
 * a duplicate on busy PRs.
 */
import type { Octokit } from './octokit.js';

/** Where the comment goes and what it says. */
export interface StickyCommentArgs {
  owner: string;
  repo: string;
  /** PR (issue) number. */
  issueNumber: number;
  /** Hidden text that identifies this comment: `commentMarker(id)`, e.g. `<!-- covgate:comment-id=covgate -->`. */
  marker: string;
  /** Full Markdown body; the marker is prepended when the body does not already contain it. */
  body: string;
}

/** The comment after the upsert. */
export interface StickyCommentResult {
  url: string;
  id: number;
  action: 'created' | 'updated' | 'unchanged';
}

interface ListedComment {
  id: number;
  body?: string | null;
  created_at: string;
  html_url: string;
}

/**
 * Creates the sticky comment, or updates the one carrying `marker`. When several carry it (left by
 * older tools), the newest is updated and the others are left alone: they are the user's data.
 * Throws the octokit RequestError on API faults (after retries); `publishResults` turns those into
 * warnings.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  args: StickyCommentArgs,
): Promise<StickyCommentResult> {
  if (args.marker.trim() === '') throw new Error('upsertStickyComment: the marker must not be empty');
  const body = args.body.includes(args.marker) ? args.body : `${args.marker}\n${args.body}`;
  const where = { owner: args.owner, repo: args.repo };
  const comments: ListedComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: args.issueNumber,
    per_page: 100,
  });
  const existing = findNewest(comments.filter((c) => (c.body ?? '').includes(args.marker)));
  if (existing === undefined) {
    const { data } = await octokit.rest.issues.createComment({
      ...where,
      issue_number: args.issueNumber,
      body,
    });
    return { url: data.html_url, id: data.id, action: 'created' };
  }
  if (existing.body === body) return { url: existing.html_url, id: existing.id, action: 'unchanged' };
  const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
  return { url: data.html_url, id: data.id, action: 'updated' };
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
