// @module-tag unit
// Request paths that end before any SQL runs: validation, authentication, id parsing, error handling.
// The app's pool points at a closed loopback port here (test/helper.ts), so a stray query would fail.
import { describe, expect, it } from 'vitest';
import { badRequest, HttpError } from '../../src/lib/http-error.js';
import { getExternals } from '../support/externals.js';
import { bearer, build, GIF_BYTES, json, multipartFile } from '../helper.js';

describe('request validation (JSON schemas)', () => {
  it('rejects a registration with a malformed e-mail address and enqueues nothing', async () => {
    const app = await build();
    const response = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'not-an-address', password: 'long-enough-1', displayName: 'X' },
    });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toEqual({ error: 'Bad Request', message: 'body/email must match format "email"' });
    expect(getExternals().jobs).toEqual([]);
  });

  it('rejects a short password and a login without a password', async () => {
    const app = await build();
    const short = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'a@example.test', password: 'short', displayName: 'A' },
    });
    expect(json(short).message).toBe('body/password must NOT have fewer than 8 characters');
    const missing = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'a@example.test' },
    });
    expect(missing.statusCode).toBe(400);
    expect(json(missing).message).toBe("body must have required property 'password'");
  });

  it('rejects an out-of-range page size when listing posts', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/posts?limit=500' });
    expect(response.statusCode).toBe(400);
    expect(json(response).message).toBe('querystring/limit must be <= 100');
  });
});

describe('authenticate', { tags: ['auth'] }, () => {
  it.each([
    ['no Authorization header', {}],
    ['a malformed token', { authorization: 'Bearer not.a.jwt' }],
    ['a token signed with another secret', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2ln' }],
  ])('answers 401 to GET /users/me with %s', async (_case, headers) => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/users/me', headers });
    expect(response.statusCode).toBe(401);
    expect(json(response)).toEqual({ error: 'Unauthorized', message: 'Missing or invalid bearer token' });
  });

  it('guards creating posts and uploading avatars too', async () => {
    const app = await build();
    const post = await app.inject({ method: 'POST', url: '/posts', payload: { title: 't', body: 'b' } });
    const avatar = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      ...multipartFile('f', 'a.png', 'image/png', GIF_BYTES),
    });
    expect([post.statusCode, avatar.statusCode]).toEqual([401, 401]);
    expect(getExternals().s3Calls).toEqual([]);
  });
});

describe('avatar upload checks before storage', { tags: ['auth'] }, () => {
  it('answers 415 to a GIF named .png and stores nothing', async () => {
    const app = await build();
    const token = app.jwt.sign({ id: 5, email: 'e@example.test' });
    const upload = multipartFile('avatar', 'me.png', 'image/png', GIF_BYTES);
    const response = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...upload.headers, ...bearer(token) },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(415);
    expect(json(response).message).toBe('The avatar must be a JPEG or PNG image');
    expect(getExternals().s3Calls).toEqual([]);
  });

  it('answers 415 to a JSON body and 400 to a multipart body without a file', async () => {
    const app = await build();
    const headers = bearer(app.jwt.sign({ id: 5, email: 'e@example.test' }));
    const asJson = await app.inject({ method: 'POST', url: '/users/me/avatar', headers, payload: { a: 1 } });
    expect(asJson.statusCode).toBe(415);
    expect(json(asJson).message).toBe('Send the avatar as multipart/form-data with one file field');

    const boundary = 'b0undary';
    const noFile = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
    });
    expect(noFile.statusCode).toBe(400);
    expect(json(noFile).message).toBe('The upload has no file');
  });
});

describe('post ids', () => {
  it.each(['abc', '0', '-3', '1.5'])('answers 400 to GET /posts/%s', async (id) => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: `/posts/${id}` });
    expect(response.statusCode).toBe(400);
    expect(json(response).message).toBe(`Post id must be a positive integer, got '${id}'`);
  });
});

describe('central error handling', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/nope' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toEqual({ error: 'Not Found', message: 'No route GET /nope' });
  });

  it('hides the details of an unexpected error behind a 500', async () => {
    const app = await build({
      beforeReady: (instance) => {
        instance.get('/probe/crash', () => {
          throw new Error('connection string postgres://secret@db leaked?');
        });
      },
    });
    const response = await app.inject({ method: 'GET', url: '/probe/crash' });
    expect(response.statusCode).toBe(500);
    expect(json(response)).toEqual({ error: 'Internal Server Error', message: 'Something went wrong' });
    expect(response.body).not.toContain('secret');
  });

  it('passes a client error through with its status and message', async () => {
    const app = await build({
      beforeReady: (instance) => {
        instance.get('/probe/teapot', () => {
          throw new HttpError(418, 'short and stout');
        });
        instance.get('/probe/unnamed', () => {
          throw new HttpError(499, 'client closed');
        });
        instance.get('/probe/bad', () => {
          throw badRequest('nope');
        });
      },
    });
    expect(json(await app.inject({ method: 'GET', url: '/probe/teapot' }))).toEqual({
      error: "I'm a Teapot",
      message: 'short and stout',
    });
    const unnamed = await app.inject({ method: 'GET', url: '/probe/unnamed' });
    expect([unnamed.statusCode, json(unnamed).error]).toEqual([499, 'Error']);
    expect((await app.inject({ method: 'GET', url: '/probe/bad' })).statusCode).toBe(400);
  });
});
