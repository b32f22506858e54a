// @module-tag unit
import { describe, expect, it } from 'vitest';
import { HttpError, notFound, parseId } from '../../src/lib/http-error.js';

describe('parseId', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2_147_483_647],
  ])('accepts %s', (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each(['0', '-1', '01', '1.5', '1e3', 'abc', '', ' 1', '2147483648', '99999999999'])(
    'rejects %j',
    (raw) => {
      expect(parseId(raw)).toBeNull();
    },
  );

  it('rejects a missing parameter', () => {
    expect(parseId(undefined)).toBeNull();
  });
});

describe('HttpError', () => {
  it('carries the status code and message the error handler sends', () => {
    const error = notFound('Post 7 not found');
    expect(error).toBeInstanceOf(HttpError);
    expect(error.statusCode).toBe(404);
    expect(error.message).toBe('Post 7 not found');
  });
});
