// Unbounded waits and network faults (issue 12 item 8) through the real octokit: a server that
// accepts the connection and never answers, a port that refuses connections, and a secondary rate
// limit that asks for an hour. Each must end in bounded time with a warning that says what happened.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { createOctokit } from '../src/github/octokit.js';
import { publishResults, type PublishArgs } from '../src/github/publish.js';
import { FAST_API_TIMING } from './support/fast-api.js';
import { createRecordingLog } from './support/github-log.js';

const MARKER = '<!-- covgate:covgate -->';
const ARGS: PublishArgs = {
  owner: 'octo-org',
  repo: 'demo',
  pullNumber: 7,
  headSha: 'f'.repeat(40),
  comment: { enabled: true, marker: MARKER, body: `${MARKER}\nreport` },
  check: null,
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A server that takes every request and never answers; `mid-body` sends headers and half a body. */
async function startStallingServer(how: 'silent' | 'mid-body'): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const open: ServerResponse[] = [];
  const server: Server = createServer((_req, res) => {
    hits++;
    open.push(res);
    if (how === 'mid-body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('[{"id": 1,');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const res of open) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

/** A port that nothing listens on (bound once to get a free number, then closed). */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('GitHub API calls have deadlines and name network faults', () => {
  it.each(['silent', 'mid-body'] as const)(
    'gives up on a stalled API (%s) after the per-request deadline and its retries, with a warning',
    async (how) => {
      const server = await startStallingServer(how);
      const log = createRecordingLog();
      const octokit = createOctokit('ghs_test', server.url, log, {
        ...FAST_API_TIMING,
        requestTimeoutMs: 300,
      });
      const started = Date.now();
      const result = await publishResults(octokit, ARGS, log);
      const elapsed = Date.now() - started;
      const host = new URL(server.url).host;
      expect(result).toEqual({
        commentUrl: null,
        checkUrl: null,
        checkRefused: false,
        warnings: [`covgate could not post the PR comment: no answer from ${host} within 0.3 s`],
      });
      // the first request (list comments) and its 3 retries, each cut at 300 ms
      expect(server.hits()).toBe(4);
      expect(elapsed).toBeGreaterThanOrEqual(4 * 300);
      expect(elapsed).toBeLessThan(10_000);
    },
  );

  it('reports a refused connection as a network error naming the host, not as HTTP 500', async () => {
    const port = await refusedPort();
    const log = createRecordingLog();
    const octokit = createOctokit('ghs_test', `http://127.0.0.1:${port}`, log, FAST_API_TIMING);
    const result = await publishResults(octokit, { ...ARGS, check: { ...CHECK } }, log);
    expect(result.warnings).toEqual([
      `covgate could not post the PR comment: network error reaching 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
      `covgate could not publish the check run "coverage": network error reaching 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    expect(log.warnings.join('\n')).not.toMatch(/HTTP 500/);
  });

  it('does not wait out a secondary rate limit whose retry-after is over the cap', async () => {
    const api: FakeGitHubApi = await startFakeGitHubApi({});
    cleanups.push(() => api.close());
    api.failNext({ method: 'POST' }, 403, 1, {
      body: { message: 'You have exceeded a secondary rate limit. Please wait before you try again.' },
      headers: { 'retry-after': '3600' },
    });
    const log = createRecordingLog();
    // real GitHub timing here: if the cap did not hold, this test would sleep for an hour
    const octokit = createOctokit('ghs_test', api.url, log, { writeIntervalMs: 0 });
    const started = Date.now();
    const result = await publishResults(octokit, ARGS, log);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403]);
    expect(log.infos).toContainEqual(
      'GitHub API secondary rate limit (POST /repos/{owner}/{repo}/issues/{issue_number}/comments); giving up: it asks for 3600 s, covgate waits at most 60 s',
    );
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^covgate could not post the PR comment: HTTP 403: You have exceeded a secondary rate limit/,
      ),
    ]);
  });
});

const CHECK: NonNullable<PublishArgs['check']> = {
  name: 'coverage',
  conclusion: 'success',
  title: 't',
  summary: 's',
  annotations: [],
};
