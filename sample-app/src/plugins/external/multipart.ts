import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Largest avatar accepted; a bigger upload is answered 413 before it is buffered whole. */
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

async function multipartPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_AVATAR_BYTES, files: 1 } });
}

export default fp(multipartPlugin, { name: 'multipart' });
