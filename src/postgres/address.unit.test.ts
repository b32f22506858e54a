import { describe, expect, it } from 'vitest';
import { buildDatabaseUrl, buildPgEnv, maskSecret, quoteIdentifier } from './address.js';

const target = {
  host: '127.0.0.1',
  port: 54321,
  user: 'App_User',
  password: 'p@ss:w/rd %?#&',
  database: 'app-db',
};

describe('buildDatabaseUrl', () => {
  it('percent-encodes user, password and database so a URL parser gets them back', () => {
    const url = buildDatabaseUrl(target);
    expect(url).toBe('postgresql://App_User:p%40ss%3Aw%2Frd%20%25%3F%23%26@127.0.0.1:54321/app-db');
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.password)).toBe(target.password);
    expect(decodeURIComponent(parsed.username)).toBe('App_User');
    expect(parsed.hostname).toBe('127.0.0.1');
    expect(parsed.port).toBe('54321');
    expect(parsed.pathname).toBe('/app-db');
  });
});

describe('buildPgEnv', () => {
  it('gives the libpq variables, port as a string', () => {
    expect(buildPgEnv(target)).toEqual({
      PGHOST: '127.0.0.1',
      PGPORT: '54321',
      PGUSER: 'App_User',
      PGPASSWORD: 'p@ss:w/rd %?#&',
      PGDATABASE: 'app-db',
    });
  });
});

describe('maskSecret', () => {
  it('hides the raw and the URL-encoded form', () => {
    const text = `password=${target.password} url=${buildDatabaseUrl(target)}`;
    const masked = maskSecret(text, target.password);
    expect(masked).toBe('password=*** url=postgresql://App_User:***@127.0.0.1:54321/app-db');
  });

  it('leaves text alone for an empty secret', () => {
    expect(maskSecret('abc', '')).toBe('abc');
  });
});

describe('quoteIdentifier', () => {
  it('double-quotes and doubles embedded quotes', () => {
    expect(quoteIdentifier('my-db')).toBe('"my-db"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});
