// @module-tag integration
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { testPool, useDatabase } from '../support/database.js';
import { bearer, build, json, registerUser, type TestUser } from '../helper.js';

useDatabase();

interface PostJson {
  id: number;
  authorId: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

async function createPost(app: FastifyInstance, user: TestUser, title: string): Promise<PostJson> {
  const response = await app.inject({
    method: 'POST',
    url: '/posts',
    headers: bearer(user.token),
    payload: { title, body: `${title} body` },
  });
  expect(response.statusCode).toBe(201);
  return json<PostJson>(response);
}

describe('posts', () => {
  it('creates a post owned by the caller, and reads it back', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    const post = await createPost(app, ada, 'First');
    expect(post).toMatchObject({ authorId: ada.id, title: 'First', body: 'First body' });

    const got = await app.inject({ method: 'GET', url: `/posts/${post.id}` });
    expect(got.statusCode).toBe(200);
    expect(json(got)).toEqual(post);
    const { rows } = await testPool().query('SELECT author_id, title FROM posts');
    expect(rows).toEqual([{ author_id: ada.id, title: 'First' }]);
  });

  it('lists newest first, filters by author and reports the total', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    const bob = await registerUser(app, 'bob');
    await createPost(app, ada, 'a1');
    await createPost(app, bob, 'b1');
    await createPost(app, ada, 'a2');

    const all = json<{ items: PostJson[]; total: number }>(
      await app.inject({ method: 'GET', url: '/posts' }),
    );
    expect(all.items.map((p) => p.title)).toEqual(['a2', 'b1', 'a1']);
    expect(all.total).toBe(3);

    const byAda = json<{ items: PostJson[]; total: number }>(
      await app.inject({ method: 'GET', url: `/posts?author=${ada.id}&limit=1` }),
    );
    expect(byAda.items.map((p) => p.title)).toEqual(['a2']);
    expect(byAda.total).toBe(2);
  });

  it('still reports the total on a page past the end, and 0 when there is nothing', async () => {
    const app = await build({ database: true });
    const empty = json<{ items: PostJson[]; total: number }>(
      await app.inject({ method: 'GET', url: '/posts' }),
    );
    expect(empty).toEqual({ items: [], total: 0 });
    const ada = await registerUser(app, 'ada');
    await createPost(app, ada, 'only');
    const past = json<{ items: PostJson[]; total: number }>(
      await app.inject({ method: 'GET', url: '/posts?offset=5' }),
    );
    expect(past).toEqual({ items: [], total: 1 });
  });

  it('answers 404 for a post id that does not exist', async () => {
    const app = await build({ database: true });
    const response = await app.inject({ method: 'GET', url: '/posts/424242' });
    expect(response.statusCode).toBe(404);
    expect(json(response).message).toBe('Post 424242 not found');
  });

  it('pages through many posts without gaps or repeats', { tags: ['slow'] }, async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    await testPool().query(
      "INSERT INTO posts (author_id, title, body) SELECT $1, 'p' || n, 'x' FROM generate_series(1, 250) AS n",
      [ada.id],
    );
    const seen: string[] = [];
    for (let offset = 0; offset < 250; offset += 100) {
      const page = json<{ items: PostJson[]; total: number }>(
        await app.inject({ method: 'GET', url: `/posts?limit=100&offset=${offset}` }),
      );
      expect(page.total).toBe(250);
      seen.push(...page.items.map((p) => p.title));
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe('p250');
    expect(seen[249]).toBe('p1');
  });
});
