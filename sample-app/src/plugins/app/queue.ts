import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The BullMQ queue that carries e-mail jobs (src/worker.ts consumes it). */
export const EMAIL_QUEUE = 'email';

/** Puts background jobs on Redis. */
export interface JobQueue {
  enqueue(name: string, payload: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Wraps a BullMQ queue. Jobs retry with backoff: a flaky SMTP server must not lose a welcome mail. */
export function createJobQueue(queue: Queue): JobQueue {
  return {
    async enqueue(name, payload) {
      await queue.add(name, payload, {
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
      });
    },
    async close() {
      await queue.close();
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    queue: JobQueue;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    const bull = new Queue(EMAIL_QUEUE, { connection: { url: app.config.redisUrl } });
    // Redis going away is logged, not thrown: the enqueue that needs it fails and answers 500.
    bull.on('error', (error) => app.log.warn({ err: error }, 'job queue connection error'));
    const queue = createJobQueue(bull);
    app.decorate('queue', queue);
    app.addHook('onClose', async () => {
      await queue.close();
    });
  },
  { name: 'queue', dependencies: ['env'] },
);
