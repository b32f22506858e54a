import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { badRequest, unauthorized, unsupportedMediaType } from '../lib/http-error.js';
import { detectImageType } from '../lib/image-type.js';
import { userSchema } from '../schemas/index.js';

/** GET /users/me and POST /users/me/avatar; both behind `authenticate`. */
export default async function userRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/users/me',
    { preHandler: [app.authenticate], schema: { response: { 200: userSchema } } },
    async (request) => {
      const user = await app.users.findById(request.user.id);
      // A valid token for a deleted account is no longer a valid identity.
      if (!user) throw unauthorized('The account of this token no longer exists');
      return user;
    },
  );

  app.post('/users/me/avatar', { preHandler: [app.authenticate] }, async (request, reply) => {
    if (!request.isMultipart()) {
      throw unsupportedMediaType('Send the avatar as multipart/form-data with one file field');
    }
    const file = await request.file();
    if (!file) throw badRequest('The upload has no file');
    const bytes = await file.toBuffer(); // 413 past MAX_AVATAR_BYTES (plugins/external/multipart.ts)
    const type = detectImageType(bytes);
    if (!type) throw unsupportedMediaType('The avatar must be a JPEG or PNG image');
    const key = `avatars/${request.user.id}/${randomUUID()}.${type.ext}`;
    await app.storage.putObject(key, bytes, type.mime);
    await app.users.setAvatar(request.user.id, key);
    return reply.code(201).send({ key, contentType: type.mime, size: bytes.length });
  });
}
