// The bundle entry of the main step: `src/main.ts` exports `run()` and does nothing on import, so
// tests and `@github/local-action` can load it without starting a run.
//
// Inputs are validated first with only what that needs (no `@actions/core`, Octokit, cache or
// artifact client): a wrong input fails the step in about a bare Node start-up. Everything else is
// a chunk loaded when the inputs are good; `run()` then reads them again (microseconds) so its
// contract stays the one `@github/local-action` calls.
import { InputError } from '../errors.js';
import { readConfig } from '../inputs.js';
import { Outputs } from '../constants.js';
import { failStep, setRunnerOutput } from '../runner-env.js';

let invalid: InputError | undefined;
try {
  readConfig();
} catch (error) {
  // Anything else is a bug: run() meets it again and reports it its own way.
  if (error instanceof InputError) invalid = error;
}
// What run() does with unusable inputs: `passed` is false, the step fails with the message.
if (invalid) {
  setRunnerOutput(Outputs.Passed, 'false');
  failStep(invalid.message);
} else await (await import('../main.js')).run();
