/**
 * Typed errors carry the user-facing, one-line message. Only the entry points (main.ts, post.ts,
 * cli.ts) turn them into `setFailed` / exit codes; everything else just throws them.
 */

/** Bad user input (an action input, a CLI flag, a file the user pointed at). Exit code 2 in the CLI. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
}

/** A coverage report that cannot be read: empty, truncated, unknown format, garbage records. */
export class CoverageFormatError extends InputError {
  override readonly name: string = 'CoverageFormatError';
}

/** A unified diff that cannot be parsed. */
export class DiffFormatError extends InputError {
  override readonly name: string = 'DiffFormatError';
}

/** Something on the runner went wrong (PostgreSQL did not start, a phase could not be spawned). */
export class RunnerError extends Error {
  override readonly name: string = 'RunnerError';
}

/** Returns the one-line message of any thrown value, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/** The HTTP status an API client attached to a thrown error (octokit's `RequestError`), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}
