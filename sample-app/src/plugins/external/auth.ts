import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthorized } from '../../lib/http-error.js';

/** What a token carries, and what `request.user` is after `authenticate`. */
export interface TokenClaims {
  id: number;
  email: string;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims;
    user: TokenClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler hook: 401 unless the request has a valid bearer token; sets `request.user`. */
    authenticate: (request: FastifyRequest) => Promise<void>;
  }
}

async function authPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyJwt, { secret: app.config.jwtSecret, sign: { expiresIn: '1h' } });
  app.decorate('authenticate', async (request: FastifyRequest): Promise<void> => {
    try {
      await request.jwtVerify();
    } catch {
      throw unauthorized('Missing or invalid bearer token');
    }
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['env'] });
