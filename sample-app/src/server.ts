// Process entry point: build the app and listen. Everything testable lives in app.ts.
import { buildApp } from './app.js';

const app = await buildApp({ logger: true });
try {
  await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
} catch (error) {
  app.log.error(error);
  process.exit(1);
}
