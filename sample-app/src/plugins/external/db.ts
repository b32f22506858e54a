import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';

declare module 'fastify' {
  interface FastifyInstance {
    db: pg.Pool;
  }
}

/**
 * One PostgreSQL pool per app, from the config's URL. The pool connects lazily, so building the app
 * (as the unit tests do) opens no connection; closing the app ends the pool.
 */
async function dbPlugin(app: FastifyInstance): Promise<void> {
  const pool = new pg.Pool({ connectionString: app.config.databaseUrl, max: 5 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) => app.log.warn({ err: error }, 'idle PostgreSQL client error'));
  app.decorate('db', pool);
  app.addHook('onClose', async () => {
    await pool.end();
  });
}

export default fp(dbPlugin, { name: 'db', dependencies: ['env'] });
