/**
 * The runner commands input validation needs — reading an input, setting an output, failing the
 * step — without loading `@actions/core` (with its HTTP client it is most of the action's start-up
 * time, see bench/startup.mjs). Each writes exactly what its `@actions/core` namesake does.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** `core.getInput(name)`: the runner's `INPUT_<NAME>` variable, trimmed; '' when unset. */
export function readRunnerInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `core.setFailed(message)`: one `::error::` workflow command (data escaped) and exit code 1. */
export function failStep(message: string): void {
  process.exitCode = 1;
  process.stdout.write(`::error::${escapeData(message)}${EOL}`);
}

/**
 * `core.setOutput(name, value)`: a heredoc in the GITHUB_OUTPUT file, or the old `::set-output`
 * command when there is none (a local run).
 */
export function setRunnerOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT ?? '';
  if (file === '') {
    process.stdout.write(EOL);
    process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
