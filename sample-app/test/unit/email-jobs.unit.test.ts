// @module-tag unit
import { describe, expect, it } from 'vitest';
import { processEmailJob, renderWelcomeEmail, WELCOME_EMAIL_JOB } from '../../src/jobs/email-jobs.js';
import { createSmtpMailer } from '../../src/plugins/app/mailer.js';
import { getExternals } from '../support/externals.js';

const FROM = 'Sample App <no-reply@sample-app.test>';

describe('e-mail worker job', () => {
  it('sends the welcome mail to the new user, from the configured sender, over the configured SMTP URL', async () => {
    const mailer = createSmtpMailer('smtp://mail.internal:2525', FROM);
    await processEmailJob(mailer, {
      name: WELCOME_EMAIL_JOB,
      data: { userId: 7, email: 'ada@example.test', displayName: 'Ada' },
    });

    const { transports, mails } = getExternals();
    expect(transports).toEqual(['smtp://mail.internal:2525']);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toEqual({
      from: FROM,
      to: 'ada@example.test',
      subject: 'Welcome to Sample App',
      text: 'Hello Ada,\n\nyour account (#7) is ready.\n',
    });
  });

  it('fails an unknown job instead of dropping it, and sends nothing', async () => {
    const mailer = createSmtpMailer('smtp://mail.internal:2525', FROM);
    await expect(processEmailJob(mailer, { name: 'newsletter', data: {} })).rejects.toThrow(
      "Unknown e-mail job 'newsletter'",
    );
    expect(getExternals().mails).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a missing e-mail', { userId: 1, displayName: 'Ada' }],
    ['a string user id', { userId: '1', email: 'a@example.test', displayName: 'Ada' }],
    ['a missing name', { userId: 1, email: 'a@example.test' }],
  ])('fails a welcome job with %s in its payload', async (_case, data) => {
    const mailer = createSmtpMailer('smtp://mail.internal:2525', FROM);
    await expect(processEmailJob(mailer, { name: WELCOME_EMAIL_JOB, data })).rejects.toThrow(
      'Malformed welcome-email payload',
    );
    expect(getExternals().mails).toEqual([]);
  });

  it('renders the mail from the payload alone', () => {
    expect(renderWelcomeEmail({ userId: 3, email: 'bo@example.test', displayName: 'Bo' })).toEqual({
      to: 'bo@example.test',
      subject: 'Welcome to Sample App',
      text: 'Hello Bo,\n\nyour account (#3) is ready.\n',
    });
  });
});
