/**
 * Where the tests connect: the loopback address, the port the server gets (the preferred one when
 * nothing listens on it, else one the kernel hands out), and the URL and libpq variables.
 */
import { createServer } from 'node:net';

/** The loopback address the server listens on (and nothing else). */
export const LOOPBACK = '127.0.0.1';

/** Listens on the port briefly; resolves to the bound port, or undefined when it is taken. */
function tryListen(port: number): Promise<number | undefined> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(undefined));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => done(bound));
    });
  });
}

/** Returns a port that is free right now on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  const port = await tryListen(0);
  if (port === undefined) throw new Error('could not get a free TCP port on 127.0.0.1');
  return port;
}

/**
 * Returns `preferred` when nothing listens on 127.0.0.1:preferred (a listener on 0.0.0.0 counts as
 * taken), else a free port; `changed` says which.
 */
export async function choosePort(preferred: number): Promise<{ port: number; changed: boolean }> {
  if ((await tryListen(preferred)) !== undefined) return { port: preferred, changed: false };
  return { port: await findFreePort(), changed: true };
}

/** Where and as whom to connect. */
export interface ConnectionTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Builds `postgresql://user:pass@host:port/db` with every part percent-encoded. */
export function buildDatabaseUrl(target: ConnectionTarget): string {
  const user = encodeURIComponent(target.user);
  const password = encodeURIComponent(target.password);
  const database = encodeURIComponent(target.database);
  return `postgresql://${user}:${password}@${target.host}:${target.port}/${database}`;
}

/** Builds PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE, the variables psql and libpq read. */
export function buildPgEnv(target: ConnectionTarget): Record<string, string> {
  return {
    PGHOST: target.host,
    PGPORT: String(target.port),
    PGUSER: target.user,
    PGPASSWORD: target.password,
    PGDATABASE: target.database,
  };
}

/** Replaces every occurrence of the secret (and its URL-encoded form) in text with `***`. */
export function maskSecret(text: string, secret: string): string {
  if (secret === '') return text;
  let masked = text.split(secret).join('***');
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) masked = masked.split(encoded).join('***');
  return masked;
}

/** Quotes an SQL identifier: `"name"`, doubling embedded quotes. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
