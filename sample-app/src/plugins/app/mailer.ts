import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/** One e-mail. */
export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. */
export interface Mailer {
  send(email: Email): Promise<void>;
  close(): void;
}

/** Wraps a nodemailer transport and a sender address. */
export function createMailer(transport: Transporter, from: string): Mailer {
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    close() {
      transport.close();
    },
  };
}

/** Builds a mailer over SMTP; the transport opens a connection only when a mail is sent. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  return createMailer(nodemailer.createTransport(smtpUrl), from);
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    const mailer = createSmtpMailer(app.config.smtpUrl, app.config.mailFrom);
    app.decorate('mailer', mailer);
    app.addHook('onClose', () => {
      mailer.close();
    });
  },
  { name: 'mailer', dependencies: ['env'] },
);
