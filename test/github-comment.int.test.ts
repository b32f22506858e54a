// The sticky comment through the real octokit (retry + throttling plugins) against the local fake
// GitHub API; assertions are on the requests the fake recorded and on its state.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { upsertStickyComment } from '../src/github/comment.js';
import { createOctokit } from '../src/github/octokit.js';
import { FAST_API_TIMING } from './support/fast-api.js';
import { createRecordingLog } from './support/github-log.js';

const MARKER = '<!-- covgate:covgate -->';
let api: FakeGitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setUp(
  comments: Record<number, (string | { body: string; login: string })[]> = {},
  tokenLogin?: string,
): Promise<{ api: FakeGitHubApi; octokit: ReturnType<typeof createOctokit> }> {
  api = await startFakeGitHubApi({ comments, token: 'ghs_test', ...(tokenLogin ? { tokenLogin } : {}) });
  return { api, octokit: createOctokit('ghs_test', api.url, createRecordingLog(), FAST_API_TIMING) };
}

const where = { owner: 'octo-org', repo: 'demo', issueNumber: 7, marker: MARKER };
const writes = (a: FakeGitHubApi): string[] =>
  a.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);

describe('upsertStickyComment', () => {
  it('creates one comment on the first run and updates that same comment on the second', async () => {
    const { api, octokit } = await setUp();
    const first = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nCoverage 80%` });
    expect(first.action).toBe('created');
    expect(api.state.comments.get(7)).toHaveLength(1);
    expect(first.url).toBe(`https://github.com/octo-org/demo/pull/7#issuecomment-${first.id}`);

    const second = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nCoverage 85%` });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(api.state.comments.get(7)?.map((c) => c.body)).toEqual([`${MARKER}\nCoverage 85%`]);
    expect(writes(api)).toEqual([
      'POST /repos/octo-org/demo/issues/7/comments',
      `PATCH /repos/octo-org/demo/issues/comments/${first.id}`,
    ]);
    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ body: `${MARKER}\nCoverage 85%` });
    expect(patch?.headers.authorization).toBe('token ghs_test');
  });

  it('leaves an identical comment alone', async () => {
    const { api, octokit } = await setUp({ 7: [`${MARKER}\nsame`] });
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nsame` });
    expect(got.action).toBe('unchanged');
    expect(writes(api)).toEqual([]);
  });

  it('finds the marker on comment #115 of 120 (second page) and updates it instead of posting', async () => {
    const bodies = Array.from({ length: 120 }, (_, i) =>
      i === 114 ? `${MARKER}\nold report` : `comment ${i + 1}`,
    );
    const { api, octokit } = await setUp({ 7: bodies });
    const target = api.state.comments.get(7)?.[114];
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nnew report` });
    expect(got).toMatchObject({ action: 'updated', id: target?.id });
    expect(writes(api)).toEqual([`PATCH /repos/octo-org/demo/issues/comments/${target?.id}`]);
    const pages = api.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.query);
    expect(pages).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
    expect(api.state.comments.get(7)).toHaveLength(120);
    expect(api.state.comments.get(7)?.[114]?.body).toBe(`${MARKER}\nnew report`);
  });

  it('updates only the newest of several marked comments and keeps the others as they were', async () => {
    const { api, octokit } = await setUp({ 7: [`${MARKER} first`, 'chatter', `${MARKER} second`, 'more'] });
    const [oldest, , newest] = api.state.comments.get(7) ?? [];
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER} third` });
    expect(got.id).toBe(newest?.id);
    expect(api.state.comments.get(7)?.map((c) => c.body)).toEqual([
      `${MARKER} first`,
      'chatter',
      `${MARKER} third`,
      'more',
    ]);
    expect(writes(api)).toEqual([`PATCH /repos/octo-org/demo/issues/comments/${newest?.id}`]);
    expect(oldest?.updated_at).toBe(oldest?.created_at);
  });

  it('adds the marker when the body lacks it, and keeps comment ids apart', async () => {
    const { api, octokit } = await setUp();
    await upsertStickyComment(octokit, { ...where, body: 'app report' });
    await upsertStickyComment(octokit, { ...where, marker: '<!-- covgate:api -->', body: 'api report' });
    await upsertStickyComment(octokit, { ...where, body: 'app report 2' });
    expect(api.state.comments.get(7)?.map((c) => c.body)).toEqual([
      `${MARKER}\napp report 2`,
      '<!-- covgate:api -->\napi report',
    ]);
  });

  it('throws the API error (for publishResults to report) when the token is refused', async () => {
    const { api, octokit } = await setUp();
    api.failNext({ method: 'POST' }, 403);
    await expect(upsertStickyComment(octokit, { ...where, body: 'x' })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("edits only the token's own comment that STARTS with the marker, never a stranger's or a quote", async () => {
    const { api, octokit } = await setUp({
      7: [
        `${MARKER}\nour report`,
        { body: `${MARKER}\nforged by mallory`, login: 'mallory' },
        { body: `As the bot said in ${MARKER}, coverage dropped`, login: 'maintainer' },
      ],
    });
    const [ours, mallory, note] = api.state.comments.get(7) ?? [];
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nnew report` });
    expect(got).toMatchObject({ action: 'updated', id: ours?.id });
    expect(api.state.comments.get(7)?.map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', `${MARKER}\nnew report`],
      ['mallory', `${MARKER}\nforged by mallory`],
      ['maintainer', `As the bot said in ${MARKER}, coverage dropped`],
    ]);
    expect(mallory?.updated_at).toBe(mallory?.created_at);
    expect(note?.updated_at).toBe(note?.created_at);
    // GITHUB_TOKEN: GET /user is refused, GraphQL's viewer names the bot.
    expect(api.requests.map((r) => `${r.method} ${r.path} ${r.status}`).slice(1, 3)).toEqual([
      'GET /user 403',
      'POST /graphql 200',
    ]);
  });

  it("with only a stranger's marked comment, posts its own; a user token is known from GET /user", async () => {
    const { api, octokit } = await setUp(
      { 7: [{ body: `${MARKER}\nforged`, login: 'mallory' }, `${MARKER}\nby the actions bot`] },
      'release-bot',
    );
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nreport` });
    expect(got.action).toBe('created');
    expect(api.state.comments.get(7)?.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\nforged`],
      ['github-actions[bot]', `${MARKER}\nby the actions bot`],
      ['github-actions[bot]', `${MARKER}\nreport`],
    ]);
    expect(api.requests.some((r) => r.path === '/graphql')).toBe(false);
  });

  it('when the edit of its own comment is refused, posts a new one and says why', async () => {
    const { api, octokit } = await setUp({ 7: [`${MARKER}\nold`] });
    api.failNext({ method: 'PATCH' }, 403);
    const got = await upsertStickyComment(octokit, { ...where, body: `${MARKER}\nnew` });
    expect(got.action).toBe('created');
    expect(got.warning).toMatch(
      /^covgate could not edit its earlier comment https:\/\/github\.com\/octo-org\/demo\/pull\/7#issuecomment-\d+ \(HTTP 403: Resource not accessible by integration\); posted a new one$/,
    );
    expect(api.state.comments.get(7)?.map((c) => c.body)).toEqual([`${MARKER}\nold`, `${MARKER}\nnew`]);
  });
});
