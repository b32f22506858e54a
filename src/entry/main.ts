// The bundle entry of the main step: `src/main.ts` exports `run()` and does nothing on import, so
// tests and `@github/local-action` can load it without starting a run.
import { run } from '../main.js';

await run();
