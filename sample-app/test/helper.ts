// Builds the app for a test and closes it when that test finishes (fastify/demo's test/helper.ts
// idea, with Vitest's onTestFinished playing node:test's t.after). External services are already
// replaced by the setup file, whatever a test does.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { onTestFinished } from 'vitest';
import { buildApp } from '../src/app.js';
import { testDatabaseUrl } from './support/database.js';

export const TEST_JWT_SECRET = 'sample-app-test-secret-0123456789';

// Unit tests never query; if one does by mistake, it fails fast on this closed port instead of
// touching a real database. Port 9 (discard) on loopback is never a PostgreSQL server.
const NO_DATABASE_URL = 'postgres://unit-tests-have-no-database@127.0.0.1:9/none';

/** Options of build(). */
export interface BuildTestAppOptions {
  /** Connect to the worker's test schema (integration tests, after useDatabase()). */
  database?: boolean;
  /** Extra environment on top of the test defaults. */
  env?: Record<string, string | undefined>;
  /** Passed to buildApp: add probe routes before ready(). */
  beforeReady?: (app: FastifyInstance) => void;
}

/** Builds the app for the current test; it is closed automatically when the test ends. */
export async function build(options: BuildTestAppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    env: {
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: options.database ? testDatabaseUrl() : NO_DATABASE_URL,
      S3_BUCKET: 'test-avatars',
      MAIL_FROM: 'Sample App <no-reply@sample-app.test>',
      ...options.env,
    },
    beforeReady: options.beforeReady,
  });
  onTestFinished(() => app.close());
  return app;
}

/** Parses a JSON response body. */
export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json<T>();
}

/** An Authorization header for a token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A user registered and logged in through the API. */
export interface TestUser {
  id: number;
  email: string;
  token: string;
}

/** Registers a user through POST /auth/register and logs in through POST /auth/login. */
export async function registerUser(app: FastifyInstance, name: string): Promise<TestUser> {
  const email = `${name}@example.test`;
  const password = `${name}-password-1`;
  const created = await app.inject({
    method: 'POST',
    url: '/auth/register',
    payload: { email, password, displayName: name },
  });
  if (created.statusCode !== 201) throw new Error(`register ${name}: ${created.statusCode} ${created.body}`);
  const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } });
  return { id: json<{ id: number }>(created).id, email, token: json<{ token: string }>(login).token };
}

/** A multipart/form-data body with one file field, for app.inject. */
export function multipartFile(
  field: string,
  filename: string,
  contentType: string,
  bytes: Buffer,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sample-app-test-boundary';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The first bytes of real PNG / JPEG / GIF files, padded: enough for magic-byte detection. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(24, 1),
]);
export const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(24, 2)]);
export const GIF_BYTES = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(24, 3)]);
