import fastifyEnv from '@fastify/env';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The service's settings, read once from the environment and validated by a JSON schema. */
export interface AppConfig {
  /** PostgreSQL connection URL: DATABASE_URL, else TEST_DATABASE_URL (covgate sets both). */
  databaseUrl: string;
  /** HMAC secret for the JWTs (at least 16 characters). */
  jwtSecret: string;
  /** Where avatars go. `endpoint` is set for S3-compatible stores (MinIO, LocalStack). */
  s3: { bucket: string; region: string; endpoint: string | undefined };
  /** SMTP server used by the e-mail worker, as a URL (smtp://user:pass@host:port). */
  smtpUrl: string;
  /** Sender of the service's e-mails. */
  mailFrom: string;
  /** Redis used by the job queue. */
  redisUrl: string;
}

/** Options of the env plugin. */
export interface EnvOptions {
  /** Variables to read instead of process.env (tests pass their own). */
  env?: Record<string, string | undefined>;
}

interface RawEnv {
  DATABASE_URL?: string;
  TEST_DATABASE_URL?: string;
  JWT_SECRET: string;
  S3_BUCKET: string;
  S3_REGION: string;
  S3_ENDPOINT?: string;
  SMTP_URL: string;
  MAIL_FROM: string;
  REDIS_URL: string;
}

const ENV_SCHEMA = {
  type: 'object',
  required: ['JWT_SECRET'],
  properties: {
    DATABASE_URL: { type: 'string', minLength: 1 },
    TEST_DATABASE_URL: { type: 'string', minLength: 1 },
    JWT_SECRET: { type: 'string', minLength: 16 },
    S3_BUCKET: { type: 'string', default: 'sample-app-avatars' },
    S3_REGION: { type: 'string', default: 'us-east-1' },
    S3_ENDPOINT: { type: 'string' },
    SMTP_URL: { type: 'string', default: 'smtp://127.0.0.1:1025' },
    MAIL_FROM: { type: 'string', default: 'Sample App <no-reply@sample-app.test>' },
    REDIS_URL: { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
} as const;

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
  }
}

/** Turns the validated variables into the typed config; the one rule a schema cannot say is here. */
export function toAppConfig(raw: RawEnv): AppConfig {
  const databaseUrl = raw.DATABASE_URL ?? raw.TEST_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('DATABASE_URL is not set (nor TEST_DATABASE_URL): set it to a postgres:// URL.');
  }
  return {
    databaseUrl,
    jwtSecret: raw.JWT_SECRET,
    s3: { bucket: raw.S3_BUCKET, region: raw.S3_REGION, endpoint: raw.S3_ENDPOINT },
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    redisUrl: raw.REDIS_URL,
  };
}

async function envPlugin(app: FastifyInstance, opts: EnvOptions): Promise<void> {
  await app.register(fastifyEnv, { schema: ENV_SCHEMA, data: opts.env ?? process.env, confKey: 'rawEnv' });
  app.decorate('config', toAppConfig(app.getEnvs<RawEnv>()));
}

export default fp(envPlugin, { name: 'env' });
