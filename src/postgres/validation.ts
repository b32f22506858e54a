/**
 * Checks of the postgres-* inputs and the random password. Pure: strings in, messages out, so
 * `inputs.ts` can report every bad input at once before anything is started.
 */
import { randomBytes } from 'node:crypto';

/** Names PostgreSQL accepts unquoted-style: a letter or `_`, then letters, digits, `_` or `$`. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*$/;
/** Database names may also hold `-` (we always quote them). */
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_$-]*$/;
/** PostgreSQL truncates identifiers longer than this many bytes. */
const MAX_IDENTIFIER_BYTES = 63;
const MIN_PORT = 1024;
const MAX_PORT = 65535;

function checkVersion(value: string): string | undefined {
  if (value === '') return undefined;
  if (/^\d+$/.test(value) && Number(value) >= 10) return undefined;
  return (
    `Invalid postgres-version '${value}'. Expected a major version of 10 or later such as 16 ` +
    '(no minor part), or leave it empty for the newest installed.'
  );
}

function checkUser(value: string): string | undefined {
  if (!IDENTIFIER.test(value) || Buffer.byteLength(value) > MAX_IDENTIFIER_BYTES) {
    return (
      `Invalid postgres-user '${value}'. Expected an identifier of at most 63 characters: a letter or ` +
      "'_' followed by letters, digits, '_' or '$' (e.g. test_user)."
    );
  }
  if (/^pg_/i.test(value)) {
    return `Invalid postgres-user '${value}'. Role names starting with 'pg_' are reserved; use e.g. test_user.`;
  }
  return undefined;
}

function checkPort(value: string): string | undefined {
  if (/^\d+$/.test(value) && Number(value) >= MIN_PORT && Number(value) <= MAX_PORT) return undefined;
  return (
    `Invalid postgres-port '${value}'. Expected a number from ${MIN_PORT} to ${MAX_PORT} ` +
    '(default 5432; a free port is used when it is taken).'
  );
}

function checkDatabase(value: string): string | undefined {
  if (!DATABASE_NAME.test(value) || Buffer.byteLength(value) > MAX_IDENTIFIER_BYTES) {
    return (
      `Invalid postgres-db '${value}'. Expected a name of at most 63 characters: a letter or '_' ` +
      "followed by letters, digits, '_', '$' or '-' (e.g. test_db)."
    );
  }
  if (value === 'template0' || value === 'template1') {
    return `Invalid postgres-db '${value}'. That is a template database; use e.g. test_db.`;
  }
  return undefined;
}

/**
 * Validates the raw postgres-* inputs (as the runner passes them, already trimmed). Returns one
 * line per problem, each naming the input, the value and the fix; empty when all are fine.
 */
export function validatePostgresInputs(raw: {
  version: string;
  user: string;
  port: string;
  db: string;
}): string[] {
  return [checkVersion(raw.version), checkUser(raw.user), checkPort(raw.port), checkDatabase(raw.db)].filter(
    (problem): problem is string => problem !== undefined,
  );
}

/** Returns a random 32-character password that needs no escaping in URLs or shells. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}
