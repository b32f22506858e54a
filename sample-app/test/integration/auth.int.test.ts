// @module-tag integration
import { describe, expect, it } from 'vitest';
import { getExternals } from '../support/externals.js';
import { testPool, useDatabase } from '../support/database.js';
import { bearer, build, json, registerUser } from '../helper.js';

useDatabase();

describe('POST /auth/register', { tags: ['auth'] }, () => {
  it('creates the user with a scrypt hash and enqueues the welcome e-mail job with its payload', async () => {
    const app = await build({ database: true });
    const response = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'Ada@Example.test', password: 'analytical-engine', displayName: 'Ada' },
    });

    expect(response.statusCode).toBe(201);
    const user = json<{ id: number; email: string; displayName: string; avatarKey: null }>(response);
    expect(user).toMatchObject({ email: 'ada@example.test', displayName: 'Ada', avatarKey: null });
    expect(response.body).not.toContain('password');

    const { rows } = await testPool().query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [user.id],
    );
    expect(rows[0]?.password_hash).toMatch(/^scrypt\$/);
    expect(rows[0]?.password_hash).not.toContain('analytical-engine');

    expect(getExternals().jobs).toEqual([
      {
        queue: 'email',
        name: 'welcome-email',
        data: { userId: user.id, email: 'ada@example.test', displayName: 'Ada' },
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true },
      },
    ]);
  });

  it('answers 409 to an address already registered (in any case) and enqueues no second mail', async () => {
    const app = await build({ database: true });
    await registerUser(app, 'grace');
    getExternals().jobs.length = 0;
    const again = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'GRACE@example.test', password: 'another-password', displayName: 'G2' },
    });
    expect(again.statusCode).toBe(409);
    expect(json(again).message).toBe('A user with e-mail grace@example.test already exists');
    expect(getExternals().jobs).toEqual([]);
    const { rows } = await testPool().query('SELECT id FROM users');
    expect(rows).toHaveLength(1);
  });

  it('answers 500, without details, when the queue is down', async () => {
    const app = await build({ database: true });
    getExternals().failNextEnqueue = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    const response = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'q@example.test', password: 'queue-is-down', displayName: 'Q' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('ECONNREFUSED');
  });
});

describe('POST /auth/login and GET /users/me', { tags: ['auth'] }, () => {
  it('issues a token that identifies the user on GET /users/me', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    expect(app.jwt.verify(ada.token)).toMatchObject({ id: ada.id, email: 'ada@example.test' });

    const me = await app.inject({ method: 'GET', url: '/users/me', headers: bearer(ada.token) });
    expect(me.statusCode).toBe(200);
    expect(json(me)).toMatchObject({
      id: ada.id,
      email: 'ada@example.test',
      displayName: 'ada',
      avatarKey: null,
    });
  });

  it('gives the same 401 for a wrong password and an unknown address', async () => {
    const app = await build({ database: true });
    await registerUser(app, 'linus');
    const wrong = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'linus@example.test', password: 'not-the-password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'nobody@example.test', password: 'whatever1' },
    });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(json(wrong)).toEqual(json(unknown));
    expect(json(wrong).message).toBe('Invalid e-mail or password');
  });

  it('answers 401 to a valid token whose account was deleted', async () => {
    const app = await build({ database: true });
    const ghost = await registerUser(app, 'ghost');
    await testPool().query('DELETE FROM users WHERE id = $1', [ghost.id]);
    const me = await app.inject({ method: 'GET', url: '/users/me', headers: bearer(ghost.token) });
    expect(me.statusCode).toBe(401);
    expect(json(me).message).toBe('The account of this token no longer exists');
  });
});
