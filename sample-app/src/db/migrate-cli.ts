// `npm run migrate`: apply pending migrations to DATABASE_URL (or TEST_DATABASE_URL) and exit.
import pg from 'pg';
import { migrate } from './migrate.js';

const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set (nor TEST_DATABASE_URL): set it to a postgres:// URL.');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: url });
try {
  const applied = await migrate(pool);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await pool.end();
}
