// Real PostgreSQL for the integration tests. Each Vitest worker gets its own schema (two test files
// run at once on 2 cores), migrated fresh by the service's own migrate module once per file, and the
// tables are emptied before each test.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { migrate } from '../../src/db/migrate.js';

/** The server under test, from the same variables the service reads (covgate sets both). */
export function baseDatabaseUrl(): string {
  const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need PostgreSQL: set DATABASE_URL (or TEST_DATABASE_URL) to a postgres:// URL, ' +
        'or run only the unit tests with `npm run test:unit`.',
    );
  }
  return url;
}

/** This worker's schema. */
export function workerSchema(): string {
  return `sample_test_w${process.env.VITEST_POOL_ID ?? '0'}`;
}

/** The base URL with `search_path` pinned to this worker's schema, for the app and for checks. */
export function testDatabaseUrl(): string {
  const url = new URL(baseDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${workerSchema()}`);
  return url.toString();
}

let pool: pg.Pool | null = null;

/** A pool on this worker's schema, for reading what the app wrote. Valid inside useDatabase(). */
export function testPool(): pg.Pool {
  if (!pool) throw new Error('testPool() is only available in a file that calls useDatabase()');
  return pool;
}

/** Registers the hooks: fresh migrated schema before the file, empty tables before each test. */
export function useDatabase(): void {
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
    await pool.query(`DROP SCHEMA IF EXISTS ${workerSchema()} CASCADE`);
    await pool.query(`CREATE SCHEMA ${workerSchema()}`);
    await migrate(pool);
  });
  beforeEach(async () => {
    await testPool().query('TRUNCATE users, posts RESTART IDENTITY CASCADE');
  });
  afterAll(async () => {
    await pool?.end();
    pool = null;
  });
}
