// The routes of the fake GitHub API (scripts/fake-github-api.mjs): what each endpoint answers,
// with GitHub's limits (comment size, 50 annotations per request, 3000 listed files, 406 for a diff
// that is too large) and its pagination (`Link` header).
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by JSDoc + .d.mts */
import { URLSearchParams } from 'node:url';

/** @typedef {import('./fake-github-api.d.mts').FakeGitHubApiOptions} FakeGitHubApiOptions */
/** @typedef {import('./fake-github-api.d.mts').FakeComment} FakeComment */
/** @typedef {import('./fake-github-api.d.mts').FakeCheckRun} FakeCheckRun */
/** @typedef {import('./fake-github-api.d.mts').FakePull} FakePull */
/** @typedef {import('./fake-github-api.d.mts').RecordedRequest} RecordedRequest */
/** @typedef {import('./fake-github-api.d.mts').FakeGitHubApi['state']} FakeState */
/** @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} Reply */

const COMMENT_MAX = 65536; // GitHub rejects longer issue comment bodies with 422
const CHECK_SUMMARY_MAX = 65535; // output.summary limit of the Checks API
const ANNOTATIONS_MAX = 50; // annotations per Checks API request
const FILES_LIST_MAX = 3000; // the pulls files list stops after 3000 files

/**
 * An error reply shaped like GitHub's.
 * @param {number} status @param {string} message @returns {Reply}
 */
