/**
 * "Ready" means what the tests will do: an authenticated TCP connection with the generated
 * credentials that answers a query. An open port or pg_isready is not enough.
 */
import pg from 'pg';
import { quoteIdentifier, type ConnectionTarget } from './address.js';

/** SQLSTATEs and socket errors that mean "not yet", not "never". */
const TRANSIENT = new Set(['57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
const RETRY_DELAY_MS = 25;

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

async function withClient<T>(
  target: ConnectionTarget,
  timeoutMs: number,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ ...target, connectionTimeoutMillis: Math.max(1000, timeoutMs) });
  // An 'error' event after connect (server going away) must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Retries `work` on a fresh connection until it succeeds or `deadline` (epoch ms) passes; only
 * transient errors are retried. Rejects with the last error.
 */
async function retryUntil<T>(
  target: ConnectionTarget,
  deadline: number,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      return await withClient(target, deadline - Date.now(), work);
    } catch (error) {
      const code = codeOf(error);
      if (!code || !TRANSIENT.has(code) || Date.now() + RETRY_DELAY_MS >= deadline) throw error;
      await new Promise((wait) => setTimeout(wait, RETRY_DELAY_MS));
    }
  }
}

/**
 * Creates `target.database` (connected to the `postgres` maintenance database as the superuser)
 * unless it exists, then proves readiness with `SELECT 1` on it.
 */
export async function createDatabaseAndCheck(target: ConnectionTarget, deadline: number): Promise<void> {
  if (target.database !== 'postgres') {
    await retryUntil({ ...target, database: 'postgres' }, deadline, async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [target.database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`);
    });
  }
  await retryUntil(target, deadline, async (client) => {
    const result = await client.query<{ ok: number }>('SELECT 1 AS ok');
    if (result.rows[0]?.ok !== 1) throw new Error('SELECT 1 returned no row');
  });
}
