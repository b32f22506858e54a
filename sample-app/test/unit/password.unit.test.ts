// @module-tag unit
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/lib/password.js';

describe('password hashing (scrypt)', () => {
  it('verifies the password it hashed and rejects another', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterz', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords give different hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same-password', b)).toBe(true);
  });

  it.each([
    ['an unknown scheme', 'bcrypt$c2FsdA==$a2V5'],
    ['a missing key', 'scrypt$c2FsdA=='],
    ['an extra field', 'scrypt$c2FsdA==$a2V5$more'],
    ['a key of the wrong length', 'scrypt$c2FsdA==$a2V5'],
    ['an empty string', ''],
  ])('answers false, not an exception, for a stored value with %s', async (_case, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
