// Types of scripts/fake-github-api.mjs, so TypeScript tests import the fake API typed.
import type { IncomingHttpHeaders } from 'node:http';

/** One request as the fake API received it (faults and errors included). */
export interface RecordedRequest {
  method: string;
  /** URL path without the query, e.g. `/repos/octo-org/demo/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the raw text when it was not JSON, or `undefined` when empty. */
  body: unknown;
  /** HTTP status the fake answered with. */
  status: number;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
  html_url: string;
  issue_url: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  title?: string;
  message: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  /** `annotations` accumulates over the create and every update, as GitHub does. */
  output: { title: string | null; summary: string | null; annotations: FakeAnnotation[] };
  html_url: string;
}

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  /** Missing for binary files and for patches GitHub truncates. */
  patch?: string;
  previous_filename?: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  head: { sha: string; ref: string; /** `owner/repo` of a fork */ repo?: string };
  base: { sha: string; ref: string };
  /** Served for `Accept: application/vnd.github.diff`; `null` answers 406 "diff too large". */
  diff: string | null;
  files: FakePullFile[];
}

export interface FakeGitHubApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  owner?: string;
  repo?: string;
  /** Base of html_url links, default `https://github.com`. */
  serverUrl?: string;
  defaultBranch?: string;
  /** When set, requests whose Authorization header does not end with it get 401. */
  token?: string;
  /**
   * Login of the token: ending in `[bot]` (default `github-actions[bot]`) it is an installation
   * token (GET /user is 403, GraphQL viewer names it); else a user token that GET /user answers.
   */
  tokenLogin?: string;
  /** Every write answers 403 "Resource not accessible by integration", like a fork PR's token. */
  readOnly?: boolean;
  /** Comments present before the run, per issue number. */
  comments?: Record<number, (string | { body: string; login?: string })[]>;
  pulls?: (Pick<FakePull, 'number' | 'head' | 'base'> & Partial<FakePull>)[];
}

/** Which requests a fault applies to: method and/or path (exact or RegExp), or a predicate. */
export type FaultMatcher = { method?: string; path?: string | RegExp } | ((req: RecordedRequest) => boolean);

export interface FakeGitHubApi {
  /** `http://127.0.0.1:<port>`: pass as the API base URL (GITHUB_API_URL). */
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  state: {
    comments: Map<number, FakeComment[]>;
    checkRuns: FakeCheckRun[];
    pulls: Map<number, FakePull>;
  };
  /** Adds a comment as if someone had posted it (login defaults to `github-actions[bot]`). */
  addComment(issue: number, body: string, login?: string): FakeComment;
  /** The next `times` (default 1) requests that match get `status` (with an optional body/headers). */
  failNext(
    matcher: FaultMatcher,
    status: number,
    times?: number,
    extra?: { body?: unknown; headers?: Record<string, string> },
  ): void;
  close(): Promise<void>;
}

export function startFakeGitHubApi(opts?: FakeGitHubApiOptions): Promise<FakeGitHubApi>;
