// @module-tag integration
import { describe, expect, it } from 'vitest';
import { MAX_AVATAR_BYTES } from '../../src/plugins/external/multipart.js';
import { getExternals } from '../support/externals.js';
import { testPool, useDatabase } from '../support/database.js';
import {
  bearer,
  build,
  GIF_BYTES,
  JPEG_BYTES,
  json,
  multipartFile,
  PNG_BYTES,
  registerUser,
} from '../helper.js';

useDatabase();

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

async function avatarKeyOf(userId: number): Promise<string | null> {
  const { rows } = await testPool().query<{ avatar_key: string | null }>(
    'SELECT avatar_key FROM users WHERE id = $1',
    [userId],
  );
  return rows[0]?.avatar_key ?? null;
}

describe('POST /users/me/avatar', () => {
  it.each([
    ['PNG', PNG_BYTES, 'png', 'image/png'],
    ['JPEG', JPEG_BYTES, 'jpg', 'image/jpeg'],
  ])(
    'stores a %s under avatars/<user id>/ in the bucket and records the key',
    async (_f, bytes, ext, mime) => {
      const app = await build({ database: true });
      const ada = await registerUser(app, 'ada');
      const upload = multipartFile('avatar', 'whatever.bin', 'application/octet-stream', bytes);
      const response = await app.inject({
        method: 'POST',
        url: '/users/me/avatar',
        headers: { ...upload.headers, ...bearer(ada.token) },
        payload: upload.payload,
      });

      expect(response.statusCode).toBe(201);
      const { key } = json<{ key: string }>(response);
      expect(key).toMatch(new RegExp(`^avatars/${ada.id}/${UUID}\\.${ext}$`));
      expect(json(response)).toEqual({ key, contentType: mime, size: bytes.length });

      const { s3Calls } = getExternals();
      expect(s3Calls).toHaveLength(1);
      expect(s3Calls[0]?.command).toBe('PutObjectCommand');
      expect(s3Calls[0]?.input).toEqual({ Bucket: 'test-avatars', Key: key, Body: bytes, ContentType: mime });
      expect(await avatarKeyOf(ada.id)).toBe(key);
    },
  );

  it('never writes under another user: the key prefix comes from the token', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    const bob = await registerUser(app, 'bob');
    const upload = multipartFile('avatar', `../${ada.id}/x.png`, 'image/png', PNG_BYTES);
    await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...upload.headers, ...bearer(bob.token) },
      payload: upload.payload,
    });
    expect(String(getExternals().s3Calls[0]?.input.Key)).toMatch(
      new RegExp(`^avatars/${bob.id}/${UUID}\\.png$`),
    );
    expect(await avatarKeyOf(ada.id)).toBeNull();
  });

  it('answers 415 to a GIF and keeps the old avatar', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    await testPool().query("UPDATE users SET avatar_key = 'avatars/old.png' WHERE id = $1", [ada.id]);
    const upload = multipartFile('avatar', 'a.png', 'image/png', GIF_BYTES);
    const response = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...upload.headers, ...bearer(ada.token) },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(415);
    expect(getExternals().s3Calls).toEqual([]);
    expect(await avatarKeyOf(ada.id)).toBe('avatars/old.png');
  });

  it('answers 500 and records no key when S3 rejects the upload', async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    getExternals().failNextS3 = new Error('AccessDenied');
    const upload = multipartFile('avatar', 'a.png', 'image/png', PNG_BYTES);
    const response = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...upload.headers, ...bearer(ada.token) },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(500);
    expect(await avatarKeyOf(ada.id)).toBeNull();
  });

  it('answers 413 to an image over the size limit without storing it', { tags: ['slow'] }, async () => {
    const app = await build({ database: true });
    const ada = await registerUser(app, 'ada');
    const huge = Buffer.concat([PNG_BYTES, Buffer.alloc(MAX_AVATAR_BYTES)]);
    const upload = multipartFile('avatar', 'huge.png', 'image/png', huge);
    const response = await app.inject({
      method: 'POST',
      url: '/users/me/avatar',
      headers: { ...upload.headers, ...bearer(ada.token) },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(413);
    expect(json(response)).toEqual({ error: 'Payload Too Large', message: 'request file too large' });
    expect(getExternals().s3Calls).toEqual([]);
    expect(await avatarKeyOf(ada.id)).toBeNull();
  });
});
