import type { FastifyInstance } from 'fastify';
import { WELCOME_EMAIL_JOB, type WelcomeEmailPayload } from '../jobs/email-jobs.js';
import { unauthorized } from '../lib/http-error.js';
import { hashPassword, verifyPassword } from '../lib/password.js';
import { loginBody, registerBody, userSchema, type LoginBody, type RegisterBody } from '../schemas/index.js';

/** POST /auth/register and POST /auth/login. */
export default async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: RegisterBody }>(
    '/auth/register',
    { schema: { body: registerBody, response: { 201: userSchema } } },
    async (request, reply) => {
      const { email, password, displayName } = request.body;
      const user = await app.users.create({ email, passwordHash: await hashPassword(password), displayName });
      // The mail goes out from the worker: a slow SMTP server must not slow down sign-up.
      const payload: WelcomeEmailPayload = { userId: user.id, email: user.email, displayName };
      await app.queue.enqueue(WELCOME_EMAIL_JOB, { ...payload });
      return reply.code(201).send(user);
    },
  );

  app.post<{ Body: LoginBody }>(
    '/auth/login',
    {
      schema: {
        body: loginBody,
        response: { 200: { type: 'object', properties: { token: { type: 'string' } } } },
      },
    },
    async (request) => {
      const user = await app.users.findByEmail(request.body.email);
      // Same answer for an unknown address and a wrong password: no account enumeration.
      if (!user || !(await verifyPassword(request.body.password, user.passwordHash))) {
        throw unauthorized('Invalid e-mail or password');
      }
      return { token: app.jwt.sign({ id: user.id, email: user.email }) };
    },
  );
}
