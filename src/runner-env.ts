/**
 * The two runner commands input validation needs — reading an input and failing the step — without
 * loading `@actions/core` (with its HTTP client it is most of the action's start-up time, see
 * bench/startup.mjs). Both produce exactly what `@actions/core`'s `getInput` and `setFailed` do.
 */
import { EOL } from 'node:os';

/** `core.getInput(name)`: the runner's `INPUT_<NAME>` variable, trimmed; '' when unset. */
export function readRunnerInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `core.setFailed(message)`: one `::error::` workflow command (data escaped) and exit code 1. */
export function failStep(message: string): void {
  process.exitCode = 1;
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::error::${data}${EOL}`);
}
