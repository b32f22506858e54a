#!/usr/bin/env node
// A local HTTP server that plays the parts of the GitHub REST API covgate talks to: issue comments
// (paginated with a real `Link` header, which octokit's paginate follows), check runs, pulls (JSON,
// the diff media type, the paginated files list), commits/:sha/pulls and the repository. It records
// every request so tests can assert on what was sent. Plain JS so `node scripts/fake-github-api.mjs`
// runs it for the demo; types are in fake-github-api.d.mts.
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by JSDoc + .d.mts */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import process from 'node:process';
import { pathToFileURL, URL } from 'node:url';
import { createRouter, fail } from './fake-github-routes.mjs';

/** @typedef {import('./fake-github-api.d.mts').FakeGitHubApi} FakeGitHubApi */
/** @typedef {import('./fake-github-api.d.mts').FakeGitHubApiOptions} FakeGitHubApiOptions */
/** @typedef {import('./fake-github-api.d.mts').FakeComment} FakeComment */
/** @typedef {import('./fake-github-api.d.mts').FakeCheckRun} FakeCheckRun */
/** @typedef {import('./fake-github-api.d.mts').FakePull} FakePull */
/** @typedef {import('./fake-github-api.d.mts').RecordedRequest} RecordedRequest */
/** @typedef {import('./fake-github-api.d.mts').FaultMatcher} FaultMatcher */

const CLOCK_START = Date.parse('2026-01-01T00:00:00Z');

/**
 * Starts the fake API on 127.0.0.1 (a random port unless `port` is given).
 * @param {FakeGitHubApiOptions} [opts]
 * @returns {Promise<FakeGitHubApi>}
 */
export async function startFakeGitHubApi(opts = {}) {
  const owner = opts.owner ?? 'octo-org';
  const repo = opts.repo ?? 'demo';
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  let nextId = 1000;
  /** Deterministic, strictly increasing timestamps: "newest" is well defined. */
  const tick = () => new Date(CLOCK_START + nextId * 1000).toISOString();
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {{ matcher: FaultMatcher, status: number, times: number, body?: unknown, headers?: Record<string, string> }[]} */
  const faults = [];
  const state = {
    /** @type {Map<number, FakeComment[]>} */ comments: new Map(),
    /** @type {FakeCheckRun[]} */ checkRuns: [],
    /** @type {Map<number, FakePull>} */ pulls: new Map(),
  };

  /** @param {number} issue @param {string} body @param {string} [login] @returns {FakeComment} */
  const addComment = (issue, body, login = 'github-actions[bot]') => {
    const id = ++nextId;
    const at = tick();
    /** @type {FakeComment} */
    const comment = {
      id,
      node_id: `IC_${id}`,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: at,
      updated_at: at,
      html_url: `${serverUrl}/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `/repos/${owner}/${repo}/issues/${issue}`,
    };
    const list = state.comments.get(issue) ?? [];
    list.push(comment);
    state.comments.set(issue, list);
    return comment;
  };
  for (const [issue, bodies] of Object.entries(opts.comments ?? {})) {
    for (const c of bodies) {
      if (typeof c === 'string') addComment(Number(issue), c);
      else addComment(Number(issue), c.body, c.login);
    }
  }
  for (const p of opts.pulls ?? []) {
    state.pulls.set(p.number, {
      state: 'open',
      title: `PR ${p.number}`,
      diff: '',
      files: [],
      ...p,
    });
  }

  const route = createRouter({
    owner,
    repo,
    serverUrl,
    opts,
    state,
    addComment,
    tick,
    newId: () => ++nextId,
  });

  /** @param {RecordedRequest} req */
  const takeFault = (req) => {
    const i = faults.findIndex((f) => matches(f.matcher, req));
    if (i < 0) return undefined;
    const f = /** @type {(typeof faults)[number]} */ (faults[i]);
    if (--f.times <= 0) faults.splice(i, 1);
    const message =
      f.status >= 500
        ? 'Server Error'
        : f.status === 403
          ? 'Resource not accessible by integration'
          : 'Fault';
    return { status: f.status, body: f.body ?? { message }, headers: f.headers };
  };

  const server = createServer((incoming, res) => {
    const chunks = /** @type {Buffer[]} */ ([]);
    incoming.on('data', (c) => chunks.push(c));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://fake.local');
      const base = `http://${incoming.headers.host ?? '127.0.0.1'}`;
      const raw = Buffer.concat(chunks).toString('utf8');
      if (url.pathname.startsWith('/_fake/')) {
        const dump = { requests, comments: Object.fromEntries(state.comments), checkRuns: state.checkRuns };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(dump));
        return;
      }
      /** @type {unknown} */
      let body = raw;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        // not JSON: keep the text
      }
      /** @type {RecordedRequest} */
      const req = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        body,
        status: 0,
      };
      requests.push(req);
      let reply;
      if (
        opts.token !== undefined &&
        !String(incoming.headers.authorization ?? '').endsWith(` ${opts.token}`)
      ) {
        reply = fail(401, 'Bad credentials');
      } else {
        reply = takeFault(req) ?? route(req, base);
      }
      req.status = reply.status;
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${requests.length}`,
        ...reply.headers,
      });
      res.end(text);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    owner,
    repo,
    requests,
    state,
    addComment,
    failNext(matcher, status, times = 1, extra = {}) {
      faults.push({ matcher, status, times, ...extra });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** @param {FaultMatcher} matcher @param {RecordedRequest} req @returns {boolean} */
function matches(matcher, req) {
  if (typeof matcher === 'function') return matcher(req);
  if (matcher.method && matcher.method.toUpperCase() !== req.method) return false;
  if (matcher.path === undefined) return true;
  return typeof matcher.path === 'string' ? matcher.path === req.path : matcher.path.test(req.path);
}

// CLI: `node scripts/fake-github-api.mjs [--port N] [--seed seed.json]` prints its URL and serves until
// killed; GET /_fake/state returns the recorded requests and state as JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seedFile = flag('--seed');
  const seed = seedFile ? JSON.parse(readFileSync(seedFile, 'utf8')) : {};
  const api = await startFakeGitHubApi({ ...seed, port: Number(flag('--port') ?? 0) });
  process.stdout.write(`${api.url}\n`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
