/**
 * The check run: the verdict on the head commit, with annotations on uncovered changed lines. The
 * Checks API takes at most 50 annotations per request, so the first 50 go with the create and the
 * rest in updates (GitHub appends annotations on every update).
 */
import { CHECK_ANNOTATIONS_PER_REQUEST, type Annotation } from '../report/annotations.js';
import type { Octokit } from './octokit.js';

/**
 * At most this many annotations per check run, whatever the report says: each 50 cost one request
 * (about a second, and the token's rate budget), and a publish-mode report is written by the PR's
 * own run, so its size must not choose covgate's cost. The summary says how many were left out.
 */
export const CHECK_ANNOTATIONS_TOTAL_MAX = 150;

/** The Checks API rejects an `output.summary` longer than this (characters). */
export const CHECK_SUMMARY_MAX = 65535;

/** What the check run says. */
export interface CheckRunArgs {
  owner: string;
  repo: string;
  headSha: string;
  /** The `check-name` input. */
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: Annotation[];
}

type ApiAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
};

/**
 * Creates a completed check run on `headSha` and attaches the annotations (at most
 * {@link CHECK_ANNOTATIONS_TOTAL_MAX}), 50 per request.
 * Throws the octokit RequestError on API faults (after retries).
 */
export async function publishCheckRun(
  octokit: Octokit,
  args: CheckRunArgs,
): Promise<{ url: string; id: number }> {
  const kept = args.annotations.slice(0, CHECK_ANNOTATIONS_TOTAL_MAX);
  const batches = chunk(kept.map(toApiAnnotation), CHECK_ANNOTATIONS_PER_REQUEST);
  const left = args.annotations.length - kept.length;
  const summary =
    left > 0 ? `${args.summary}\n\n+${left} more uncovered ranges are not annotated.` : args.summary;
  const output = { title: args.title, summary: capSummary(summary) };
  const where = { owner: args.owner, repo: args.repo };
  const { data } = await octokit.rest.checks.create({
    ...where,
    name: args.name,
    head_sha: args.headSha,
    status: 'completed',
    conclusion: args.conclusion,
    output: { ...output, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      ...where,
      check_run_id: data.id,
      output: { ...output, annotations: batch },
    });
  }
  return { url: data.html_url ?? '', id: data.id };
}

function toApiAnnotation(a: Annotation): ApiAnnotation {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Cuts an over-long summary at a line break and says so, rather than having the API reject it. */
function capSummary(summary: string): string {
  if (summary.length <= CHECK_SUMMARY_MAX) return summary;
  const note = '\n\n… (truncated: the full report is in the job summary)';
  const cut = summary.slice(0, CHECK_SUMMARY_MAX - note.length);
  const lastBreak = cut.lastIndexOf('\n');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut) + note;
}