export function fail(status, message) {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

/**
 * Builds the request router over `state`.
 * @param {{ owner: string, repo: string, serverUrl: string, opts: FakeGitHubApiOptions, state: FakeState,
 *   addComment: (issue: number, body: string) => FakeComment, tick: () => string, newId: () => number }} ctx
 * @returns {(req: RecordedRequest, base: string) => Reply}
 */
export function createRouter(ctx) {
  const { owner, repo, serverUrl, opts, state, addComment, tick, newId } = ctx;
  /** @param {FakePull} p */
  const pullJson = (p) => ({
    number: p.number,
    state: p.state,
    title: p.title,
    html_url: `${serverUrl}/${owner}/${repo}/pull/${p.number}`,
    head: { sha: p.head.sha, ref: p.head.ref, repo: { full_name: p.head.repo ?? `${owner}/${repo}` } },
    base: { sha: p.base.sha, ref: p.base.ref, repo: { full_name: `${owner}/${repo}` } },
    changed_files: p.files.length,
  });

  /**
   * Serves one page of `items` with the `Link` header GitHub sends.
   * @param {RecordedRequest} req @param {unknown[]} items @param {string} base @returns {Reply}
   */
  const page = (req, items, base) => {
    const perPage = Math.min(Math.max(Number(req.query.per_page ?? 30) || 30, 1), 100);
    const pageNo = Math.max(Number(req.query.page ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    /** @param {number} n @param {string} rel */
    const link = (n, rel) => {
      const q = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) });
      return `<${base}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (pageNo > 1) links.push(link(pageNo - 1, 'prev'));
    if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    if (pageNo > 1) links.push(link(1, 'first'));
    const headers = links.length > 0 ? { link: links.join(', ') } : undefined;
    return { status: 200, body: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers };
  };

  /** @param {RecordedRequest} req @param {string} base @returns {Reply} */
  return (req, base) => {
    // Who the token is: a user token answers GET /user; an installation token (GITHUB_TOKEN, an
    // App's) gets 403 there and is named by GraphQL's viewer, without the REST "[bot]" suffix.
    const login = opts.tokenLogin ?? 'github-actions[bot]';
    const isBot = login.endsWith('[bot]');
    if (req.path === '/user' && req.method === 'GET') {
      return isBot
        ? fail(403, 'Resource not accessible by integration')
        : { status: 200, body: { login, type: 'User' } };
    }
    if (req.path === '/graphql' && req.method === 'POST') {
      return { status: 200, body: { data: { viewer: { login: login.replace(/\[bot\]$/, '') } } } };
    }
    const prefix = `/repos/${owner}/${repo}`;
    if (!req.path.startsWith(`${prefix}/`) && req.path !== prefix) return fail(404, 'Not Found');
    const p = req.path.slice(prefix.length);
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    if (opts.readOnly && write) return fail(403, 'Resource not accessible by integration');
    const body = /** @type {Record<string, any>} */ (req.body ?? {});
    /** @type {RegExpExecArray | null} */
    let m;
    if (p === '' && req.method === 'GET') {
      return {
        status: 200,
        body: {
          full_name: `${owner}/${repo}`,
          default_branch: opts.defaultBranch ?? 'main',
          html_url: `${serverUrl}/${owner}/${repo}`,
        },
      };
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(p))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') return page(req, state.comments.get(issue) ?? [], base);
      if (req.method === 'POST') {
        const bad = checkCommentBody(body.body);
        if (bad) return fail(422, bad);
        return { status: 201, body: addComment(issue, body.body) };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(p))) {
      const id = Number(m[1]);
      const comment = [...state.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return fail(404, 'Not Found');
      if (req.method === 'GET') return { status: 200, body: comment };
      if (req.method === 'PATCH') {
        const bad = checkCommentBody(body.body);
        if (bad) return fail(422, bad);
        comment.body = body.body;
        comment.updated_at = tick();
        return { status: 200, body: comment };
      }
    }
    if (p === '/check-runs' && req.method === 'POST') {
      if (typeof body.name !== 'string' || typeof body.head_sha !== 'string')
        return fail(422, 'Validation Failed: name and head_sha are required');
      const bad = checkOutput(body.output);
      if (bad) return fail(422, bad);
      const id = newId();
      /** @type {FakeCheckRun} */
      const run = {
        id,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status ?? 'queued',
        conclusion: body.conclusion ?? null,
        output: {
          title: body.output?.title ?? null,
          summary: body.output?.summary ?? null,
          annotations: [...(body.output?.annotations ?? [])],
        },
        html_url: `${serverUrl}/${owner}/${repo}/runs/${id}`,
      };
      state.checkRuns.push(run);
      return { status: 201, body: run };
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(p)) && req.method === 'PATCH') {
      const id = Number(m[1]);
      const run = state.checkRuns.find((r) => r.id === id);
      if (!run) return fail(404, 'Not Found');
      const bad = checkOutput(body.output);
      if (bad) return fail(422, bad);
      if (body.status) run.status = body.status;
      if (body.conclusion) run.conclusion = body.conclusion;
      if (body.output) {
        run.output.title = body.output.title ?? run.output.title;
        run.output.summary = body.output.summary ?? run.output.summary;
        run.output.annotations.push(...(body.output.annotations ?? []));
      }
      return { status: 200, body: run };
    }
    if (p === '/pulls' && req.method === 'GET') {
      const wanted = req.query.state ?? 'open';
      // `head=owner:branch`, as GitHub filters it (the owner of the head repository).
      const head = req.query.head;
      const list = [...state.pulls.values()].filter(
        (x) =>
          (wanted === 'all' || x.state === wanted) &&
          (head === undefined ||
            `${(x.head.repo ?? `${owner}/${repo}`).split('/')[0]}:${x.head.ref}` === head),
      );
      return page(req, list.map(pullJson), base);
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(p)) && req.method === 'GET') {
      const pull = state.pulls.get(Number(m[1]));
      if (!pull) return fail(404, 'Not Found');
      if (/\bdiff\b/.test(String(req.headers.accept ?? ''))) {
        if (pull.diff === null) {
          return fail(
            406,
            "Sorry, the diff exceeded the maximum number of files (300). Consider using 'List pull requests files' API or locally cloning the repository instead.",
          );
        }
        return { status: 200, body: pull.diff, headers: { 'content-type': 'text/plain; charset=utf-8' } };
      }
      return { status: 200, body: pullJson(pull) };
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(p)) && req.method === 'GET') {
      const pull = state.pulls.get(Number(m[1]));
      if (!pull) return fail(404, 'Not Found');
      return page(req, pull.files.slice(0, FILES_LIST_MAX), base);
    }
    if ((m = /^\/commits\/([0-9a-fA-F]+)\/pulls$/.exec(p)) && req.method === 'GET') {
      const sha = m[1];
      return page(req, [...state.pulls.values()].filter((x) => x.head.sha === sha).map(pullJson), base);
    }
    return fail(404, 'Not Found');
  };
}

/** @param {unknown} body @returns {string | null} */
function checkCommentBody(body) {
  if (typeof body !== 'string') return 'Validation Failed: body is missing';
  if (body.length > COMMENT_MAX) return 'Validation Failed: body is too long (maximum is 65536 characters)';
  return null;
}

/** @param {unknown} output @returns {string | null} */
function checkOutput(output) {
  if (output === undefined) return null;
  const o = /** @type {{ title?: unknown, summary?: unknown, annotations?: unknown[] }} */ (output);
  if (typeof o.title !== 'string' || typeof o.summary !== 'string')
    return 'Validation Failed: output needs title and summary';
  if (o.summary.length > CHECK_SUMMARY_MAX)
    return 'Validation Failed: output.summary is too long (maximum is 65535 characters)';
  if ((o.annotations ?? []).length > ANNOTATIONS_MAX)
    return 'Validation Failed: only 50 annotations are allowed per request';
  return null;
}
