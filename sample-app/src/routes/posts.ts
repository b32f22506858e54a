import type { FastifyInstance } from 'fastify';
import { badRequest, notFound, parseId } from '../lib/http-error.js';
import type { Post } from '../plugins/app/posts-repository.js';
import {
  createPostBody,
  listPostsQuery,
  postSchema,
  updatePostBody,
  type ListPostsQuery,
  type PostBody,
} from '../schemas/index.js';

const listResponse = {
  type: 'object',
  properties: { items: { type: 'array', items: postSchema }, total: { type: 'integer' } },
} as const;

/**
 * Posts CRUD. Reading is public; creating needs a login; changing or deleting needs the author:
 * `preHandler: [authenticate, requireOwner]` is this service's `dependencies=[Depends(...)]`.
 */
export default async function postRoutes(app: FastifyInstance): Promise<void> {
  const ownerOnly = [app.authenticate, app.requireOwner];

  app.post<{ Body: PostBody }>(
    '/posts',
    { preHandler: [app.authenticate], schema: { body: createPostBody, response: { 201: postSchema } } },
    async (request, reply) => reply.code(201).send(await app.posts.create(request.user.id, request.body)),
  );

  app.get<{ Querystring: ListPostsQuery }>(
    '/posts',
    { schema: { querystring: listPostsQuery, response: { 200: listResponse } } },
    async (request) => {
      const { limit, offset, author } = request.query;
      return app.posts.list({ limit, offset, authorId: author });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/posts/:id',
    { schema: { response: { 200: postSchema } } },
    async (request) => {
      const id = parseId(request.params.id);
      if (id === null) throw badRequest(`Post id must be a positive integer, got '${request.params.id}'`);
      const post = await app.posts.findById(id);
      if (!post) throw notFound(`Post ${id} not found`);
      return post;
    },
  );

  app.patch<{ Params: { id: string }; Body: Partial<PostBody> }>(
    '/posts/:id',
    { preHandler: ownerOnly, schema: { body: updatePostBody, response: { 200: postSchema } } },
    async (request) => app.posts.update((request.post as Post).id, request.body),
  );

  app.delete<{ Params: { id: string } }>('/posts/:id', { preHandler: ownerOnly }, async (request, reply) => {
    await app.posts.remove((request.post as Post).id);
    return reply.code(204).send();
  });
}
