// The `autouse` fixture of this suite: loaded by vitest.config.ts `setupFiles` before EVERY test
// file, it replaces the three SDKs that talk to the outside world, so no test, whichever way it builds
// the app, can reach a real S3, SMTP server or Redis. The app's own wrappers (src/plugins/app/*) run
// for real on top of these recorders. Tests assert on what was recorded (test/support/externals.ts).
import { beforeEach, vi } from 'vitest';
import { resetExternals } from '../support/externals.js';

vi.mock('@aws-sdk/client-s3', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@aws-sdk/client-s3')>();
  const { getExternals } = await import('../support/externals.js');
  class RecordingS3Client {
    constructor(config: unknown) {
      getExternals().s3Clients.push(config);
    }
    send(command: { constructor: { name: string }; input: Record<string, unknown> }): Promise<object> {
      const externals = getExternals();
      externals.s3Calls.push({ command: command.constructor.name, input: command.input });
      const failure = externals.failNextS3;
      externals.failNextS3 = null;
      return failure ? Promise.reject(failure) : Promise.resolve({ ETag: '"recorded"' });
    }
    destroy(): void {}
  }
  return { ...actual, S3Client: RecordingS3Client };
});

vi.mock('nodemailer', async () => {
  const { getExternals } = await import('../support/externals.js');
  const createTransport = (options: unknown): object => {
    getExternals().transports.push(options);
    return {
      sendMail: (mail: Record<string, unknown>) => {
        getExternals().mails.push(mail);
        return Promise.resolve({ messageId: `<${getExternals().mails.length}@recorded>` });
      },
      close: () => undefined,
    };
  };
  return { default: { createTransport }, createTransport };
});

vi.mock('bullmq', async () => {
  const { getExternals } = await import('../support/externals.js');
  class RecordingQueue {
    constructor(
      readonly name: string,
      opts: unknown,
    ) {
      getExternals().queues.push({ name, opts });
    }
    add(name: string, data: unknown, opts: unknown): Promise<{ id: string }> {
      const externals = getExternals();
      const failure = externals.failNextEnqueue;
      externals.failNextEnqueue = null;
      if (failure) return Promise.reject(failure);
      externals.jobs.push({ queue: this.name, name, data, opts });
      return Promise.resolve({ id: String(externals.jobs.length) });
    }
    on(): this {
      return this;
    }
    close(): Promise<void> {
      return Promise.resolve();
    }
  }
  class NoWorker {
    constructor() {
      throw new Error('A BullMQ Worker needs Redis; tests call processEmailJob directly.');
    }
  }
  return { Queue: RecordingQueue, Worker: NoWorker };
});

beforeEach(() => {
  resetExternals();
});
