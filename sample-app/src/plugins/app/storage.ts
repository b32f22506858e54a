import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Object storage as the service needs it: put bytes under a key. */
export interface Storage {
  putObject(key: string, body: Buffer, contentType: string): Promise<void>;
}

/** Wraps an S3 client and a bucket. Tests replace the S3 client at the SDK edge (test/setup). */
export function createStorage(client: S3Client, bucket: string): Storage {
  return {
    async putObject(key, body, contentType) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
      );
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    const { bucket, region, endpoint } = app.config.s3;
    // A custom endpoint means an S3-compatible server, which wants path-style URLs.
    const client = new S3Client({ region, endpoint, forcePathStyle: endpoint !== undefined });
    app.decorate('storage', createStorage(client, bucket));
    app.addHook('onClose', () => {
      client.destroy();
    });
  },
  { name: 'storage', dependencies: ['env'] },
);
