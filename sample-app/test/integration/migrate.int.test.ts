// @module-tag integration
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listMigrations, migrate, MIGRATIONS_DIR } from '../../src/db/migrate.js';
import { testPool, useDatabase } from '../support/database.js';

useDatabase();

const scratch: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sample-app-migrations-'));
  scratch.push(dir);
  await Promise.all(Object.entries(files).map(([name, sql]) => writeFile(join(dir, name), sql)));
  return dir;
}

describe('migrate', () => {
  it('has applied the shipped migrations in order, and a second run applies nothing', async () => {
    const { rows } = await testPool().query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY applied_at, name',
    );
    expect(rows.map((row) => row.name)).toEqual(['001_users.sql', '002_posts.sql']);
    expect(await migrate(testPool())).toEqual([]);
  });

  it('orders files by their number, not as text, and ignores other files', async () => {
    const dir = await migrationsDir({
      '10_c.sql': '',
      '2_b.sql': '',
      '1_a.sql': '',
      'README.md': '',
      'x.sql': '',
    });
    expect(await listMigrations(dir)).toEqual(['1_a.sql', '2_b.sql', '10_c.sql']);
    expect(await listMigrations(MIGRATIONS_DIR)).toEqual(['001_users.sql', '002_posts.sql']);
  });

  it('applies only new files, and rolls a failing one back, naming it', async () => {
    const dir = await migrationsDir({
      '001_users.sql': 'SELECT 1',
      '002_posts.sql': 'SELECT 1',
      '003_tags.sql': 'CREATE TABLE tags (name text PRIMARY KEY)',
      '004_broken.sql': 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table',
    });
    await expect(migrate(testPool(), dir)).rejects.toThrow(
      'Migration 004_broken.sql failed: relation "no_such_table" does not exist',
    );
    const tables = await testPool().query<{ t: string | null; h: string | null }>(
      "SELECT to_regclass('tags')::text AS t, to_regclass('half_done')::text AS h",
    );
    expect(tables.rows[0]).toEqual({ t: 'tags', h: null });
    const { rows } = await testPool().query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    expect(rows.map((row) => row.name)).toEqual(['001_users.sql', '002_posts.sql', '003_tags.sql']);
  });
});
