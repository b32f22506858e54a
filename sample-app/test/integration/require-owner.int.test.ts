// @module-tag integration
// Every case of the requireOwner hook, on both routes that use it. The dogfood test of covgate
// (test/dogfood.int.test.ts at the repo root) drops the "another user" cases with -t to show that the
// gate catches the lost branch, so keep those words in their names.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { testPool, useDatabase } from '../support/database.js';
import { bearer, build, json, registerUser, type TestUser } from '../helper.js';

useDatabase();

interface World {
  app: FastifyInstance;
  owner: TestUser;
  other: TestUser;
  postId: number;
}

async function setUp(): Promise<World> {
  const app = await build({ database: true });
  const owner = await registerUser(app, 'owner');
  const other = await registerUser(app, 'other');
  const created = await app.inject({
    method: 'POST',
    url: '/posts',
    headers: bearer(owner.token),
    payload: { title: 'Original', body: 'Original body' },
  });
  return { app, owner, other, postId: json<{ id: number }>(created).id };
}

async function titleOf(postId: number): Promise<string | undefined> {
  const { rows } = await testPool().query<{ title: string }>('SELECT title FROM posts WHERE id = $1', [
    postId,
  ]);
  return rows[0]?.title;
}

const change = {
  update: { method: 'PATCH', payload: { title: 'Changed' } },
  delete: { method: 'DELETE', payload: undefined },
} as const;

describe('requireOwner', { tags: ['auth'] }, () => {
  it('lets the owner update the post', async () => {
    const { app, owner, postId } = await setUp();
    const response = await app.inject({
      method: 'PATCH',
      url: `/posts/${postId}`,
      headers: bearer(owner.token),
      payload: { title: 'Changed' },
    });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      id: postId,
      authorId: owner.id,
      title: 'Changed',
      body: 'Original body',
    });
    expect(await titleOf(postId)).toBe('Changed');
  });

  it('lets the owner delete the post', async () => {
    const { app, owner, postId } = await setUp();
    const response = await app.inject({
      method: 'DELETE',
      url: `/posts/${postId}`,
      headers: bearer(owner.token),
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(await titleOf(postId)).toBeUndefined();
  });

  it.each(['update', 'delete'] as const)('forbids another user to %s the post (403)', async (action) => {
    const { app, other, postId } = await setUp();
    const response = await app.inject({
      method: change[action].method,
      url: `/posts/${postId}`,
      headers: bearer(other.token),
      payload: change[action].payload,
    });
    expect(response.statusCode).toBe(403);
    expect(json(response)).toEqual({
      error: 'Forbidden',
      message: 'Only the author of a post may change it',
    });
    expect(await titleOf(postId)).toBe('Original');
  });

  it.each(['update', 'delete'] as const)('answers 401 to an anonymous %s', async (action) => {
    const { app, postId } = await setUp();
    const response = await app.inject({
      method: change[action].method,
      url: `/posts/${postId}`,
      payload: change[action].payload,
    });
    expect(response.statusCode).toBe(401);
    expect(await titleOf(postId)).toBe('Original');
  });

  it.each(['update', 'delete'] as const)('answers 404 to an %s of a missing post', async (action) => {
    const { app, owner } = await setUp();
    const response = await app.inject({
      method: change[action].method,
      url: '/posts/999999',
      headers: bearer(owner.token),
      payload: change[action].payload,
    });
    expect(response.statusCode).toBe(404);
    expect(json(response).message).toBe('Post 999999 not found');
  });

  it.each(['update', 'delete'] as const)('answers 400 to an %s with a malformed id', async (action) => {
    const { app, owner } = await setUp();
    const response = await app.inject({
      method: change[action].method,
      url: '/posts/12abc',
      headers: bearer(owner.token),
      payload: change[action].payload,
    });
    expect(response.statusCode).toBe(400);
    expect(json(response).message).toBe("Post id must be a positive integer, got '12abc'");
  });

  it('rejects an empty update from the owner with 400 and changes nothing', async () => {
    const { app, owner, postId } = await setUp();
    const response = await app.inject({
      method: 'PATCH',
      url: `/posts/${postId}`,
      headers: bearer(owner.token),
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(json(response).message).toBe('body must NOT have fewer than 1 properties');
    expect(await titleOf(postId)).toBe('Original');
  });
});
