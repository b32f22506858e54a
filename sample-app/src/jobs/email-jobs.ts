import type { Email, Mailer } from '../plugins/app/mailer.js';

/** Job name of the welcome mail enqueued by POST /auth/register. */
export const WELCOME_EMAIL_JOB = 'welcome-email';

/** Payload of a welcome-email job. */
export interface WelcomeEmailPayload {
  userId: number;
  email: string;
  displayName: string;
}

/** A job as the worker receives it (the part of a BullMQ Job it reads). */
export interface EmailJob {
  name: string;
  data: unknown;
}

function isWelcomePayload(data: unknown): data is WelcomeEmailPayload {
  const d = data as Partial<WelcomeEmailPayload> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.userId === 'number' &&
    typeof d.email === 'string' &&
    typeof d.displayName === 'string'
  );
}

/** Renders the welcome mail for a new user. */
export function renderWelcomeEmail(payload: WelcomeEmailPayload): Email {
  return {
    to: payload.email,
    subject: 'Welcome to Sample App',
    text: `Hello ${payload.displayName},\n\nyour account (#${payload.userId}) is ready.\n`,
  };
}

/**
 * Handles one job from the e-mail queue. An unknown job name or a malformed payload throws, so BullMQ
 * marks the job failed (and keeps it for inspection) instead of dropping it silently.
 */
export async function processEmailJob(mailer: Mailer, job: EmailJob): Promise<void> {
  if (job.name !== WELCOME_EMAIL_JOB) throw new Error(`Unknown e-mail job '${job.name}'`);
  if (!isWelcomePayload(job.data)) throw new Error(`Malformed ${WELCOME_EMAIL_JOB} payload`);
  await mailer.send(renderWelcomeEmail(job.data));
}
