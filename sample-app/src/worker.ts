// Process entry point of the e-mail worker: wiring only (the job logic is src/jobs/email-jobs.ts).
import { Worker } from 'bullmq';
import { processEmailJob } from './jobs/email-jobs.js';
import { createSmtpMailer } from './plugins/app/mailer.js';
import { EMAIL_QUEUE } from './plugins/app/queue.js';

const mailer = createSmtpMailer(
  process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
  process.env.MAIL_FROM ?? 'Sample App <no-reply@sample-app.test>',
);
const worker = new Worker(EMAIL_QUEUE, (job) => processEmailJob(mailer, job), {
  connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.close().finally(() => mailer.close());
  });
}
