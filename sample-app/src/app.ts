import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import authorization from './plugins/app/authorization.js';
import mailer from './plugins/app/mailer.js';
import postsRepository from './plugins/app/posts-repository.js';
import queue from './plugins/app/queue.js';
import storage from './plugins/app/storage.js';
import usersRepository from './plugins/app/users-repository.js';
import auth from './plugins/external/auth.js';
import db from './plugins/external/db.js';
import env from './plugins/external/env.js';
import multipart from './plugins/external/multipart.js';
import authRoutes from './routes/auth.js';
import postRoutes from './routes/posts.js';
import userRoutes from './routes/users.js';

/** Options of buildApp. */
export interface BuildOptions {
  /** Fastify logger setting (off by default, so tests stay quiet). */
  logger?: FastifyServerOptions['logger'];
  /** Variables to configure from instead of process.env. */
  env?: Record<string, string | undefined>;
  /** Called after the routes are registered and before `ready()`: tests add probe routes here. */
  beforeReady?: (app: FastifyInstance) => void;
}

/**
 * Registers the service on a Fastify instance: external plugins first (env, Postgres, JWT,
 * multipart), then the app's services, then the routes and the central error handling.
 */
export async function registerApp(app: FastifyInstance, options: BuildOptions): Promise<void> {
  await app.register(env, { env: options.env });
  await app.register(db);
  await app.register(auth);
  await app.register(multipart);

  await app.register(usersRepository);
  await app.register(postsRepository);
  await app.register(storage);
  await app.register(mailer);
  await app.register(queue);
  await app.register(authorization);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.code(400).send({ error: 'Bad Request', message: error.message });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // Details go to the log, never to the client.
      request.log.error({ err: error }, 'unhandled error');
      return reply.code(500).send({ error: 'Internal Server Error', message: 'Something went wrong' });
    }
    return reply.code(status).send({ error: STATUS_CODES[status] ?? 'Error', message: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'Not Found', message: `No route ${request.method} ${request.url}` }),
  );

  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(postRoutes);
}

/** Builds the ready-to-use app; `server.ts` listens on it, tests call `app.inject` on it. */
export async function buildApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  await registerApp(app, options);
  options.beforeReady?.(app);
  await app.ready();
  return app;
}
