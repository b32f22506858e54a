import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';

/** A post as the API shows it. */
export interface Post {
  id: number;
  authorId: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

interface PostRow {
  id: number;
  author_id: number;
  title: string;
  body: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, author_id, title, body, created_at, updated_at';

function toPost(row: PostRow): Post {
  return {
    id: row.id,
    authorId: row.author_id,
    title: row.title,
    body: row.body,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Which page of posts to list, newest first, optionally by one author. */
export interface ListQuery {
  limit: number;
  offset: number;
  authorId?: number;
}

/** SQL access to the posts table. */
export interface PostsRepository {
  create(authorId: number, input: { title: string; body: string }): Promise<Post>;
  list(query: ListQuery): Promise<{ items: Post[]; total: number }>;
  findById(id: number): Promise<Post | null>;
  update(id: number, changes: { title?: string; body?: string }): Promise<Post>;
  remove(id: number): Promise<void>;
}

/** Builds the posts repository over a pool. */
export function createPostsRepository(db: pg.Pool): PostsRepository {
  return {
    async create(authorId, { title, body }) {
      const { rows } = await db.query<PostRow>(
        `INSERT INTO posts (author_id, title, body) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
        [authorId, title, body],
      );
      return toPost(rows[0] as PostRow);
    },
    async list({ limit, offset, authorId }) {
      // One statement for page and total, so both see the same snapshot.
      const { rows } = await db.query<PostRow & { total: string }>(
        `SELECT ${COLUMNS}, count(*) OVER () AS total FROM posts
          WHERE $3::integer IS NULL OR author_id = $3
          ORDER BY id DESC LIMIT $1 OFFSET $2`,
        [limit, offset, authorId ?? null],
      );
      const total = rows[0] ? Number(rows[0].total) : await countPosts(db, authorId);
      return { items: rows.map(toPost), total };
    },
    async findById(id) {
      const { rows } = await db.query<PostRow>(`SELECT ${COLUMNS} FROM posts WHERE id = $1`, [id]);
      return rows[0] ? toPost(rows[0]) : null;
    },
    async update(id, { title, body }) {
      const { rows } = await db.query<PostRow>(
        `UPDATE posts SET title = COALESCE($2, title), body = COALESCE($3, body), updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, title ?? null, body ?? null],
      );
      return toPost(rows[0] as PostRow);
    },
    async remove(id) {
      await db.query('DELETE FROM posts WHERE id = $1', [id]);
    },
  };
}

/** The total when the requested page is past the end (the window count then has no row to ride on). */
async function countPosts(db: pg.Pool, authorId: number | undefined): Promise<number> {
  const { rows } = await db.query<{ total: string }>(
    'SELECT count(*) AS total FROM posts WHERE $1::integer IS NULL OR author_id = $1',
    [authorId ?? null],
  );
  return Number(rows[0]?.total ?? 0);
}

declare module 'fastify' {
  interface FastifyInstance {
    posts: PostsRepository;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    app.decorate('posts', createPostsRepository(app.db));
  },
  { name: 'posts-repository', dependencies: ['db'] },
);
