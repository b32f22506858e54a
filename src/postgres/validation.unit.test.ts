import { describe, expect, it } from 'vitest';
import { generatePassword, validatePostgresInputs } from './validation.js';

const good = { version: '', user: 'test_user', port: '5432', db: 'test_db' };

describe('validatePostgresInputs', () => {
  it('accepts the defaults and a wanted major version', () => {
    expect(validatePostgresInputs(good)).toEqual([]);
    expect(validatePostgresInputs({ ...good, version: '16' })).toEqual([]);
    expect(validatePostgresInputs({ ...good, user: 'App_User$1', db: 'my-app_test', port: '65535' })).toEqual(
      [],
    );
  });

  it.each([
    ['version', '16.2', "Invalid postgres-version '16.2'"],
    ['version', 'latest', "Invalid postgres-version 'latest'"],
    ['version', '9', "Invalid postgres-version '9'"],
    ['user', 'test-user', "Invalid postgres-user 'test-user'"],
    ['user', '1user', "Invalid postgres-user '1user'"],
    ['user', 'x'.repeat(64), `Invalid postgres-user '${'x'.repeat(64)}'`],
    ['user', 'pg_tester', "Invalid postgres-user 'pg_tester'. Role names starting with 'pg_' are reserved"],
    ['port', 'abc', "Invalid postgres-port 'abc'. Expected a number from 1024 to 65535"],
    ['port', '80', "Invalid postgres-port '80'"],
    ['port', '70000', "Invalid postgres-port '70000'"],
    ['port', '', "Invalid postgres-port ''"],
    ['db', "a'; drop", `Invalid postgres-db 'a'; drop'`],
    ['db', 'template1', "Invalid postgres-db 'template1'. That is a template database"],
  ] as const)('rejects %s %j with one line naming the input and value', (field, value, start) => {
    const problems = validatePostgresInputs({ ...good, [field]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(start);
    expect(problems[0]).not.toContain('\n');
  });

  it('reports every bad input at once, in input order', () => {
    const problems = validatePostgresInputs({ version: 'x', user: 'a b', port: '0', db: '' });
    expect(problems.map((line) => /postgres-\w+/.exec(line)?.[0])).toEqual([
      'postgres-version',
      'postgres-user',
      'postgres-port',
      'postgres-db',
    ]);
  });
});

describe('generatePassword', () => {
  it('returns 32 URL-safe characters, different every time', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(encodeURIComponent(password)).toBe(password);
    }
  });
});
