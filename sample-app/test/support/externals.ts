// What the mocked external services received. The setup file (test/setup/external-services.ts)
// swaps the S3, nodemailer and BullMQ modules for recorders that write here; tests read it to
// assert on the ARGUMENTS the app sent (bucket/key, recipient, job name and payload).

/** One S3 command the app sent. */
export interface S3Call {
  command: string;
  input: Record<string, unknown>;
}

/** One mail handed to a transport. */
export interface SentMail {
  from?: unknown;
  to?: unknown;
  subject?: unknown;
  text?: unknown;
}

/** One job added to a queue. */
export interface EnqueuedJob {
  queue: string;
  name: string;
  data: unknown;
  opts: unknown;
}

/** Everything recorded since the current test started, plus failures to inject. */
export interface Externals {
  s3Clients: unknown[];
  s3Calls: S3Call[];
  transports: unknown[];
  mails: SentMail[];
  queues: Array<{ name: string; opts: unknown }>;
  jobs: EnqueuedJob[];
  /** When set, the next S3 send rejects with it (then it is cleared). */
  failNextS3: Error | null;
  /** When set, the next queue add rejects with it (then it is cleared). */
  failNextEnqueue: Error | null;
}

const KEY = Symbol.for('sample-app.test.externals');

function freshExternals(): Externals {
  return {
    s3Clients: [],
    s3Calls: [],
    transports: [],
    mails: [],
    queues: [],
    jobs: [],
    failNextS3: null,
    failNextEnqueue: null,
  };
}

/** The recorder shared by the module mocks and the tests of the current file. */
export function getExternals(): Externals {
  const store = globalThis as unknown as Record<symbol, Externals | undefined>;
  store[KEY] ??= freshExternals();
  return store[KEY];
}

/** Empties the recorder; the setup file calls it before every test. */
export function resetExternals(): void {
  Object.assign(getExternals(), freshExternals());
}
