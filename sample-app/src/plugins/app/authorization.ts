import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest, forbidden, notFound, parseId } from '../../lib/http-error.js';
import type { Post } from './posts-repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * preHandler hook for `/posts/:id` routes that change a post; runs after `authenticate`.
     * 400 for a malformed id, 404 for a missing post, 403 unless the caller wrote it;
     * otherwise the post is on `request.post` for the handler.
     */
    requireOwner: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    post: Post | null;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    app.decorateRequest('post', null);
    app.decorate('requireOwner', async (request: FastifyRequest): Promise<void> => {
      const raw = (request.params as { id?: string }).id;
      const id = parseId(raw);
      if (id === null) {
        throw badRequest(`Post id must be a positive integer, got '${String(raw)}'`);
      }
      const post = await app.posts.findById(id);
      if (!post) {
        throw notFound(`Post ${id} not found`);
      }
      if (post.authorId !== request.user.id) {
        throw forbidden('Only the author of a post may change it');
      }
      request.post = post;
    });
  },
  { name: 'authorization', dependencies: ['auth', 'posts-repository'] },
);
