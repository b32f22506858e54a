// @module-tag unit
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { toAppConfig } from '../../src/plugins/external/env.js';
import { getExternals } from '../support/externals.js';
import { build, TEST_JWT_SECRET } from '../helper.js';

const REQUIRED = {
  JWT_SECRET: TEST_JWT_SECRET,
  S3_BUCKET: 'b',
  S3_REGION: 'eu-west-1',
  SMTP_URL: 'smtp://h:25',
  MAIL_FROM: 'x@y',
  REDIS_URL: 'redis://r:6379',
};

describe('configuration', () => {
  it('prefers DATABASE_URL and falls back to TEST_DATABASE_URL', () => {
    expect(
      toAppConfig({ ...REQUIRED, DATABASE_URL: 'postgres://a', TEST_DATABASE_URL: 'postgres://b' })
        .databaseUrl,
    ).toBe('postgres://a');
    expect(toAppConfig({ ...REQUIRED, TEST_DATABASE_URL: 'postgres://b' }).databaseUrl).toBe('postgres://b');
  });

  it('refuses to start without a database URL, naming both variables', () => {
    expect(() => toAppConfig(REQUIRED)).toThrow(
      'DATABASE_URL is not set (nor TEST_DATABASE_URL): set it to a postgres:// URL.',
    );
  });

  it('refuses a JWT secret shorter than 16 characters, naming the variable', async () => {
    await expect(buildApp({ env: { JWT_SECRET: 'short', DATABASE_URL: 'postgres://x' } })).rejects.toThrow(
      /JWT_SECRET/,
    );
  });

  it('fills defaults from the schema and builds the external clients from the config', async () => {
    const app = await build({
      env: { S3_ENDPOINT: 'http://127.0.0.1:9000', REDIS_URL: 'redis://queue:6380' },
    });
    expect(app.config.s3).toEqual({
      bucket: 'test-avatars',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
    });
    expect(app.config.smtpUrl).toBe('smtp://127.0.0.1:1025');

    const externals = getExternals();
    // A custom S3 endpoint (MinIO, LocalStack) needs path-style addressing.
    expect(externals.s3Clients).toEqual([
      { region: 'us-east-1', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true },
    ]);
    expect(externals.transports).toEqual(['smtp://127.0.0.1:1025']);
    expect(externals.queues).toEqual([
      { name: 'email', opts: { connection: { url: 'redis://queue:6380' } } },
    ]);
  });

  it('uses virtual-hosted S3 addressing against real S3', async () => {
    await build();
    expect(getExternals().s3Clients).toEqual([
      { region: 'us-east-1', endpoint: undefined, forcePathStyle: false },
    ]);
  });
});
